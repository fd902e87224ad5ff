using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.BareMetalBlockStorage;

/// <summary>Bare metal block storage cmdlets as an administrator pipes them: batching, dispatch by piped type, -WhatIf, errors per item, jobs, version pins.</summary>
public sealed class BmPipelineTests : IClassFixture<EmulatorFixture>
{
    private const string Bm1 = "83c3c73d457345e3829ee6d5557c0011";
    private const string Bm2 = "83c3c73d457345e3829ee6d5557c0012";
    private readonly EmulatorFixture _emu;

    public BmPipelineTests(EmulatorFixture emu) { _emu = emu; }

    private int Requests(string method, string pathPart) =>
        _emu.Host.Requests.Count(r => r.Method == method && r.Path.StartsWith("/baremetal-blockstorage") && r.Path.Contains(pathPart));

    private int BmMutations() => _emu.Host.Requests.Count(r => r.Method != "GET" && r.Path.StartsWith("/baremetal-blockstorage"));

    private static void Ok(ShellResult r)
    {
        r.Terminating.Should().BeNull(r.Terminating?.Message);
        r.Errors.Should().BeEmpty(string.Join("; ", r.Errors.Select(e => e.ToString())));
    }

    private static T P<T>(PSObject o, string name) => (T)o.Properties[name].Value;

    [Fact]
    public void Piped_volumes_go_into_one_group_create_and_WhatIf_sends_nothing()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("New-ScpBmVolume -Name pipe-a -SizeGB 10 -DiskType SSD -Wait; New-ScpBmVolume -Name pipe-b -SizeGB 10 -DiskType SSD -Wait"));

        var before = BmMutations();
        Ok(shell.Run("Get-ScpBmVolume -Name pipe-a, pipe-b | New-ScpBmVolumeGroup -Name pipe-vg -WhatIf"));
        BmMutations().Should().Be(before, "-WhatIf sends no mutating request");

        var creates = Requests("POST", "/v1/volume-groups");
        var run = shell.Run("Get-ScpBmVolume -Name pipe-a, pipe-b | New-ScpBmVolumeGroup -Name pipe-vg -Wait");
        Ok(run);
        Requests("POST", "/v1/volume-groups").Should().Be(creates + 1, "both piped volumes travel in one Create Volume Group request");
        var group = run.Output.Single();
        group.TypeNames[0].Should().Be("ScpStorage.Core.BareMetalBlockStorage.ScpBmVolumeGroup");
        P<string>(group, "State").Should().Be("AVAILABLE");
        ((System.Collections.Generic.IEnumerable<string>)P<object>(group, "VolumeIds")).Should().HaveCount(2);

        var members = shell.Run("Get-ScpBmVolumeGroup -Name pipe-vg | Get-ScpBmVolume");
        Ok(members);
        members.Output.Select(v => P<string>(v, "Name")).Should().BeEquivalentTo("pipe-a", "pipe-b");
    }

    [Fact]
    public void Mount_sends_every_server_in_one_request_and_Dismount_detaches_from_all()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("New-ScpBmVolume -Name mount-a -SizeGB 10 -DiskType HDD -Wait"));
        var attaches = Requests("POST", "/attachments");
        var mounted = shell.Run($"Get-ScpBmVolume -Name mount-a | Mount-ScpBmVolume -ServerId {Bm1}, {Bm2} -Wait");
        Ok(mounted);
        Requests("POST", "/attachments").Should().Be(attaches + 1);
        P<string>(mounted.Output.Single(), "State").Should().Be("IN_USE");
        ((System.Collections.Generic.IEnumerable<string>)P<object>(mounted.Output.Single(), "ServerIds")).Should().BeEquivalentTo(Bm1, Bm2);

        var detached = shell.Run("Get-ScpBmVolume -Name mount-a | Dismount-ScpBmVolume -Wait");
        Ok(detached);
        P<string>(detached.Output.Single(), "State").Should().Be("AVAILABLE");
    }

    [Fact]
    public void Schedules_and_replications_take_the_volume_or_the_group_path_from_the_piped_type()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("New-ScpBmVolume -Name disp-a -SizeGB 10 -DiskType SSD -Wait | New-ScpBmVolumeGroup -Name disp-vg -Wait"));
        var volumePosts = Requests("POST", "/v1/volumes/");
        var groupPosts = Requests("POST", "/v1/volume-groups/");
        Ok(shell.Run("Get-ScpBmVolume -Name disp-a | New-ScpBmSnapshotSchedule -Hour 18"));
        Requests("POST", "/v1/volumes/").Should().Be(volumePosts + 1);
        var onGroup = shell.Run("Get-ScpBmVolumeGroup -Name disp-vg | New-ScpBmSnapshotSchedule -Hour 2 -DayOfWeek Sunday");
        Ok(onGroup);
        Requests("POST", "/v1/volume-groups/").Should().Be(groupPosts + 1);
        P<string>(onGroup.Output.Single(), "DayOfWeek").Should().Be("SUN", "a full day name is sent as SCP's token");

        var rep = shell.Run("Get-ScpBmVolumeGroup -Name disp-vg | New-ScpBmReplication -Name dr -TargetRegion kr-east1 -Cycle hourly -VolumeNamePrefix dr- -Wait");
        Ok(rep);
        P<string>(rep.Output.Single(), "SyncState").Should().Be("SNAPMIRROED");
        var changed = shell.Run("Get-ScpBmVolumeGroup -Name disp-vg | Get-ScpBmReplication | Set-ScpBmReplication -Cycle DAILY");
        Ok(changed);
        P<string>(changed.Output.Single(), "SyncCycle").Should().Be("DAILY");
        var missingPrefix = shell.Run("Get-ScpBmVolume -Name disp-a | Get-ScpBmVolumeGroup | Remove-ScpBmReplication -Force; Get-ScpBmVolumeGroup -Name disp-vg | New-ScpBmReplication -Name x -TargetRegion kr-east1 -Cycle DAILY");
        missingPrefix.Errors.Should().ContainSingle().Which.ToString().Should().Contain("-VolumeNamePrefix");
    }

    [Fact]
    public void Restore_ScpSnapshot_restores_volume_and_group_snapshots_and_WhatIf_sends_no_restore()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("$v = New-ScpBmVolume -Name rst-a -SizeGB 10 -DiskType SSD -Wait; $null = $v | New-ScpBmSnapshot; $null = $v | New-ScpBmVolumeGroup -Name rst-vg -Wait; $null = Get-ScpBmVolumeGroup -Name rst-vg | New-ScpBmVolumeGroupSnapshot"));
        var restores = Requests("PUT", "/restore");
        Ok(shell.Run("Get-ScpBmVolume -Name rst-a | Get-ScpBmSnapshot | Restore-ScpSnapshot -WhatIf"));
        Requests("PUT", "/restore").Should().Be(restores);

        var volume = shell.Run("Get-ScpBmVolume -Name rst-a | Get-ScpBmSnapshot | Restore-ScpSnapshot -Force -Wait");
        Ok(volume);
        volume.Output.Single().TypeNames[0].Should().Be("ScpStorage.Core.BareMetalBlockStorage.ScpBmVolume");
        var group = shell.Run("Get-ScpBmVolumeGroup -Name rst-vg | Get-ScpBmVolumeGroupSnapshot | Restore-ScpSnapshot -Force -Wait");
        Ok(group);
        group.Output.Single().TypeNames[0].Should().Be("ScpStorage.Core.BareMetalBlockStorage.ScpBmVolumeGroup");
        Requests("PUT", "/restore").Should().Be(restores + 2);
        _emu.Host.Requests.Count(r => r.Method == "PUT" && r.Path.Contains("/volume-groups/") && r.Path.EndsWith("/restore")).Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_missing_volume_is_an_error_for_that_input_only()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("New-ScpBmVolume -Name err-a -SizeGB 10 -DiskType SSD -Wait"));
        var run = shell.Run("'0000000000000000000000000000dead', 'err-a' | Remove-ScpBmVolume -Force -Wait");
        run.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.ObjectNotFound);
        shell.Run("Get-ScpBmVolume -Name err-a -ErrorAction SilentlyContinue").Output.Should().BeEmpty("the other input was deleted");
    }

    [Fact]
    public void AsJob_snapshots_every_piped_volume_in_child_jobs()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("1..3 | ForEach-Object { New-ScpBmVolume -Name job-$_ -SizeGB 10 -DiskType SSD -Wait }"));
        var run = shell.Run("Get-ScpBmVolume -Name job-* | New-ScpBmSnapshot -AsJob | Wait-Job | Receive-Job");
        Ok(run);
        run.Output.Should().HaveCount(3).And.OnlyContain(o => o.TypeNames[0] == "ScpStorage.Core.BareMetalBlockStorage.ScpBmSnapshot");
        shell.Run("Get-ScpBmVolume -Name job-* | Get-ScpBmSnapshot").Output.Should().HaveCount(3);
    }

    [Fact]
    public void Operations_newer_than_the_pinned_api_version_are_refused_before_any_request()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("$v = New-ScpBmVolume -Name pin-a -SizeGB 10 -DiskType SSD -Wait; $s = $v | New-ScpBmSnapshot"));
        var before = _emu.Host.Requests.Count;
        var qos = shell.Run("$null = Set-ScpApiVersion baremetal-blockstorage 1.1 -WarningAction SilentlyContinue; $v | Set-ScpBmVolume -Iops 8000");
        qos.FirstError!.ToString().Should().Contain("Set Volume QoS needs baremetal-blockstorage API 1.2").And.Contain("pins 1.1");
        var recovery = shell.Run("$null = Set-ScpApiVersion baremetal-blockstorage 1.0 -WarningAction SilentlyContinue; $s | New-ScpBmVolume -Name pin-copy");
        recovery.FirstError!.ToString().Should().Contain("Create Volume Recovery needs baremetal-blockstorage API 1.1");
        _emu.Host.Requests.Count.Should().Be(before, "a refused operation sends nothing");

        var current = shell.Run("$null = Set-ScpApiVersion baremetal-blockstorage -Current; $v | Set-ScpBmVolume -Iops 8000 -Wait");
        Ok(current);
        _emu.Host.Requests.Count.Should().BeGreaterThan(before, "the check moves once the pin is removed");
        PSObject.AsPSObject(P<object>(current.Output.Single(), "Qos")).Properties["Iops"].Value.Should().Be(8000);
    }

    [Fact]
    public void Validation_happens_before_any_request()
    {
        using var shell = _emu.Shell();
        var before = _emu.Host.Requests.Count;
        shell.Run("New-ScpBmVolume -Name v -SizeGB 10 -DiskType SSD -Iops 4000 -Throughput 300").FirstError.Should().NotBeNull("IOPS below 5,000");
        shell.Run("New-ScpBmVolume -Name v -SizeGB 10 -DiskType SSD -Iops 6000").Errors.Should().ContainSingle().Which.ToString().Should().Contain("-Throughput");
        shell.Run("Set-ScpBmSnapshotSchedule -VolumeId 7239779c01e3405f82bb71c7f4b55fcd -Hour 24").FirstError.Should().NotBeNull();
        _emu.Host.Requests.Count.Should().Be(before);
    }
}

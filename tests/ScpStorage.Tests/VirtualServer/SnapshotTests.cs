using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.VirtualServer;

/// <summary>Get-, New-, Set- and Remove-ScpVolumeSnapshot as an administrator uses them.</summary>
public sealed class SnapshotTests : IClassFixture<EmulatorFixture>
{
    private const string Web01 = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f";
    private readonly EmulatorFixture _emu;

    public SnapshotTests(EmulatorFixture emu) { _emu = emu; }

    private int Mutations() => _emu.Host.Requests.Count(r => r.Method != "GET");
    private int Count(string method) => _emu.Host.Requests.Count(r => r.Method == method && r.Path.Contains("/snapshots"));

    private static void Volumes(ModuleShell shell, params string[] names) =>
        shell.Run(string.Join(";", names.Select(n => $"$null = New-ScpVolume -Name {n} -SizeGB 8 -Wait"))).Errors.Should().BeEmpty();

    [Fact]
    public void Piped_available_volumes_get_a_snapshot_each_and_Wait_returns_them_available()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "snapnew-a", "snapnew-b");
        var r = shell.Run("Get-ScpVolume -Name snapnew-* -State available | New-ScpVolumeSnapshot -Name pre-patch-new -Description 'before patching' -Wait");
        r.Errors.Should().BeEmpty();
        r.Output.Should().HaveCount(2);
        r.Output.Should().OnlyContain(s => s.TypeNames[0] == "ScpStorage.Core.VirtualServer.ScpVolumeSnapshot");
        r.Output.Select(s => s.Properties["State"].Value).Should().OnlyContain(v => (string)v == "available");
        r.Output.Select(s => s.Properties["Size"].Value).Should().OnlyContain(v => (int)v == 8);
        r.Output.Select(s => s.Properties["Region"].Value).Should().OnlyContain(v => (string)v == "kr-west1");
        var volumeIds = shell.Run("Get-ScpVolume -Name snapnew-* | ForEach-Object Id").Output.Select(o => o.ToString());
        r.Output.Select(s => (string)s.Properties["VolumeId"].Value).Should().BeEquivalentTo(volumeIds);
        r.Progress.Should().NotBeEmpty("-Wait reports progress while the snapshot is creating");
    }

    [Fact]
    public void VolumeId_binds_by_property_name_and_without_Wait_the_snapshot_is_creating()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "snapprop");
        var r = shell.Run("Get-ScpVolume -Name snapprop | ForEach-Object { [pscustomobject]@{ VolumeId = $_.Id } } | New-ScpVolumeSnapshot -Name byprop");
        r.Errors.Should().BeEmpty();
        r.Output.Single().Properties["State"].Value.Should().Be("creating");
        shell.Run("Get-ScpVolumeSnapshot -Name byprop | ForEach-Object VolumeId").Output.Single().ToString()
            .Should().Be(shell.Run("(Get-ScpVolume -Name snapprop).Id").Output.Single().ToString());
    }

    [Fact]
    public void An_in_use_volume_needs_AllowInUse_otherwise_the_409_is_ResourceBusy()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "snapinuse");
        var attach = shell.Run("$v = Get-ScpVolume -Name snapinuse; $null = Invoke-ScpRestMethod virtualserver '/v1/volumes/{volume_id}/servers' -Method POST "
            + $"-PathParameters @{{ volume_id = $v.Id }} -Body @{{ server_id = '{Web01}' }}; "
            + "$i = 0; do { [System.Threading.Thread]::Sleep(50); $v = Get-ScpVolume -Id $v.Id; $i++ } while ($v.State -ne 'in-use' -and $i -lt 100); $v.State");
        attach.Errors.Should().BeEmpty();
        attach.Output.Single().ToString().Should().Be("in-use");

        var refused = shell.Run("Get-ScpVolume -Name snapinuse | New-ScpVolumeSnapshot -Name live; 'pipeline goes on'");
        refused.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.ResourceBusy);
        refused.Output.Select(o => o.ToString()).Should().Equal("pipeline goes on");

        var forced = shell.Run("Get-ScpVolume -Name snapinuse | New-ScpVolumeSnapshot -Name live -AllowInUse -Wait");
        forced.Errors.Should().BeEmpty();
        forced.Output.Single().Properties["State"].Value.Should().Be("available");
    }

    [Fact]
    public void WhatIf_and_bad_names_send_nothing()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "snapwhatif");
        var before = Mutations();
        shell.Run("Get-ScpVolume -Name snapwhatif | New-ScpVolumeSnapshot -Name would -WhatIf").Errors.Should().BeEmpty();
        Mutations().Should().Be(before, "-WhatIf sends no mutating request");

        var all = _emu.Host.Requests.Count;
        var bad = shell.Run("New-ScpVolumeSnapshot -VolumeId x -Name 'bad/name'; Set-ScpVolumeSnapshot -Id x -NewName ('n' * 256)");
        bad.Errors.Should().HaveCount(2);
        bad.Errors.Should().OnlyContain(e => e.Exception.Message.Contains("letters, digits"));
        _emu.Host.Requests.Count.Should().Be(all, "names are checked before any request");
    }

    [Fact]
    public void AsJob_snapshots_every_piped_volume_in_its_own_child()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "snapjob-a", "snapjob-b", "snapjob-c");
        var r = shell.Run("$job = Get-ScpVolume -Name snapjob-* | New-ScpVolumeSnapshot -Name nightly-job -Wait -AsJob -ThrottleLimit 2; "
            + "$job.ChildJobs.Count; $null = $job | Wait-Job -Timeout 60; $job.State.ToString(); "
            + "$snaps = @($job | Receive-Job); $snaps.Count; ($snaps | ForEach-Object State | Where-Object { $_ -eq 'available' }).Count");
        r.Errors.Should().BeEmpty();
        r.Output.Select(o => o.ToString()).Should().Equal("3", "Completed", "3", "3");
        shell.Run("@(Get-ScpVolumeSnapshot -Name nightly-job).Count").Output.Single().BaseObject.Should().Be(3);
    }

    [Fact]
    public void Get_by_wildcard_volume_id_piped_volume_property_name_and_First()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "snapget-a", "snapget-b");
        shell.Run("Get-ScpVolume -Name snapget-a | New-ScpVolumeSnapshot -Name getsnap-1 -Wait; Get-ScpVolume -Name snapget-a | New-ScpVolumeSnapshot -Name getsnap-2 -Wait; "
            + "Get-ScpVolume -Name snapget-b | New-ScpVolumeSnapshot -Name getsnap-3 -Wait").Errors.Should().BeEmpty();
        string[] Names(string script) => shell.Run(script + " | ForEach-Object Name").Output.Select(o => o.ToString()!).ToArray();

        Names("Get-ScpVolumeSnapshot -Name getsnap-*").Should().BeEquivalentTo("getsnap-1", "getsnap-2", "getsnap-3");
        Names("Get-ScpVolumeSnapshot -VolumeId (Get-ScpVolume -Name snapget-a).Id").Should().BeEquivalentTo("getsnap-1", "getsnap-2");
        Names("Get-ScpVolume -Name snapget-* | Get-ScpVolumeSnapshot").Should().BeEquivalentTo("getsnap-1", "getsnap-2", "getsnap-3");
        Names("Get-ScpVolume -Name snapget-a | Get-ScpVolumeSnapshot -Name *-2").Should().Equal("getsnap-2");
        Names("Get-ScpVolumeSnapshot -Name getsnap-3 | ForEach-Object { [pscustomobject]@{ SnapshotId = $_.Id } } | Get-ScpVolumeSnapshot").Should().Equal("getsnap-3");
        Names("Get-ScpVolumeSnapshot -Name getsnap-* -First 2").Should().HaveCount(2);
        Names("Get-ScpVolumeSnapshot -Name getsnap-* -PageSize 1").Should().HaveCount(3, "paging one by one still returns everything");
    }

    [Fact]
    public void A_missing_snapshot_by_name_or_id_is_ObjectNotFound_and_the_pipeline_goes_on()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("Get-ScpVolumeSnapshot -Name no-such-snap; Get-ScpVolumeSnapshot -Id 00000000-0000-0000-0000-000000000000; "
            + "Remove-ScpVolumeSnapshot -Id gone-1 -Force; Set-ScpVolumeSnapshot -Id gone-2 -NewName x; 'still running'");
        r.Errors.Should().HaveCount(4).And.OnlyContain(e => e.CategoryInfo.Category == ErrorCategory.ObjectNotFound);
        r.Errors[0].FullyQualifiedErrorId.Should().StartWith("ScpResourceNotFound");
        r.Output.Select(o => o.ToString()).Should().Equal("still running");
        shell.Run("Get-ScpVolumeSnapshot -Name no-such-*").Errors.Should().BeEmpty("a wildcard that matches nothing is not an error");
    }

    [Fact]
    public void Set_renames_through_the_pipeline_and_a_description_only_change_keeps_the_name()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "snapset");
        shell.Run("Get-ScpVolume -Name snapset | New-ScpVolumeSnapshot -Name set-old -Wait").Errors.Should().BeEmpty();

        var puts = Count("PUT");
        shell.Run("Get-ScpVolumeSnapshot -Name set-old | Set-ScpVolumeSnapshot -NewName set-new -WhatIf").Errors.Should().BeEmpty();
        Count("PUT").Should().Be(puts, "-WhatIf sends no update");

        var renamed = shell.Run("Get-ScpVolumeSnapshot -Name set-old | Set-ScpVolumeSnapshot -NewName set-new -PassThru");
        renamed.Errors.Should().BeEmpty();
        renamed.Output.Single().Properties["Name"].Value.Should().Be("set-new");
        shell.Run("Get-ScpVolumeSnapshot -Name set-old").Errors.Single().CategoryInfo.Category.Should().Be(ErrorCategory.ObjectNotFound);

        var quiet = shell.Run("Get-ScpVolumeSnapshot -Name set-new | ForEach-Object { [pscustomobject]@{ SnapshotId = $_.Id } } | Set-ScpVolumeSnapshot -Description 'kept for audit'");
        quiet.Errors.Should().BeEmpty();
        quiet.Output.Should().BeEmpty("without -PassThru nothing is returned");
        Count("PUT").Should().Be(puts + 2);
        shell.Run("Get-ScpVolumeSnapshot -Name set-new | ForEach-Object Name").Output.Single().ToString().Should().Be("set-new");

        var before = _emu.Host.Requests.Count;
        var nothing = shell.Run("Set-ScpVolumeSnapshot -Id whatever");
        nothing.FirstError!.CategoryInfo.Category.Should().Be(ErrorCategory.InvalidArgument);
        _emu.Host.Requests.Count.Should().Be(before, "an empty change is refused before any request");
    }

    [Fact]
    public void Remove_asks_unless_Force_WhatIf_sends_nothing_and_Wait_returns_when_gone()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "snaprm");
        shell.Run("1..3 | ForEach-Object { Get-ScpVolume -Name snaprm | New-ScpVolumeSnapshot -Name \"rmsnap-$_\" -Wait }").Errors.Should().BeEmpty();

        var deletes = Count("DELETE");
        shell.Run("Get-ScpVolumeSnapshot -Name rmsnap-* | Remove-ScpVolumeSnapshot -WhatIf").Errors.Should().BeEmpty();
        Count("DELETE").Should().Be(deletes, "-WhatIf sends no delete");

        var byName = shell.Run("Remove-ScpVolumeSnapshot -Name rmsnap-1 -Force -Wait -Verbose");
        byName.Errors.Should().BeEmpty();
        byName.Verbose.Should().Contain(v => v.Contains("rmsnap-1") && v.Contains("-Force"));
        byName.Progress.Should().NotBeEmpty();

        var piped = shell.Run("Get-ScpVolumeSnapshot -Name rmsnap-* | Remove-ScpVolumeSnapshot -Confirm:$false -Wait");
        piped.Errors.Should().BeEmpty();
        Count("DELETE").Should().Be(deletes + 3);
        shell.Run("@(Get-ScpVolumeSnapshot -Name rmsnap-*).Count").Output.Single().BaseObject.Should().Be(0);
    }

    [Fact]
    public void Removing_a_snapshot_that_is_still_creating_is_ResourceBusy()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "snapbusy");
        var r = shell.Run("Get-ScpVolume -Name snapbusy | New-ScpVolumeSnapshot -Name busy | Remove-ScpVolumeSnapshot -Force");
        r.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.ResourceBusy);
        r.Errors[0].TargetObject.Should().BeOfType<ScpStorage.Core.VirtualServer.ScpVolumeSnapshot>("the failed input is the error's target");
    }

    [Fact]
    public void Snapshot_names_complete_with_Tab()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "snaptab");
        shell.Run("Get-ScpVolume -Name snaptab | New-ScpVolumeSnapshot -Name tabsnap-one; Get-ScpVolume -Name snaptab | New-ScpVolumeSnapshot -Name tabsnap-two")
            .Errors.Should().BeEmpty();
        var r = shell.Run("$line = 'Remove-ScpVolumeSnapshot -Name tabsnap-'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText");
        r.Output.Select(o => o.ToString()).Should().BeEquivalentTo("tabsnap-one", "tabsnap-two");
    }
}

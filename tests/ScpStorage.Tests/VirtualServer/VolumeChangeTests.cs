using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.VirtualServer;

/// <summary>Set-, Resize-, Mount- and Dismount-ScpVolume as an administrator uses them.</summary>
public sealed class VolumeChangeTests : IClassFixture<EmulatorFixture>
{
    // The servers every emulator starts with (src/ScpStorage.Emulator/Services/VirtualServer/VsFixtures.cs).
    private const string Web01Id = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f";
    private const string Web02Id = "7c1e5f3a-9b2d-4e8f-a6c4-1d3b5f7a9c2e";
    private const string Db01Id = "e4f6a8b0-c2d4-4e6f-8a0b-2c4d6e8f0a1b";

    private readonly EmulatorFixture _emu;

    public VolumeChangeTests(EmulatorFixture emu) { _emu = emu; }

    private int Mutations() => _emu.Host.Requests.Count(r => r.Method != "GET");

    private static void Create(ModuleShell shell, int sizeGB, params string[] names)
    {
        foreach (var name in names)
            shell.Run($"New-ScpVolume -Name {name} -SizeGB {sizeGB} -Wait").Errors.Should().BeEmpty();
    }

    private static PSObject Volume(ModuleShell shell, string name) => shell.Run($"Get-ScpVolume -Name {name}").Output.Single();

    private static T Property<T>(PSObject o, string name) => (T)o.Properties[name].Value;

    private static string[] ServerIds(PSObject volume) =>
        ((System.Collections.IEnumerable)volume.Properties["Servers"].Value).Cast<object>()
        .Select(a => PSObject.AsPSObject(a).Properties["ServerId"].Value.ToString()!).ToArray();

    // ---- Set-ScpVolume -------------------------------------------------------------------

    [Fact]
    public void Set_renames_by_name_by_id_and_from_the_pipeline_and_PassThru_returns_the_renamed_volume()
    {
        using var shell = _emu.Shell();
        Create(shell, 8, "set-a");
        var id = Property<string>(Volume(shell, "set-a"), "Id");

        var byName = shell.Run("Set-ScpVolume -Name set-a -NewName set-b -PassThru");
        byName.Errors.Should().BeEmpty();
        var renamed = byName.Output.Single();
        renamed.TypeNames[0].Should().Be("ScpStorage.Core.VirtualServer.ScpVolume");
        Property<string>(renamed, "Name").Should().Be("set-b");
        Property<string>(renamed, "Id").Should().Be(id);

        var piped = shell.Run("Get-ScpVolume -Name set-b | Set-ScpVolume -NewName 'set c'");
        piped.Errors.Should().BeEmpty();
        piped.Output.Should().BeEmpty("without -PassThru Set-ScpVolume returns nothing");

        var byId = shell.Run($"Set-ScpVolume {id} set-d -PassThru | ForEach-Object Name");
        byId.Errors.Should().BeEmpty();
        byId.Output.Single().ToString().Should().Be("set-d");
        _emu.Host.Requests.Count(r => r.Method == "PUT" && r.Path.EndsWith("/v1/volumes/" + id)).Should().Be(3);
    }

    [Fact]
    public void Set_takes_the_new_name_from_a_script_block_per_piped_volume()
    {
        using var shell = _emu.Shell();
        Create(shell, 8, "sb-one", "sb-two");
        var r = shell.Run("Get-ScpVolume -Name sb-* | Set-ScpVolume -NewName { 'old-' + $_.Name } -PassThru | ForEach-Object Name");
        r.Errors.Should().BeEmpty();
        r.Output.Select(o => o.ToString()).Should().BeEquivalentTo("old-sb-one", "old-sb-two");
    }

    [Fact]
    public void Set_refuses_invalid_names_and_a_pattern_that_matches_several_volumes_before_any_change()
    {
        using var shell = _emu.Shell();
        Create(shell, 8, "ambig-1", "ambig-2");
        var before = _emu.Host.Requests.Count;
        var invalid = shell.Run("Set-ScpVolume -Name ambig-1 -NewName 'bad/name'");
        invalid.FirstError!.Exception.Message.Should().Contain("letters, digits");
        _emu.Host.Requests.Count.Should().Be(before, "parameter validation happens before any request");

        var mutations = Mutations();
        var several = shell.Run("Set-ScpVolume -Name ambig-* -NewName same");
        several.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.InvalidArgument);
        several.Errors[0].Exception.Message.Should().Contain("matches 2 volumes").And.Contain("-Id");

        shell.Run("Set-ScpVolume -Name ambig-1 -NewName ambig-3 -WhatIf").Errors.Should().BeEmpty();
        Mutations().Should().Be(mutations, "neither the ambiguous pattern nor -WhatIf changes anything");
        shell.Run("Get-ScpVolume -Name ambig-* | ForEach-Object Name").Output.Select(o => o.ToString())
            .Should().BeEquivalentTo("ambig-1", "ambig-2");
    }

    // ---- Resize-ScpVolume ----------------------------------------------------------------

    [Fact]
    public void Resize_with_Wait_returns_the_grown_volume_back_in_its_previous_state()
    {
        using var shell = _emu.Shell();
        Create(shell, 8, "rs-avail");
        var r = shell.Run("Get-ScpVolume -Name rs-avail | Resize-ScpVolume -SizeGB 16 -Wait");
        r.Errors.Should().BeEmpty();
        var v = r.Output.Single();
        Property<string>(v, "State").Should().Be("available");
        Property<int>(v, "Size").Should().Be(16);
        r.Progress.Should().NotBeEmpty("-Wait reports progress while the volume is extending");

        // In use, it goes back to in-use.
        shell.Run("Mount-ScpVolume -Name rs-avail -ServerId " + Web02Id + " -Wait").Errors.Should().BeEmpty();
        var inUse = shell.Run("Resize-ScpVolume -Name rs-avail -SizeGB 32 -Wait");
        inUse.Errors.Should().BeEmpty();
        Property<string>(inUse.Output.Single(), "State").Should().Be("in-use");
        Property<int>(inUse.Output.Single(), "Size").Should().Be(32);
    }

    [Fact]
    public void Resize_without_Wait_returns_the_volume_as_SCP_accepted_the_change()
    {
        using var shell = _emu.Shell();
        Create(shell, 8, "rs-nowait");
        var r = shell.Run("Resize-ScpVolume -Name rs-nowait -SizeGB 24");
        r.Errors.Should().BeEmpty();
        Property<string>(r.Output.Single(), "State").Should().Be("extending");
        Property<int>(r.Output.Single(), "Size").Should().Be(24);
        _emu.Host.Requests.Should().Contain(q => q.Method == "PUT" && q.Path.EndsWith("/size"));
    }

    [Fact]
    public void Resize_refuses_a_size_that_is_not_larger_before_any_request_and_says_the_current_size()
    {
        using var shell = _emu.Shell();
        Create(shell, 16, "rs-same");
        shell.Set("same", Volume(shell, "rs-same"));
        var before = Mutations();
        var requests = _emu.Host.Requests.Count;
        var piped = shell.Run("$same | Resize-ScpVolume -SizeGB 16");
        piped.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.InvalidArgument);
        piped.Errors[0].Exception.Message.Should().Contain("16 GB").And.Contain("current size");
        _emu.Host.Requests.Count.Should().Be(requests, "a piped volume is used as it is, not read again");

        var r = shell.Run("Resize-ScpVolume -Name rs-same -SizeGB 12; 'went on'");
        r.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.InvalidArgument);
        r.Output.Select(o => o.ToString()).Should().Equal("went on");

        var tooSmall = shell.Run("Resize-ScpVolume -Name rs-same -SizeGB 4");
        tooSmall.FirstError.Should().NotBeNull();
        Mutations().Should().Be(before);
    }

    [Fact]
    public void Resize_journey_pipes_available_db_volumes_into_a_job_that_waits()
    {
        using var shell = _emu.Shell();
        Create(shell, 8, "db-j1", "db-j2");
        Create(shell, 200, "db-big");
        var r = shell.Run(
            "$job = Get-ScpVolume -State available -Name db* | Resize-ScpVolume -SizeGB 200 -Wait -AsJob; " +
            "$job.ChildJobs.Count; $null = $job | Wait-Job -Timeout 60; $job.State.ToString(); " +
            "$job | Receive-Job | ForEach-Object { '{0}={1}/{2}' -f $_.Name, $_.Size, $_.State }");
        r.Errors.Should().ContainSingle("db-big is already 200 GB, which is reported before the job starts")
            .Which.Exception.Message.Should().Contain("db-big").And.Contain("200 GB");
        var lines = r.Output.Select(o => o.ToString()).ToList();
        lines.Take(2).Should().Equal("2", "Completed");
        lines.Skip(2).Should().BeEquivalentTo("db-j1=200/available", "db-j2=200/available");
    }

    // ---- Mount-ScpVolume -----------------------------------------------------------------

    [Fact]
    public void Mount_by_server_name_with_Wait_returns_the_volume_in_use_on_that_server()
    {
        using var shell = _emu.Shell();
        Create(shell, 8, "mnt-a");
        var r = shell.Run("Mount-ScpVolume -Name mnt-a -ServerName web01 -Wait");
        r.Errors.Should().BeEmpty();
        var v = r.Output.Single();
        Property<string>(v, "State").Should().Be("in-use");
        ServerIds(v).Should().Equal(Web01Id);
        var id = Property<string>(v, "Id");
        _emu.Host.Requests.Should().Contain(q => q.Method == "POST" && q.Path.EndsWith($"/v1/volumes/{id}/servers"));
        _emu.Host.Requests.Should().Contain(q => q.Method == "GET" && q.Path.EndsWith("/v1/servers") && q.Query.Contains("name=web01"));
    }

    [Fact]
    public void Mount_by_server_id_from_the_pipeline_returns_the_attaching_volume_and_sets_DeleteOnTermination()
    {
        using var shell = _emu.Shell();
        Create(shell, 8, "mnt-b");
        var r = shell.Run($"Get-ScpVolume -Name mnt-b | Mount-ScpVolume -ServerId {Web02Id} -DeleteOnTermination");
        r.Errors.Should().BeEmpty();
        var v = r.Output.Single();
        Property<string>(v, "State").Should().BeOneOf("attaching", "in-use");
        ServerIds(v).Should().Equal(Web02Id);
        var attachment = shell.Run($"Invoke-ScpRestMethod virtualserver '/v1/servers/{{server_id}}/volumes/{{volume_id}}' -PathParameters @{{ server_id = '{Web02Id}'; volume_id = '{Property<string>(v, "Id")}' }}");
        attachment.Errors.Should().BeEmpty();
        attachment.Output.Single().Properties["delete_on_termination"].Value.Should().Be(true);
    }

    [Fact]
    public void Mount_to_an_unknown_server_or_the_same_server_again_fails_before_any_change()
    {
        using var shell = _emu.Shell();
        Create(shell, 8, "mnt-c");
        shell.Run("Mount-ScpVolume -Name mnt-c -ServerName db01 -Wait").Errors.Should().BeEmpty();
        var before = Mutations();

        var unknown = shell.Run("Mount-ScpVolume -Name mnt-c -ServerName no-such-server; 'went on'");
        unknown.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.ObjectNotFound);
        unknown.Errors[0].Exception.Message.Should().Contain("no-such-server");
        unknown.Output.Select(o => o.ToString()).Should().Equal("went on");

        var requests = _emu.Host.Requests.Count;
        var pattern = shell.Run("Mount-ScpVolume -Name mnt-c -ServerName web*");
        pattern.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.InvalidArgument);
        pattern.Errors[0].Exception.Message.Should().Contain("wildcards");
        _emu.Host.Requests.Count.Should().Be(requests, "a server name pattern is refused before the volume is even looked up");

        var again = shell.Run($"Mount-ScpVolume -Name mnt-c -ServerId {Db01Id}");
        again.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.InvalidOperation);
        again.Errors[0].Exception.Message.Should().Contain("already attached");

        shell.Run("Mount-ScpVolume -Name mnt-c -ServerName web01 -WhatIf").Errors.Should().BeEmpty();
        Mutations().Should().Be(before);
    }

    // ---- Dismount-ScpVolume --------------------------------------------------------------

    [Fact]
    public void Dismount_detaches_from_the_only_server_and_Wait_returns_the_volume_available()
    {
        using var shell = _emu.Shell();
        Create(shell, 8, "dm-a");
        shell.Run("Mount-ScpVolume -Name dm-a -ServerName web01 -Wait").Errors.Should().BeEmpty();
        var r = shell.Run("Get-ScpVolume -Name dm-a | Dismount-ScpVolume -Force -Wait");
        r.Errors.Should().BeEmpty();
        var v = r.Output.Single();
        Property<string>(v, "State").Should().Be("available");
        ServerIds(v).Should().BeEmpty();
        _emu.Host.Requests.Should().Contain(q => q.Method == "DELETE" && q.Path.EndsWith($"/v1/volumes/{Property<string>(v, "Id")}/servers/{Web01Id}"));
    }

    [Fact]
    public void Dismount_of_a_volume_attached_nowhere_is_InvalidOperation_before_any_request()
    {
        using var shell = _emu.Shell();
        Create(shell, 8, "dm-free");
        shell.Set("free", Volume(shell, "dm-free"));
        var before = _emu.Host.Requests.Count;
        var r = shell.Run("$free | Dismount-ScpVolume -Force; 'went on'");
        r.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.InvalidOperation);
        r.Errors[0].Exception.Message.Should().Contain("not attached");
        r.Output.Select(o => o.ToString()).Should().Equal("went on");
        _emu.Host.Requests.Count.Should().Be(before);
    }

    [Fact]
    public void Dismount_of_a_volume_attached_to_several_servers_needs_the_server_named()
    {
        using var shell = _emu.Shell();
        Create(shell, 8, "dm-multi");
        shell.Run("Mount-ScpVolume -Name dm-multi -ServerName web01 -Wait").Errors.Should().BeEmpty();
        // The emulator attaches a volume to one server only, so a second attachment is added to the object.
        var setup = shell.Run(
            "$v = Get-ScpVolume -Name dm-multi; " +
            "$extra = [ScpStorage.Core.VirtualServer.ScpVolumeAttachment]::new(); " +
            $"$extra.GetType().GetProperty('ServerId').SetValue($extra, '{Web02Id}'); " +
            "$v.Servers.Add($extra); " +
            "$v.Servers.Count");
        setup.Errors.Should().BeEmpty();
        setup.Output.Single().BaseObject.Should().Be(2);

        var before = _emu.Host.Requests.Count;
        var r = shell.Run("$v | Dismount-ScpVolume -Force");
        r.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.InvalidArgument);
        r.Errors[0].Exception.Message.Should().Contain("2 servers").And.Contain("-ServerId").And.Contain(Web01Id).And.Contain(Web02Id);
        var notThere = shell.Run($"$v | Dismount-ScpVolume -ServerId {Db01Id} -Force");
        notThere.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.InvalidOperation);
        _emu.Host.Requests.Count.Should().Be(before, "the choice is made from the piped volume, before any request");

        var named = shell.Run("$v | Dismount-ScpVolume -ServerName web01 -Confirm:$false -Wait");
        named.Errors.Should().BeEmpty();
        Property<string>(named.Output.Single(), "State").Should().Be("available");
        _emu.Host.Requests.Should().Contain(q => q.Method == "DELETE" && q.Path.EndsWith("/servers/" + Web01Id));
    }

    [Fact]
    public void Dismount_asks_for_confirmation_and_WhatIf_sends_nothing()
    {
        using var shell = _emu.Shell();
        Create(shell, 8, "dm-ask");
        shell.Run($"Mount-ScpVolume -Name dm-ask -ServerId {Web02Id} -Wait").Errors.Should().BeEmpty();
        var before = Mutations();

        shell.Run("Dismount-ScpVolume -Name dm-ask -WhatIf").Errors.Should().BeEmpty();
        shell.Run("Dismount-ScpVolume -Name dm-ask -Force -WhatIf").Errors.Should().BeEmpty("-Force never overrides -WhatIf");
        // ConfirmImpact High: without -Force it prompts, which this host cannot do.
        shell.Run("Dismount-ScpVolume -Name dm-ask").FirstError.Should().NotBeNull();
        shell.Run("Dismount-ScpVolume -Name dm-ask -ServerId x -ServerName y -Force").Errors.Single()
            .CategoryInfo.Category.Should().Be(ErrorCategory.InvalidArgument);
        Mutations().Should().Be(before);

        var forced = shell.Run("Dismount-ScpVolume -Name dm-ask -Force -Verbose");
        forced.Errors.Should().BeEmpty();
        forced.Verbose.Should().Contain(v => v.Contains("dm-ask") && v.Contains("-Force"));
        Mutations().Should().Be(before + 1);
    }

    [Fact]
    public void Rows_with_VolumeId_and_ServerId_properties_bind_like_a_CSV_file()
    {
        using var shell = _emu.Shell();
        Create(shell, 8, "csv-row");
        var id = Property<string>(Volume(shell, "csv-row"), "Id");

        var rename = shell.Run($"[pscustomobject]@{{ VolumeId = '{id}'; NewName = 'csv-renamed' }} | ForEach-Object {{ Set-ScpVolume -Id $_.VolumeId -NewName $_.NewName -PassThru }} | ForEach-Object Name");
        rename.Errors.Should().BeEmpty();
        rename.Output.Single().ToString().Should().Be("csv-renamed");
        var byId = shell.Run($"[pscustomobject]@{{ Id = '{id}' }} | Set-ScpVolume -NewName csv-row -PassThru | ForEach-Object Name");
        byId.Errors.Should().BeEmpty();
        byId.Output.Single().ToString().Should().Be("csv-row");

        var mount = shell.Run($"[pscustomobject]@{{ VolumeId = '{id}'; ServerId = '{Web01Id}' }} | Mount-ScpVolume -Wait | ForEach-Object State");
        mount.Errors.Should().BeEmpty();
        mount.Output.Single().ToString().Should().Be("in-use");

        // Shaped like the attachments Get-ScpServerVolume returns (VolumeId, ServerId).
        var dismount = shell.Run($"[pscustomobject]@{{ VolumeId = '{id}'; ServerId = '{Web01Id}'; Device = '/dev/vdb' }} | Dismount-ScpVolume -Force -Wait | ForEach-Object State");
        dismount.Errors.Should().BeEmpty();
        dismount.Output.Single().ToString().Should().Be("available");
    }

    [Fact]
    public void Mount_and_Dismount_run_as_jobs_with_one_child_per_volume()
    {
        using var shell = _emu.Shell();
        Create(shell, 8, "pair-1", "pair-2");
        var mount = shell.Run(
            "$job = Get-ScpVolume -Name pair-* | Mount-ScpVolume -ServerName db01 -Wait -AsJob; $job.ChildJobs.Count; " +
            "$null = $job | Wait-Job -Timeout 60; $job.State.ToString(); ($job | Receive-Job | ForEach-Object State) -join ','");
        mount.Errors.Should().BeEmpty();
        mount.Output.Select(o => o.ToString()).Should().Equal("2", "Completed", "in-use,in-use");

        var dismount = shell.Run(
            "$job = Get-ScpVolume -Name pair-* | Dismount-ScpVolume -Force -Wait -AsJob; " +
            "$null = $job | Wait-Job -Timeout 60; $job.State.ToString(); ($job | Receive-Job | ForEach-Object State) -join ','");
        dismount.Errors.Should().BeEmpty();
        dismount.Output.Select(o => o.ToString()).Should().Equal("Completed", "available,available");
    }
}

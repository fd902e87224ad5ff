using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.VirtualServer;

/// <summary>Get-, Add-, Set- and Remove-ScpServerVolume: attachments seen and changed from the server side.</summary>
public sealed class ServerVolumeTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public ServerVolumeTests(EmulatorFixture emu) { _emu = emu; }

    private int Mutations() => _emu.Host.Requests.Count(r => r.Method != "GET");

    private static string[] Text(ShellResult r) => r.Output.Select(o => o.ToString()).ToArray();

    private static void Volumes(ModuleShell shell, params string[] names) =>
        shell.Run(string.Join("; ", names.Select(n => $"$null = New-ScpVolume -Name {n} -SizeGB 8 -Wait"))).Errors.Should().BeEmpty();

    private static string State(ModuleShell shell, string volume) => shell.Run($"(Get-ScpVolume -Name {volume}).State").Output.Single().ToString();

    [Fact]
    public void Add_a_piped_volume_by_server_name_with_Wait_returns_the_attachment_once_in_use()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "sv-add");
        var r = shell.Run("Get-ScpVolume -Name sv-add | Add-ScpServerVolume -ServerName web01 -Wait");
        r.Errors.Should().BeEmpty();
        var a = r.Output.Single();
        a.TypeNames[0].Should().Be("ScpStorage.Core.VirtualServer.ScpServerVolume");
        a.Properties["ServerId"].Value.Should().Be(shell.Run("(Get-ScpServer -Name web01).Id").Output.Single().ToString());
        a.Properties["VolumeId"].Value.Should().Be(shell.Run("(Get-ScpVolume -Name sv-add).Id").Output.Single().ToString());
        ((string)a.Properties["Device"].Value).Should().StartWith("/dev/vd");
        a.Properties["DeleteOnTermination"].Value.Should().Be(false);
        r.Progress.Should().NotBeEmpty("-Wait reports progress while the volume is attaching");
        State(shell, "sv-add").Should().Be("in-use");
    }

    [Fact]
    public void Add_by_ids_or_a_piped_server_with_device_and_delete_on_termination()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "sv-ids", "sv-srvobj");
        var r = shell.Run("Add-ScpServerVolume -VolumeId (Get-ScpVolume -Name sv-ids).Id -ServerId (Get-ScpServer -Name db01).Id -Device /dev/vdq -DeleteOnTermination");
        r.Errors.Should().BeEmpty();
        r.Output.Single().Properties["Device"].Value.Should().Be("/dev/vdq");
        r.Output.Single().Properties["DeleteOnTermination"].Value.Should().Be(true);
        var piped = shell.Run("$v = Get-ScpVolume -Name sv-srvobj; Get-ScpServer -Name db01 | Add-ScpServerVolume -VolumeId $v.Id -Wait | ForEach-Object VolumeId; $v.Id");
        piped.Errors.Should().BeEmpty();
        piped.Output.Should().HaveCount(2);
        piped.Output[0].ToString().Should().Be(piped.Output[1].ToString());

        Volumes(shell, "sv-byprop", "sv-vol-srvid", "sv-vol-srvobj");
        var byProperty = shell.Run("[pscustomobject]@{ ServerId = (Get-ScpServer -Name web02).Id; VolumeId = (Get-ScpVolume -Name sv-byprop).Id } | Add-ScpServerVolume -Wait");
        byProperty.Errors.Should().BeEmpty("ServerId and VolumeId bind by property name");
        byProperty.Output.Should().ContainSingle();
        shell.Run("Get-ScpVolume -Name sv-vol-srvid | Add-ScpServerVolume -ServerId (Get-ScpServer -Name web02).Id; Get-ScpVolume -Name sv-vol-srvobj | Add-ScpServerVolume -Server (Get-ScpServer -Name web02)")
            .Output.Should().HaveCount(2);
    }

    [Fact]
    public void Add_WhatIf_sends_nothing_and_errors_are_per_input()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "sv-wi", "sv-busy");
        var before = Mutations();
        var whatIf = shell.Run("Get-ScpVolume -Name sv-wi | Add-ScpServerVolume -ServerName web02 -WhatIf");
        whatIf.Errors.Should().BeEmpty();
        Mutations().Should().Be(before, "-WhatIf sends no mutating request");
        State(shell, "sv-wi").Should().Be("available");

        shell.Run("Get-ScpVolume -Name sv-busy | Add-ScpServerVolume -ServerName web02 -Wait").Errors.Should().BeEmpty();
        var busy = shell.Run("Get-ScpVolume -Name sv-busy, sv-wi | Add-ScpServerVolume -ServerName db01 -Wait | ForEach-Object VolumeId");
        busy.Errors.Should().ContainSingle("the in-use volume fails, the available one is attached")
            .Which.CategoryInfo.Category.Should().Be(ErrorCategory.ResourceBusy);
        busy.Output.Should().ContainSingle();
        State(shell, "sv-wi").Should().Be("in-use");
    }

    [Fact]
    public void Missing_servers_and_volumes_are_ObjectNotFound_once_per_input()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "sv-nf-a", "sv-nf-b");
        var r = shell.Run("Get-ScpVolume -Name sv-nf-* | Add-ScpServerVolume -ServerName no-such-server; Add-ScpServerVolume -VolumeId missing-volume -ServerName web01; 'still running'");
        r.Errors.Should().HaveCount(2, "the missing server is reported once, not once per piped volume")
            .And.OnlyContain(e => e.CategoryInfo.Category == ErrorCategory.ObjectNotFound);
        Text(r).Should().Equal("still running");
        var show = shell.Run("Get-ScpServer -Name web01 | Get-ScpServerVolume -VolumeId (Get-ScpVolume -Name sv-nf-a).Id");
        show.Errors.Single().CategoryInfo.Category.Should().Be(ErrorCategory.ObjectNotFound, "the volume is not attached to web01");
        shell.Run("Get-ScpServerVolume -ServerId 00000000-0000-0000-0000-000000000000").Errors.Single().CategoryInfo.Category.Should().Be(ErrorCategory.ObjectNotFound);
    }

    [Fact]
    public void Bad_input_is_rejected_before_any_request()
    {
        using var shell = _emu.Shell();
        var before = _emu.Host.Requests.Count;
        var r = shell.Run("Add-ScpServerVolume -VolumeId v1 -ServerId s1 -Device sdb; Add-ScpServerVolume -VolumeId v1 -ServerId s1 -Device '/dev/../x'; Set-ScpServerVolume -ServerId s1 -VolumeId v1 -DeleteOnTermination maybe");
        r.Errors.Should().HaveCount(3);
        r.Errors[0].Exception.Message.Should().Contain("/dev/vdc");
        _emu.Host.Requests.Count.Should().Be(before);
    }

    [Fact]
    public void Get_lists_a_servers_attachments_and_shows_one_by_property_name()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "sv-list-a", "sv-list-b");
        shell.Run("Get-ScpVolume -Name sv-list-* | Add-ScpServerVolume -ServerName web02 -Wait").Errors.Should().BeEmpty();
        var ids = Text(shell.Run("(Get-ScpVolume -Name sv-list-*).Id"));
        var listed = shell.Run("Get-ScpServer -Name web02 | Get-ScpServerVolume | ForEach-Object VolumeId");
        listed.Errors.Should().BeEmpty();
        Text(listed).Should().Contain(ids);
        var shown = shell.Run($"[pscustomobject]@{{ ServerId = (Get-ScpServer -Name web02).Id; VolumeId = '{ids[0]}' }} | Get-ScpServerVolume");
        shown.Errors.Should().BeEmpty();
        shown.Output.Single().Properties["VolumeId"].Value.Should().Be(ids[0]);
    }

    [Fact]
    public void Set_through_the_pipeline_changes_delete_on_termination_and_WhatIf_does_not()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "sv-set-a", "sv-set-b");
        shell.Run("Get-ScpVolume -Name sv-set-* | Add-ScpServerVolume -ServerName web01 -Wait").Errors.Should().BeEmpty();
        const string mine = "Get-ScpServer -Name web01 | Get-ScpServerVolume | Where-Object { $_.VolumeId -in (Get-ScpVolume -Name sv-set-*).Id }";
        var before = Mutations();
        shell.Run(mine + " | Set-ScpServerVolume -DeleteOnTermination $true -WhatIf").Errors.Should().BeEmpty();
        Mutations().Should().Be(before);

        var r = shell.Run(mine + " | Set-ScpServerVolume -DeleteOnTermination $true -PassThru");
        r.Errors.Should().BeEmpty();
        r.Output.Should().HaveCount(2).And.OnlyContain(o => (bool)o.Properties["DeleteOnTermination"].Value);
        Text(shell.Run(mine + " | ForEach-Object DeleteOnTermination")).Should().Equal("True", "True");

        var byId = shell.Run(mine + " | ForEach-Object { [pscustomobject]@{ ServerId = $_.ServerId; VolumeId = $_.VolumeId } } | Set-ScpServerVolume -DeleteOnTermination $false");
        byId.Errors.Should().BeEmpty();
        byId.Output.Should().BeEmpty("without -PassThru Set- writes nothing");
        Text(shell.Run(mine + " | ForEach-Object DeleteOnTermination")).Should().Equal("False", "False");
    }

    [Fact]
    public void Remove_confirms_by_default_honours_WhatIf_Force_and_Wait()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "sv-rm-a", "sv-rm-b");
        shell.Run("Get-ScpVolume -Name sv-rm-* | Add-ScpServerVolume -ServerName db01 -Wait").Errors.Should().BeEmpty();
        const string mine = "Get-ScpServer -Name db01 | Get-ScpServerVolume | Where-Object { $_.VolumeId -in (Get-ScpVolume -Name sv-rm-*).Id }";
        var before = Mutations();
        var whatIf = shell.Run(mine + " | Remove-ScpServerVolume -WhatIf");
        whatIf.Errors.Should().BeEmpty();
        Mutations().Should().Be(before);

        var r = shell.Run($"{mine} | Where-Object {{ $_.VolumeId -eq (Get-ScpVolume -Name sv-rm-a).Id }} | Remove-ScpServerVolume -Confirm:$false -Wait");
        r.Errors.Should().BeEmpty();
        r.Progress.Should().NotBeEmpty();
        State(shell, "sv-rm-a").Should().Be("available", "-Wait returns once the volume has settled");

        var forced = shell.Run("$b = Get-ScpVolume -Name sv-rm-b; Remove-ScpServerVolume -ServerId (Get-ScpServer -Name db01).Id -VolumeId $b.Id -Force -Wait -Verbose");
        forced.Errors.Should().BeEmpty();
        forced.Verbose.Should().Contain(v => v.Contains("sv-rm-b") && v.Contains("db01") && v.Contains("-Force"), "the target shows volume and server names");
        State(shell, "sv-rm-b").Should().Be("available");
        shell.Run(mine).Output.Should().BeEmpty();
    }

    [Fact]
    public void AsJob_attaches_and_detaches_every_piped_volume_as_a_child()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "sv-job-a", "sv-job-b", "sv-job-c");
        var add = shell.Run("$job = Get-ScpVolume -Name sv-job-* | Add-ScpServerVolume -ServerName web01 -Wait -AsJob -ThrottleLimit 2; $job.ChildJobs.Count; $null = $job | Wait-Job -Timeout 60; $job.State.ToString(); @($job | Receive-Job | Where-Object { $_.Device -like '/dev/*' }).Count");
        add.Errors.Should().BeEmpty();
        Text(add).Should().Equal("3", "Completed", "3");
        shell.Run("(Get-ScpVolume -Name sv-job-*).State").Output.Select(o => o.ToString()).Should().Equal("in-use", "in-use", "in-use");

        var rm = shell.Run("$job = Get-ScpServer -Name web01 | Get-ScpServerVolume | Where-Object { $_.VolumeId -in (Get-ScpVolume -Name sv-job-*).Id } | Remove-ScpServerVolume -Force -Wait -AsJob; $job.ChildJobs.Count; $null = $job | Wait-Job -Timeout 60; $job.State.ToString()");
        rm.Errors.Should().BeEmpty();
        Text(rm).Should().Equal("3", "Completed");
        shell.Run("(Get-ScpVolume -Name sv-job-*).State").Output.Select(o => o.ToString()).Should().Equal("available", "available", "available");
    }
}

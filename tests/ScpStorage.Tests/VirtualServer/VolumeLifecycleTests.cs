using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.VirtualServer;

/// <summary>New-, Get- and Remove-ScpVolume as an administrator uses them.</summary>
public sealed class VolumeLifecycleTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public VolumeLifecycleTests(EmulatorFixture emu) { _emu = emu; }

    private int Mutations() => _emu.Host.Requests.Count(r => r.Method != "GET");

    [Fact]
    public void New_with_Wait_returns_the_available_volume_typed_and_stamped_with_its_origin()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("New-ScpVolume -Name life-new -SizeGB 16 -VolumeType HDD -Wait");
        r.Errors.Should().BeEmpty();
        var v = r.Output.Single();
        v.TypeNames[0].Should().Be("ScpStorage.Core.VirtualServer.ScpVolume");
        v.Properties["State"].Value.Should().Be("available");
        v.Properties["Size"].Value.Should().Be(16);
        v.Properties["VolumeType"].Value.Should().Be("HDD");
        v.Properties["Region"].Value.Should().Be("kr-west1");
        v.Properties["Environment"].Value.Should().Be("e");
        v.Properties["Service"].Value.Should().Be("virtualserver");
        v.Properties["CreatedAt"].Value.Should().BeOfType<System.DateTimeOffset>();
        r.Progress.Should().NotBeEmpty("-Wait reports progress while the volume is creating");
    }

    [Fact]
    public void Get_by_name_with_wildcards_and_by_id_through_the_pipeline()
    {
        using var shell = _emu.Shell();
        shell.Run("'wild-a','wild-b','other-c' | ForEach-Object { New-ScpVolume -Name $_ -SizeGB 8 }").Errors.Should().BeEmpty();
        shell.Run("Get-ScpVolume -Name wild-* | ForEach-Object Name").Output.Select(o => o.ToString()).Should().BeEquivalentTo("wild-a", "wild-b");
        var byId = shell.Run("Get-ScpVolume -Name other-c | ForEach-Object { [pscustomobject]@{ Id = $_.Id } } | Get-ScpVolume | ForEach-Object Name");
        byId.Errors.Should().BeEmpty();
        byId.Output.Single().ToString().Should().Be("other-c");
    }

    [Fact]
    public void A_missing_volume_by_name_or_id_is_ObjectNotFound_and_the_pipeline_goes_on()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("Get-ScpVolume -Name no-such-volume; Get-ScpVolume -Id 00000000-0000-0000-0000-000000000000; 'still running'");
        r.Errors.Should().HaveCount(2).And.OnlyContain(e => e.CategoryInfo.Category == ErrorCategory.ObjectNotFound);
        r.Errors[0].FullyQualifiedErrorId.Should().StartWith("ScpResourceNotFound");
        r.Output.Select(o => o.ToString()).Should().Equal("still running");
        shell.Run("Get-ScpVolume -Name no-such-*").Errors.Should().BeEmpty("a wildcard that matches nothing is not an error");
    }

    [Fact]
    public void Bad_input_is_rejected_before_any_request()
    {
        using var shell = _emu.Shell();
        var before = _emu.Host.Requests.Count;
        var r = shell.Run("New-ScpVolume -Name 'bad/name' -SizeGB 8; New-ScpVolume -Name ok -SizeGB 4");
        r.Errors.Should().HaveCount(2);
        r.Errors[0].Exception.Message.Should().Contain("letters, digits");
        r.Errors[1].Exception.Message.Should().Contain("8");
        _emu.Host.Requests.Count.Should().Be(before);
    }

    [Fact]
    public void WhatIf_on_remove_sends_nothing_and_Confirm_false_removes_every_match()
    {
        using var shell = _emu.Shell();
        shell.Run("1..3 | ForEach-Object { New-ScpVolume -Name \"tmp-rm-$_\" -SizeGB 8 -Wait }").Errors.Should().BeEmpty();
        var before = Mutations();
        var whatIf = shell.Run("Get-ScpVolume -Name tmp-rm-* | Remove-ScpVolume -WhatIf");
        whatIf.Errors.Should().BeEmpty();
        Mutations().Should().Be(before, "-WhatIf sends no mutating request");

        var r = shell.Run("Get-ScpVolume -Name tmp-rm-* | Remove-ScpVolume -Confirm:$false -Wait");
        r.Errors.Should().BeEmpty();
        Mutations().Should().Be(before + 3);
        shell.Run("@(Get-ScpVolume -Name tmp-rm-*).Count").Output.Single().BaseObject.Should().Be(0);
    }

    [Fact]
    public void A_piped_volume_is_removed_as_itself_without_being_read_again()
    {
        using var shell = _emu.Shell();
        shell.Run("$v = New-ScpVolume -Name piped-rm -SizeGB 8 -Wait").Errors.Should().BeEmpty();
        _emu.Host.ClearRequests();
        shell.Run("$v | Remove-ScpVolume -Force").Errors.Should().BeEmpty();
        _emu.Host.Requests.Select(r => r.Method).Should().Equal("DELETE");
    }

    [Fact]
    public void Remove_by_name_and_Force_without_prompting()
    {
        using var shell = _emu.Shell();
        shell.Run("New-ScpVolume -Name force-rm -SizeGB 8 -Wait").Errors.Should().BeEmpty();
        var r = shell.Run("Remove-ScpVolume -Name force-rm -Force -Wait -Verbose");
        r.Errors.Should().BeEmpty();
        r.Verbose.Should().Contain(v => v.Contains("force-rm") && v.Contains("-Force"));
        shell.Run("Get-ScpVolume -Name force-rm").Errors.Single().CategoryInfo.Category.Should().Be(ErrorCategory.ObjectNotFound);
    }

    [Fact]
    public void AsJob_runs_every_piped_volume_as_a_child_with_results_and_errors_per_input()
    {
        using var shell = _emu.Shell();
        shell.Run("'job-a','job-b','job-c' | ForEach-Object { New-ScpVolume -Name $_ -SizeGB 8 -Wait }").Errors.Should().BeEmpty();
        var r = shell.Run("$job = Get-ScpVolume -Name job-* | Remove-ScpVolume -Confirm:$false -Wait -AsJob -ThrottleLimit 2; $job.ChildJobs.Count; $null = $job | Wait-Job -Timeout 60; $job.State.ToString(); ($job.ChildJobs | ForEach-Object { $_.State.ToString() }) -join ','");
        r.Errors.Should().BeEmpty();
        r.Output.Select(o => o.ToString()).Should().Equal("3", "Completed", "Completed,Completed,Completed");
        shell.Run("@(Get-ScpVolume -Name job-*).Count").Output.Single().BaseObject.Should().Be(0);

        var failing = shell.Run("$job = Remove-ScpVolume -Id missing-1 -Force -AsJob; @($job).Count");
        failing.Output.Single().BaseObject.Should().Be(0, "nothing was left to run, so no job was started");
        failing.Errors.Should().ContainSingle("the id is resolved before the job starts, so the missing volume is reported here")
            .Which.CategoryInfo.Category.Should().Be(ErrorCategory.ObjectNotFound);
    }
}

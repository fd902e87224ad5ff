using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.ArchiveStorage;

/// <summary>Buckets, policies and jobs as an administrator uses them.</summary>
public sealed class ArchiveBucketPolicyJobTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;
    public ArchiveBucketPolicyJobTests(EmulatorFixture emu) { _emu = emu; }

    private int Mutations() => _emu.Host.Requests.Count(r => r.Service == "archivestorage" && r.Method != "GET");

    [Fact]
    public void WhatIf_creates_and_removes_nothing_while_the_real_calls_do()
    {
        using var shell = _emu.Shell();
        var before = Mutations();
        shell.Run("New-ScpArchiveBucket -Name eng-whatif -WhatIf").Errors.Should().BeEmpty();
        Mutations().Should().Be(before);
        shell.Run("$null = New-ScpArchiveBucket -Name eng-whatif").Errors.Should().BeEmpty();
        Mutations().Should().Be(before + 1);
        shell.Run("Get-ScpArchiveBucket -Name eng-whatif | Remove-ScpArchiveBucket -WhatIf").Errors.Should().BeEmpty();
        Mutations().Should().Be(before + 1);
        shell.Run("Get-ScpArchiveBucket -Name eng-whatif | Remove-ScpArchiveBucket -Force -Wait").Errors.Should().BeEmpty();
        Mutations().Should().Be(before + 2);
        shell.Run("Get-ScpArchiveBucket -Name eng-whatif").Errors.Should().ContainSingle().Which.CategoryInfo.Category
            .Should().Be(System.Management.Automation.ErrorCategory.ObjectNotFound);
    }

    [Fact]
    public void A_policy_from_the_list_pipes_into_Disable_and_the_bucket_shows_its_source()
    {
        using var shell = _emu.Shell();
        var id = ArchiveSetup.ArchivedBucket(_emu, shell, "eng-policy", "p.txt");
        var r = shell.Run("Get-ScpArchiveBucket -Name eng-policy | Get-ScpArchivingPolicy | Disable-ScpArchivingPolicy");
        r.Errors.Should().BeEmpty();
        var policy = r.Output.Single();
        policy.Properties["State"].Value.Should().Be("INACTIVE");
        policy.Properties["BucketId"].Value.Should().Be(id);
        policy.Properties["SourceBucketName"].Value.Should().Be("obs-eng-policy");
        shell.Run("(Get-ScpArchiveBucket -Name eng-policy).SourceBucketName").Output.Single().ToString().Should().Be("obs-eng-policy");
    }

    [Fact]
    public void Disable_and_Enable_set_the_state_they_name_and_say_which_before_acting()
    {
        using var shell = _emu.Shell();
        ArchiveSetup.ArchivedBucket(_emu, shell, "eng-state", "s.txt");
        var off = shell.Run("Get-ScpArchiveBucket -Name eng-state | Get-ScpArchivingPolicy | Disable-ScpArchivingPolicy -Verbose");
        off.Errors.Should().BeEmpty();
        off.Output.Single().Properties["State"].Value.Should().Be("INACTIVE");
        off.Verbose.Should().Contain(v => v.Contains("\"Set state INACTIVE\""));

        var on = shell.Run("Get-ScpArchiveBucket -Name eng-state | Get-ScpArchivingPolicy | Enable-ScpArchivingPolicy -Verbose");
        on.Errors.Should().BeEmpty();
        on.Output.Single().Properties["State"].Value.Should().Be("ACTIVE");
        on.Verbose.Should().Contain(v => v.Contains("\"Set state ACTIVE\""));
        shell.Run("Get-ScpArchiveBucket -Name eng-state | Get-ScpArchivingPolicy").Output.Single().Properties["State"].Value.Should().Be("ACTIVE");
    }

    [Fact]
    public void Each_job_kind_names_itself_when_a_job_is_missing_or_stopped()
    {
        using var shell = _emu.Shell();
        var id = ArchiveSetup.ArchivedBucket(_emu, shell, "eng-kinds", "k.txt");
        foreach (var (noun, get, stop) in new[] { ("archiving job", "Get-ScpArchivingJob", "Stop-ScpArchivingJob"), ("recovery job", "Get-ScpArchiveRecoveryJob", "Stop-ScpArchiveRecoveryJob") })
        {
            var missing = shell.Run($"{get} -BucketId {id} -Id EXE-00000000");
            missing.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(System.Management.Automation.ErrorCategory.ObjectNotFound);
            missing.Errors[0].Exception.Message.Should().Contain(noun);
            var before = Mutations();
            shell.Run($"{stop} -BucketId {id} -Id EXE-00000000 -WhatIf -Verbose").Errors.Should().BeEmpty();
            Mutations().Should().Be(before);
            shell.Run($"{stop} -BucketId {id} -Id EXE-00000000 -Confirm:$false -Verbose").Verbose
                .Should().Contain(v => v.Contains($"\"{noun} EXE-00000000 of archive bucket {id}\""), stop);
        }
    }

    [Fact]
    public void Invalid_input_is_refused_before_any_request()
    {
        using var shell = _emu.Shell();
        var before = _emu.Host.Requests.Count;
        shell.Run("New-ScpArchivingPolicy -BucketId b -SourceBucketName s -ObjectLifecycle 0").Errors.Should().NotBeEmpty();
        shell.Run("New-ScpArchivingPolicy -BucketId b -SourceBucketName s -ObjectLifecycle 1 -ObjectPath /docs").Errors.Should().NotBeEmpty();
        shell.Run("Get-ScpArchivingJob -BucketId b -After (Get-Date) -Before (Get-Date).AddDays(-1)").Errors.Should().ContainSingle()
            .Which.Exception.Message.Should().Contain("-After");
        shell.Run("Get-ScpArchiveObject -BucketId b -Type DIR").Errors.Should().NotBeEmpty();
        _emu.Host.Requests.Count.Should().Be(before);
    }

    [Fact]
    public void Job_lists_send_a_default_window_of_seven_days_and_a_held_run_is_stopped_with_Wait()
    {
        using var shell = _emu.Shell();
        var id = ArchiveSetup.ArchivedBucket(_emu, shell, "eng-jobs", "j.txt");
        _emu.Host.ClearRequests();
        shell.Run($"Get-ScpArchivingJob -BucketId {id}").Output.Should().ContainSingle();
        var q = System.Web.HttpUtility.ParseQueryString(_emu.Host.Requests.Single(r => r.Path.EndsWith("/archiving-histories")).Query);
        var from = System.DateTimeOffset.Parse(q["start_at_from"]!);
        var to = System.DateTimeOffset.Parse(q["start_at_to"]!);
        (to - from).Should().Be(System.TimeSpan.FromDays(7));

        ArchiveSetup.Admin(_emu, "PUT", "/run-delay", new { ms = 600000 });
        try
        {
            ArchiveSetup.Admin(_emu, "POST", "/run-archiving?bucket_id=" + id);
            var r = shell.Run($"Get-ScpArchivingJob -BucketId {id} | Where-Object {{ -not $_.EndAt }} | Stop-ScpArchivingJob -Wait");
            r.Errors.Should().BeEmpty();
            r.Output.Single().Properties["State"].Value.Should().Be("CANCELED");
            shell.Run($"Get-ScpArchivingJob -BucketId {id} | Where-Object {{ -not $_.EndAt }}").Output.Should().BeEmpty();
        }
        finally { ArchiveSetup.Admin(_emu, "DELETE", "/run-delay"); }
    }
}

using System;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Backup;

/// <summary>The everyday Backup pipelines as an administrator types them, against the emulator.</summary>
public sealed class BackupJourneyTests : IClassFixture<SlowTransitionsFixture>
{
    private const string Db01 = "e4f6a8b0-c2d4-4e6f-8a0b-2c4d6e8f0a1b";
    private const string Nightly = "@{Frequency='DAILY'; Type='FULL'; StartTime='02:00:00'}";
    private readonly EmulatorFixture _emu;
    public BackupJourneyTests(SlowTransitionsFixture emu) { _emu = emu; }

    private int Changes() => _emu.Host.Requests.Count(r => r.Method != "GET" && r.Path.StartsWith("/backup/"));
    private int Posts(string pathPart) => _emu.Host.Requests.Count(r => r.Method == "POST" && r.Path.Contains(pathPart));

    private void Outcome(string json)
    {
        using var http = new HttpClient();
        http.PutAsync(_emu.Host.BaseUrl + "/_emulator/backup/options", new StringContent(json, Encoding.UTF8, "application/json")).Result.EnsureSuccessStatusCode();
    }

    private static string Str(PSObject o, string p) => o.Properties[p].Value?.ToString() ?? "";

    [Fact]
    public void A_server_is_protected_backed_up_and_restored_in_three_pipelines()
    {
        using var shell = _emu.Shell();
        var created = shell.Run($"Get-ScpServer -Name db01 | New-ScpBackup -Name journey-db01 -Schedule {Nightly} -RetentionPeriod MONTH_1 -Wait");
        created.Errors.Should().BeEmpty();
        var backup = created.Output.Single();
        backup.TypeNames[0].Should().Be("ScpStorage.Core.Backup.ScpBackup");
        Str(backup, "ServerUuid").Should().Be(Db01);
        Str(backup, "State").Should().Be("AVAILABLE");
        Str(backup, "PolicyCategory").Should().Be("AGENTLESS");
        Str(backup, "RetentionPeriod").Should().Be("MONTH_1");

        var job = shell.Run("Get-ScpBackup -Name journey-db01 | Start-ScpBackupJob -Wait");
        job.Errors.Should().BeEmpty();
        Str(job.Output.Single(), "State").Should().Be("SUCCESS");
        Str(job.Output.Single(), "BackupId").Should().Be(Str(backup, "Id"));
        job.Progress.Should().NotBeEmpty("-Wait shows progress while it follows the job");

        var restore = shell.Run("Get-ScpBackup -Name journey-db01 | Get-ScpBackupRecoveryPoint | Select-Object -First 1 | "
            + "Restore-ScpBackup -ServerName journey-restored -ServerTypeId s1v4m8 -Force -Wait");
        restore.Errors.Should().BeEmpty();
        var r = restore.Output.Single();
        r.TypeNames[0].Should().Be("ScpStorage.Core.Backup.ScpBackupRestoreJob");
        Str(r, "State").Should().Be("COMPLETED");
        Str(r, "RestoreServerName").Should().Be("journey-restored");
        shell.Run("Get-ScpBackup -Name journey-db01 | Get-ScpBackupRestoreJob | ForEach-Object RestoreServerName").Output.Select(o => o.ToString())
            .Should().Equal("journey-restored");
    }

    [Fact]
    public void A_piped_agent_id_is_read_as_an_id_and_a_piped_name_as_a_name()
    {
        using var shell = _emu.Shell();
        var created = shell.Run("Get-ScpBackupAgentTarget VIRTUAL_SERVER -ServerName web02 | New-ScpBackupAgent -Wait");
        created.Errors.Should().BeEmpty();
        var id = Str(created.Output.Single(), "Id");
        id.Should().StartWith("BACKUP_AGENT-", "SCP's agent ids are not UUIDs");

        var byId = shell.Run($"'{id}' | Get-ScpBackupAgent");
        byId.Errors.Should().BeEmpty();
        Str(byId.Output.Single(), "Id").Should().Be(id);
        _emu.Host.Requests.Should().Contain(r => r.Method == "GET" && r.Path.EndsWith("/backup-agents/" + id), "an agent id is read with Show, not matched as a name");

        var name = Str(created.Output.Single(), "Name");
        shell.Run($"'{name}' | Get-ScpBackupAgent").Output.Select(o => Str(o, "Id")).Should().Equal(id);
    }

    [Fact]
    public void A_partial_success_is_a_warning_and_a_failure_an_error_record()
    {
        using var shell = _emu.Shell();
        shell.Run($"$null = New-ScpBackup -ServerId {Db01} -Name outcome-b -Schedule {Nightly}").Errors.Should().BeEmpty();
        try
        {
            Outcome("{\"job_outcome\":\"PARTIAL_SUCCESS\"}");
            var partial = shell.Run("Start-ScpBackupJob -Name outcome-b -Wait");
            partial.Errors.Should().BeEmpty();
            Str(partial.Output.Single(), "State").Should().Be("PARTIAL_SUCCESS");
            partial.Warnings.Should().ContainSingle(w => w.Contains("PARTIAL_SUCCESS"));

            Outcome("{\"job_outcome\":\"FAILED\"}");
            var failed = shell.Run("Start-ScpBackupJob -Name outcome-b -Wait");
            failed.Output.Should().BeEmpty();
            failed.Errors.Should().ContainSingle();
            failed.Errors[0].FullyQualifiedErrorId.Should().StartWith("ScpResourceFailed");
            failed.Errors[0].Exception.Message.Should().Contain("FAILED");
        }
        finally { Outcome("{\"job_outcome\":\"SUCCESS\"}"); }
        // Without -Wait the job comes back as soon as it is listed, whatever its end.
        var started = shell.Run("Start-ScpBackupJob -Name outcome-b");
        started.Errors.Should().BeEmpty();
        started.Output.Single().TypeNames[0].Should().Be("ScpStorage.Core.Backup.ScpBackupJob");
    }

    [Theory]
    [InlineData("@{Frequency='HOURLY'; Type='FULL'; StartTime='02:00:00'}", "Frequency 'HOURLY'")]
    [InlineData("@{Frequency='DAILY'; Type='FULL'; StartTime='2am'}", "StartTime '2am'")]
    [InlineData("@{Frequency='DAILY'; Type='FULL'; StartTime='02:00:00'; Hour=2}", "Unknown schedule key(s) Hour")]
    public void A_bad_schedule_is_refused_before_any_request_with_a_valid_example(string schedule, string named)
    {
        using var shell = _emu.Shell();
        var before = _emu.Host.Requests.Count(r => r.Path.StartsWith("/backup/"));
        var r = shell.Run($"Get-ScpServer -Name db01 | New-ScpBackup -Name bad-schedule -Schedule {schedule}");
        r.FirstError.Should().NotBeNull();
        string.Join(" ", r.AllText()).Should().Contain(named).And.Contain("Frequency='DAILY'; Type='FULL'; StartTime='02:00:00'");
        _emu.Host.Requests.Count(x => x.Path.StartsWith("/backup/")).Should().Be(before, "nothing reaches Backup before the schedule is valid");
    }

    [Fact]
    public void WhatIf_sends_no_change_and_the_same_commands_without_it_do()
    {
        using var shell = _emu.Shell();
        shell.Run($"$null = New-ScpBackup -ServerId {Db01} -Name whatif-b -Schedule {Nightly} -Wait; $null = Start-ScpBackupJob -Name whatif-b -Wait").Errors.Should().BeEmpty();
        const string commands = "Get-ScpServer -Name web02 | New-ScpBackup -Name whatif-new -Schedule " + Nightly + " {0}; "
            + "Get-ScpBackup -Name whatif-b | Start-ScpBackupJob {0}; "
            + "Get-ScpBackup -Name whatif-b | Set-ScpBackup -RetentionPeriod YEAR_1 {0}; "
            + "Get-ScpBackup -Name whatif-b | Get-ScpBackupRecoveryPoint -Latest | Restore-ScpBackup -ServerName whatif-restored -ServerTypeId s1v1m2 -Force {0}; "
            + "Get-ScpBackup -Name whatif-b | Remove-ScpBackup -Force {0}";
        var before = Changes();
        var dry = shell.Run(commands.Replace("{0}", "-WhatIf"));
        dry.Errors.Should().BeEmpty();
        Changes().Should().Be(before, "-WhatIf sends no POST, PUT or DELETE");

        var real = shell.Run(commands.Replace("{0}", ""));
        real.Errors.Should().BeEmpty();
        Changes().Should().Be(before + 5, "the same five commands without -WhatIf each send their change");
    }

    [Fact]
    public void Each_piped_item_fails_on_its_own()
    {
        using var shell = _emu.Shell();
        shell.Run($"$null = New-ScpBackup -ServerId {Db01} -Name per-item -Schedule {Nightly}").Errors.Should().BeEmpty();
        var r = shell.Run("'missing-one', 'per-item', 'missing-two' | Start-ScpBackupJob");
        r.Output.Should().ContainSingle();
        r.Errors.Should().HaveCount(2).And.OnlyContain(e => e.CategoryInfo.Category == ErrorCategory.ObjectNotFound);
    }

    [Fact]
    public void AsJob_runs_each_backup_as_a_child_and_returns_the_finished_jobs()
    {
        using var shell = _emu.Shell();
        shell.Run($"$null = New-ScpBackup -ServerId {Db01} -Name asjob-a -Schedule {Nightly}; $null = New-ScpBackup -ServerId {Db01} -Name asjob-b -Schedule {Nightly}")
            .Errors.Should().BeEmpty();
        var r = shell.Run("$j = Get-ScpBackup -Name asjob-* | Start-ScpBackupJob -Wait -AsJob; $j | Wait-Job | Out-Null; $j.ChildJobs.Count; $j | Receive-Job");
        r.Errors.Should().BeEmpty();
        ((int)r.Output[0].BaseObject).Should().Be(2);
        r.Output.Skip(1).Select(o => Str(o, "State")).Should().Equal("SUCCESS", "SUCCESS");
    }

    [Fact]
    public void A_taken_name_fails_as_ResourceExists_before_the_backup_is_created()
    {
        using var shell = _emu.Shell();
        shell.Run($"$null = New-ScpBackup -ServerId {Db01} -Name taken-name -Schedule {Nightly}").Errors.Should().BeEmpty();
        var creates = Posts("/backup/v1/backups");
        var r = shell.Run($"New-ScpBackup -ServerId {Db01} -Name taken-name -Schedule {Nightly}");
        r.Errors.Single().CategoryInfo.Category.Should().Be(ErrorCategory.ResourceExists);
        Posts("/backup/v1/backups").Should().Be(creates);
        shell.Run("Test-ScpBackupName taken-name; Test-ScpBackupName free-name").Output.Select(o => o.BaseObject).Should().Equal(true, false);
    }

    [Fact]
    public void Schedules_are_replaced_from_hashtables_and_read_back()
    {
        using var shell = _emu.Shell();
        shell.Run($"$null = New-ScpBackup -ServerId {Db01} -Name sched-b -Schedule {Nightly}").Errors.Should().BeEmpty();
        var r = shell.Run("Get-ScpBackup -Name sched-b | Set-ScpBackupSchedule -Schedule @{Frequency='weekly'; Type='incremental'; StartTime='23:30:00'; StartDay='sun'}, " + Nightly + " -PassThru");
        r.Errors.Should().BeEmpty();
        r.Output.Select(s => $"{Str(s, "Type")} {Str(s, "Frequency")} {Str(s, "StartTime")} {Str(s, "StartDay")}".Trim())
            .Should().BeEquivalentTo("INCREMENTAL WEEKLY 23:30:00 SUN", "FULL DAILY 02:00:00");
        shell.Run("Get-ScpBackup -Name sched-b | Get-ScpBackupSchedule").Output.Should().HaveCount(2);
    }
}

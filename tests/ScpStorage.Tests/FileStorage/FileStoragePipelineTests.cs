using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.FileStorage;

/// <summary>
/// File Storage in a real PowerShell session against the emulator: the pipelines of the map,
/// -WhatIf sending nothing (counted on the request log, and seen to move without it), errors per
/// pipeline item, -AsJob and -Wait.
/// </summary>
public sealed class FileStoragePipelineTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public FileStoragePipelineTests(EmulatorFixture emu) { _emu = emu; }

    private int Mutations(string service = "filestorage") =>
        _emu.Host.Requests.Count(r => r.Service == service && r.Method != "GET");

    private static void Ok(ShellResult r) => r.Errors.Should().BeEmpty(string.Join("; ", r.Errors.Select(e => e.ToString())));

    [Fact]
    public void Snapshots_listed_from_a_volume_pipe_into_Remove_because_they_carry_their_volume()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("$v = New-ScpFileVolume -Name pt_snaps -Protocol NFS -TypeName HDD -Wait; $null = $v | New-ScpFileSnapshot; $null = $v | New-ScpFileSnapshot"));
        var listed = shell.Run("Get-ScpFileVolume pt_snaps | Get-ScpFileSnapshot");
        Ok(listed);
        listed.Output.Should().HaveCount(2);
        var volumeId = shell.Run("$v.Id").Output.Single().ToString();
        listed.Output.Should().OnlyContain(s => (string)s.Properties["VolumeId"].Value == volumeId);

        Ok(shell.Run("Get-ScpFileVolume pt_snaps | Get-ScpFileSnapshot | Remove-ScpFileSnapshot -Force -Wait"));
        shell.Run("Get-ScpFileVolume pt_snaps | Get-ScpFileSnapshot").Output.Should().BeEmpty();
    }

    [Fact]
    public void WhatIf_sends_nothing_and_the_same_commands_without_it_do()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("$v = New-ScpFileVolume -Name pt_whatif -Protocol NFS -TypeName SSD -Wait"));
        const string commands = "New-ScpFileVolume -Name pt_whatif2 -Protocol NFS -TypeName SSD {0}; $v | Set-ScpFileVolume -FileUnitRecoveryEnabled $true {0}; " +
            "$v | New-ScpFileSnapshot {0}; $v | New-ScpFileSnapshotSchedule -Frequency Daily -Hour 3 {0}; $v | Add-ScpFileAccessRule -ObjectType VM -ObjectId vm-1 {0}";
        var before = Mutations();
        Ok(shell.Run(string.Format(commands, "-WhatIf")));
        Mutations().Should().Be(before, "-WhatIf sends no mutating request");
        Ok(shell.Run(string.Format(commands, "")));
        Mutations().Should().Be(before + 5, "the same commands without -WhatIf send one request each");

        var removals = Mutations();
        Ok(shell.Run("$v | Get-ScpFileAccessRule | Remove-ScpFileAccessRule -WhatIf; $v | Get-ScpFileSnapshotSchedule | Remove-ScpFileSnapshotSchedule -WhatIf; $v | Remove-ScpFileVolume -WhatIf"));
        Mutations().Should().Be(removals);
    }

    [Theory]
    [InlineData("New-ScpFileSnapshot")]
    [InlineData("New-ScpFileSnapshotSchedule -Frequency Daily -Hour 3")]
    [InlineData("New-ScpFileReplication -Name pt_nowhere -TargetRegion kr-east1 -Frequency hourly")]
    [InlineData("New-ScpPfsSnapshot")]
    public void A_volume_child_command_without_a_volume_asks_for_one_and_sends_nothing(string command)
    {
        using var shell = _emu.Shell();
        var before = Mutations() + Mutations("parallel-filestorage");
        var r = shell.Run(command);
        r.Errors.Should().ContainSingle().Which.FullyQualifiedErrorId.Should().StartWith("MissingMandatoryParameter",
            "a command that names no volume is a binding error (an interactive session prompts for -Volume), not a silent no-op");
        (Mutations() + Mutations("parallel-filestorage")).Should().Be(before);
    }

    [Fact]
    public void One_missing_volume_is_an_error_for_that_input_and_the_others_go_on()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("$null = New-ScpFileVolume -Name pt_err_a -Protocol NFS -TypeName HDD -Wait"));
        var r = shell.Run("'pt_err_missing', 'pt_err_a' | Remove-ScpFileVolume -Force -Wait; 'goes on'");
        r.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.ObjectNotFound);
        r.Errors[0].Exception.Message.Should().Contain("pt_err_missing");
        r.Output.Last().ToString().Should().Be("goes on");
        shell.Run("Get-ScpFileVolume -Name pt_err_*").Output.Should().BeEmpty("the existing volume was deleted");
    }

    [Fact]
    public void Bad_input_is_refused_before_any_request()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("$v = New-ScpFileVolume -Name pt_valid -Protocol NFS -TypeName HDD -Wait"));
        var before = Mutations();
        shell.Run("New-ScpFileVolume -Name Bad-Name -Protocol NFS -TypeName HDD").FirstError!.Exception.Message.Should().Contain("lowercase letter first");
        shell.Run("$v | New-ScpFileSnapshotSchedule -Frequency Weekly -Hour 3").FirstError!.Exception.Message.Should().Contain("-DayOfWeek");
        shell.Run("$v | New-ScpFileSnapshotSchedule -Frequency Daily -DayOfWeek MON -Hour 3").FirstError!.Exception.Message.Should().Contain("only for Weekly");
        shell.Run("$v | New-ScpFileSnapshotSchedule -Frequency Daily -Hour 24").FirstError.Should().NotBeNull();
        shell.Run("$v | New-ScpFileReplication -Name pt_dr -TargetRegion kr-nowhere -Frequency hourly").FirstError!.Exception.Message.Should().Contain("kr-nowhere");
        shell.Run("$v | New-ScpFileVolume -Name pt_cifs -Protocol NFS -TypeName HDD -CifsPassword (ConvertTo-SecureString x -AsPlainText -Force)").FirstError.Should().NotBeNull();
        Mutations().Should().Be(before, "nothing invalid reaches SCP");
    }

    [Fact]
    public void AsJob_runs_each_volume_as_a_child_and_Wait_returns_settled_objects()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("1..3 | ForEach-Object { $null = New-ScpFileVolume -Name \"pt_job_$_\" -Protocol NFS -TypeName HDD -Wait }"));
        var r = shell.Run("$j = Get-ScpFileVolume -Name pt_job_* | New-ScpFileSnapshot -Wait -AsJob; $j.ChildJobs.Count; $j | Wait-Job | Receive-Job");
        Ok(r);
        r.Output[0].BaseObject.Should().Be(3);
        r.Output.Skip(1).Should().HaveCount(3).And.OnlyContain(s => (string)s.Properties["State"].Value == "available");

        var created = shell.Run("New-ScpFileVolume -Name pt_wait -Protocol CIFS -TypeName SSD -Wait");
        Ok(created);
        created.Output.Single().Properties["State"].Value.Should().Be("available");
        created.Progress.Should().NotBeEmpty("-Wait shows progress while the volume is creating");
    }
}

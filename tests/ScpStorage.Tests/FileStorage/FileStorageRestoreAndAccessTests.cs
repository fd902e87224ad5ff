using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.FileStorage;

/// <summary>Restore-ScpSnapshot with File Storage snapshots, Virtual Server servers as access rules, replications, and the CIFS password kept secret.</summary>
public sealed class FileStorageRestoreAndAccessTests : IClassFixture<EmulatorFixture>
{
    private const string Web01 = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f";
    private readonly EmulatorFixture _emu;

    public FileStorageRestoreAndAccessTests(EmulatorFixture emu) { _emu = emu; }

    private static void Ok(ShellResult r) => r.Errors.Should().BeEmpty(string.Join("; ", r.Errors.Select(e => e.ToString())));

    private int Restores() => _emu.Host.Requests.Count(r => r.Service == "filestorage" && r.Method == "PUT" && r.Path.EndsWith("/restore"));

    [Fact]
    public void A_piped_file_snapshot_restores_its_volume_and_WhatIf_sends_nothing()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("$v = New-ScpFileVolume -Name ra_restore -Protocol NFS -TypeName HDD -Wait; $s = $v | New-ScpFileSnapshot -Wait"));
        var before = Restores();
        var whatIf = shell.Run("$s | Restore-ScpSnapshot -WhatIf");
        Ok(whatIf);
        Restores().Should().Be(before);

        var r = shell.Run("$s | Restore-ScpSnapshot -Force -Wait -Verbose");
        Ok(r);
        Restores().Should().Be(before + 1);
        var volume = r.Output.Single();
        volume.TypeNames[0].Should().Be("ScpStorage.Core.FileStorage.ScpFileVolume");
        volume.Properties["State"].Value.Should().Be("available");
        r.Verbose.Should().Contain(v => v.StartsWith("Restore on \"file volume ra_restore ("));
    }

    [Fact]
    public void Piped_Virtual_Server_servers_become_VM_access_rules()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("$v = New-ScpFileVolume -Name ra_access -Protocol NFS -TypeName HDD -Wait"));
        var added = shell.Run("Get-ScpServer -Name web01 | Add-ScpFileAccessRule -Volume $v -Wait");
        Ok(added);
        added.Output.Single().Properties["ObjectType"].Value.Should().Be("VM");
        added.Output.Single().Properties["ObjectId"].Value.Should().Be(Web01);
        added.Output.Single().Properties["State"].Value.Should().Be("active");

        var listed = shell.Run("Get-ScpFileAccessRule -VolumeId $v.Id -ObjectType VM");
        listed.Output.Should().ContainSingle();
        Ok(shell.Run("$v | Get-ScpFileAccessRule | Remove-ScpFileAccessRule -Force -Wait"));
        shell.Run("$v | Get-ScpFileAccessRule").Output.Should().BeEmpty();
    }

    [Fact]
    public void A_replication_is_created_paused_and_removed_through_the_pipeline()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("$v = New-ScpFileVolume -Name ra_repl -Protocol NFS -TypeName SSD -Wait"));
        var regions = shell.Run("$v | Get-ScpFileReplicationRegion");
        regions.Output.Select(o => o.ToString()).Should().Equal("kr-east1");
        var created = shell.Run("$r = $v | New-ScpFileReplication -Name ra_repl_dr -TargetRegion kr-east1 -Frequency hourly -Wait; $r");
        Ok(created);
        created.Output.Single().Properties["Status"].Value.Should().Be("active");
        created.Output.Single().Properties["Name"].Value.Should().Be("ra_repl_dr");

        var paused = shell.Run("$v | Get-ScpFileReplication | Set-ScpFileReplication -Policy Paused -Frequency daily -PassThru");
        Ok(paused);
        paused.Output.Single().Properties["Policy"].Value.Should().Be("paused");
        paused.Output.Single().Properties["Frequency"].Value.Should().Be("daily");
        _emu.Host.Requests.Count(q => q.Service == "filestorage" && q.Method == "PUT" && q.Path.Contains("/replications/")).Should().Be(2, "a policy and a schedule change are two requests");

        shell.Run("$v | Remove-ScpFileVolume -Force").FirstError.Should().NotBeNull("a volume with replications is refused");
        Ok(shell.Run("$v | Get-ScpFileReplication | Remove-ScpFileReplication -Force -Wait; $v | Remove-ScpFileVolume -Force -Wait"));
        shell.Run("Get-ScpFileVolume -Name ra_repl").FirstError.Should().NotBeNull("the source volume is gone");
        shell.Run("Get-ScpFileVolume -Name ra_repl_dr -Region kr-east1").Output.Should().ContainSingle("the replica stays in the target region");
    }

    [Fact]
    public void The_CIFS_password_appears_in_no_output_verbose_debug_or_error()
    {
        using var shell = _emu.Shell();
        const string secret = "Cifs-Very-Secret-42!";
        var r = shell.Run($"$pw = ConvertTo-SecureString '{secret}' -AsPlainText -Force; " +
            "New-ScpFileVolume -Name ra_cifs -Protocol CIFS -TypeName HDD -CifsPassword $pw -Wait -Verbose -Debug; " +
            "New-ScpFileVolume -Name ra_cifs -Protocol CIFS -TypeName HDD -CifsPassword $pw -Verbose -Debug");
        r.Errors.Should().ContainSingle("the second create is refused (the name is taken)");
        r.Debug.Should().Contain(d => d.Contains("cifs_password"), "the request body is in the Debug text, redacted");
        r.AllText().Should().NotContain(t => t.Contains(secret));
        r.Output.Select(o => o.ToString()).Should().NotContain(t => t!.Contains(secret));
    }
}

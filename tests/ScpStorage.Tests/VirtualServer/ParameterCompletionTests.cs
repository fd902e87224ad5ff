using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.VirtualServer;

/// <summary>Tab completion of -Sort, API versions, Invoke-ScpRestMethod paths, child cmdlets' -VolumeId, and answers dropped when the session changes.</summary>
public sealed class ParameterCompletionTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public ParameterCompletionTests(EmulatorFixture emu) { _emu = emu; }

    private static List<string> Complete(ModuleShell shell, string line)
    {
        shell.Set("line", line);
        var r = shell.Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText");
        r.Errors.Should().BeEmpty();
        return r.Output.Select(o => o.ToString()!).ToList();
    }

    [Fact]
    public void Sort_completes_keys_with_a_direction_and_continues_after_a_comma()
    {
        using var shell = new ModuleShell();
        Complete(shell, "Get-ScpVolume -Sort cre").Should().Equal("created_at:asc", "created_at:desc");
        // A list (unquoted commas) completes each element; one quoted string completes after its last comma.
        Complete(shell, "Get-ScpVolume -Sort created_at:desc,na").Should().Equal("name:asc", "name:desc");
        Complete(shell, "Get-ScpVolume -Sort 'name:asc,").Should().NotContain(c => c.EndsWith(",name:asc'")).And.Contain("'name:asc,size:desc'");
    }

    [Fact]
    public void Set_ScpApiVersion_Version_completes_the_versions_of_the_service_typed()
    {
        using var shell = new ModuleShell();
        Complete(shell, "Set-ScpApiVersion -Service virtualserver -Version ").Should().Equal("1.0", "1.1");
        Complete(shell, "Set-ScpApiVersion -Service baremetal-blockstorage -Version 1.").Should().Equal("1.0", "1.1", "1.2", "1.3");
    }

    [Fact]
    public void Invoke_ScpRestMethod_completes_services_and_the_documented_paths_of_the_service()
    {
        using var shell = new ModuleShell();
        Complete(shell, "Invoke-ScpRestMethod -Service virt").Should().Equal("virtualserver");
        // Templates with {placeholders} come quoted, so they paste as one argument.
        var paths = Complete(shell, "Invoke-ScpRestMethod -Service virtualserver -Path /v1/volumes/").Select(p => p.Trim('\'')).ToList();
        paths.Should().Contain(new[] { "/v1/volumes/{volume_id}", "/v1/volumes/quota-sets", "/v1/volumes/{volume_id}/revert" });
        paths.Should().OnlyContain(p => p.StartsWith("/v1/volumes/"));
        Complete(shell, "Invoke-ScpRestMethod -Service virtualserver -Method PUT -Path /v1/vol")
            .Should().Equal("'/v1/volumes/{volume_id}'", "'/v1/volumes/{volume_id}/size'");
    }

    [Fact]
    public void VolumeId_of_File_and_Parallel_File_child_cmdlets_completes_that_services_volume_ids()
    {
        using var shell = _emu.Shell();
        var made = shell.Run("(New-ScpFileVolume -Name tab_file -Protocol NFS -TypeName HDD -Wait).Id; (New-ScpPfsVolume -Name tab_pfs -CapacityTB 10 -Wait).Id");
        made.Errors.Should().BeEmpty();
        var (fileId, pfsId) = (made.Output[0].ToString()!, made.Output[1].ToString()!);

        // Readers and writers alike: the shared child bases complete -VolumeId with their service's volume kind.
        foreach (var command in new[] { "New-ScpFileSnapshot", "Get-ScpFileSnapshot", "New-ScpFileSnapshotSchedule", "Get-ScpFileReplication" })
            Complete(shell, command + " -VolumeId ").Should().Contain(fileId, command).And.NotContain(pfsId, command);
        Complete(shell, "Get-ScpFileAccessRule -VolumeId " + fileId.Substring(0, 8)).Should().Equal(fileId);
        foreach (var command in new[] { "New-ScpPfsSnapshot", "Add-ScpPfsAccessRule", "Get-ScpPfsSnapshot", "Get-ScpPfsAccessRule" })
            Complete(shell, command + " -VolumeId ").Should().Contain(pfsId, command).And.NotContain(fileId, command);
    }

    [Fact]
    public void Completion_answers_are_dropped_when_the_session_connects_again()
    {
        using var shell = _emu.Shell();
        shell.Run("New-ScpVolume -Name drop-first -SizeGB 8").Errors.Should().BeEmpty();
        Complete(shell, "Get-ScpVolume -Name drop-").Should().Equal("drop-first");

        // A second volume appears; within the cache's 30 s the same session still sees the old answer...
        shell.Run("New-ScpVolume -Name drop-second -SizeGB 8").Errors.Should().BeEmpty();
        Complete(shell, "Get-ScpVolume -Name drop-").Should().Equal("drop-first");

        // ...but connecting again (here: to the same endpoint, as after restarting an emulator) drops it.
        shell.Set("secret", ModuleShell.Secure(ModuleShell.DemoSecret));
        shell.Run($"Connect-ScpAccount -AccessKey {ModuleShell.DemoAccessKey} -SecretKey $secret -AccountId {ModuleShell.DemoAccount} -Region kr-west1 -Environment e -EndpointUrl '{_emu.Endpoint}'")
            .Errors.Should().BeEmpty();
        Complete(shell, "Get-ScpVolume -Name drop-").Should().Equal("drop-first", "drop-second");
    }
}

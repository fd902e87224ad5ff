using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Output;

/// <summary>
/// The module in the runspaces of ForEach-Object -Parallel (Start-ThreadJob: tests/Pester/Runspaces.Tests.ps1). Each runspace has
/// its own ScpStorage session: the caller's Connect-ScpAccount does not reach it, so a script
/// connects in each runspace (or relies on SCP_* variables or profile files, which every runspace
/// reads). -AsJob jobs work from there too.
/// </summary>
public sealed class RunspaceTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public RunspaceTests(EmulatorFixture emu) { _emu = emu; }

    private ModuleShell Shell()
    {
        var shell = _emu.Shell();
        shell.Set("manifest", RepoPaths.Manifest);
        shell.Set("endpoint", _emu.Endpoint);
        // What a script passes into each runspace: the keys, never a live session object.
        shell.Run("$secret = ConvertTo-SecureString 'demo-secret-key' -AsPlainText -Force");
        return shell;
    }

    private const string ConnectHere =
        "Import-Module $using:manifest; $null = Connect-ScpAccount -AccessKey demo-access-key -SecretKey $using:secret " +
        "-AccountId demo-account -Region kr-west1 -Environment e -EndpointUrl $using:endpoint";

    [Fact]
    public void ForEach_Object_Parallel_with_Connect_ScpAccount_per_runspace_creates_volumes()
    {
        using var shell = Shell();
        var r = shell.Run("'par-a', 'par-b', 'par-c' | ForEach-Object -Parallel { " + ConnectHere +
                          "; (New-ScpVolume -Name $_ -SizeGB 8 -Wait).State } -ThrottleLimit 3");
        r.FirstError.Should().BeNull();
        r.Output.Select(o => o.ToString()).Should().Equal("available", "available", "available");
        shell.Run("(Get-ScpVolume -Name par-*).Count").Output.Single().BaseObject.Should().Be(3);
    }

    [Fact]
    public void A_parallel_runspace_without_its_own_connection_says_what_to_set_and_sends_nothing()
    {
        using var shell = Shell();
        var before = _emu.Host.Requests.Count;
        // No SCP_* variables and an empty SCP_CONFIG_HOME in the test process: nothing to fall back on.
        var r = shell.Run("1 | ForEach-Object -Parallel { Import-Module $using:manifest; Get-ScpVolume -Name par-none -ErrorAction Stop }");
        r.FirstError.Should().NotBeNull("the caller's session does not reach another runspace");
        r.FirstError!.ToString().Should().Contain("SCP_ACCESS_KEY");
        _emu.Host.Requests.Count.Should().Be(before);
    }

    // Start-ThreadJob lives in the Microsoft.PowerShell.ThreadJob module that pwsh ships and the
    // SDK does not, so tests/Pester/Runspaces.Tests.ps1 covers it in real pwsh; here the same
    // journeys run in ForEach-Object -Parallel runspaces.

    [Fact]
    public void An_AsJob_job_started_in_a_parallel_runspace_completes_there()
    {
        using var shell = Shell();
        shell.Run("$null = New-ScpVolume -Name pj-vol -SizeGB 8 -Wait").FirstError.Should().BeNull();
        var r = shell.Run("1 | ForEach-Object -Parallel { " + ConnectHere + @"
                (Get-ScpVolume -Name pj-vol).Name
                $inner = 'pj-job-1', 'pj-job-2' | ForEach-Object { @{ name = $_; size = 8 } } |
                    Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -AsJob -Confirm:$false
                $null = $inner | Wait-Job -Timeout 60
                ""$($inner.State)""
                ($inner | Receive-Job).name | Sort-Object
                $inner | Remove-Job
            }");
        r.FirstError.Should().BeNull();
        r.Output.Select(o => o.ToString()).Should().Equal("pj-vol", "Completed", "pj-job-1", "pj-job-2");
        shell.Run("(Get-ScpVolume -Name pj-job-*).Count").Output.Single().BaseObject.Should().Be(2);
    }

    [Fact]
    public void A_job_started_with_AsJob_can_be_received_in_another_runspace()
    {
        using var shell = Shell();
        var r = shell.Run(@"
            $job = @{ name = 'pj-handoff'; size = 8 } | Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -AsJob -Confirm:$false
            1 | ForEach-Object -Parallel { $using:job | Wait-Job -Timeout 60 | Receive-Job | ForEach-Object name }
            $job | Remove-Job");
        r.FirstError.Should().BeNull();
        r.Output.Select(o => o.ToString()).Should().Equal("pj-handoff");
    }
}

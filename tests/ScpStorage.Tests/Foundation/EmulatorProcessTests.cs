using System.IO;
using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Foundation;

/// <summary>Start-ScpEmulator runs the bundled emulator as a child process and points the session at it.</summary>
public sealed class EmulatorProcessTests
{
    [Fact]
    public void Start_call_and_stop_the_bundled_emulator()
    {
        using var shell = new ModuleShell();
        var started = shell.Run("$emu = Start-ScpEmulator -TransitionDelayMilliseconds 0 -Verbose -Debug; $emu");
        started.AllText().Should().NotContain(t => t.Contains(ModuleShell.DemoSecret), "the emulator's command line is shown without its secret");
        started.Errors.Should().BeEmpty();
        started.Terminating.Should().BeNull();
        var info = started.Output.Single();
        info.Properties["BaseUrl"].Value!.ToString().Should().StartWith("http://127.0.0.1:");
        try
        {
            var context = shell.Run("Get-ScpContext");
            context.Output.Single().Properties["EndpointUrl"].Value!.ToString().Should().EndWith("/{service}");
            var made = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -Body @{ name = 'from-child'; size = 8 } | ForEach-Object name");
            made.Errors.Should().BeEmpty();
            made.Output.Single().ToString().Should().Be("from-child");
            shell.Run("Start-ScpEmulator").Errors.Single().FullyQualifiedErrorId.Should().StartWith("ScpEmulatorAlreadyRunning");
        }
        finally
        {
            var stopped = shell.Run("Stop-ScpEmulator -Verbose");
            stopped.Errors.Should().BeEmpty();
            stopped.Warnings.Should().BeEmpty("the emulator stops cleanly when asked, without being killed");
        }
        var pid = (int)info.Properties["ProcessId"].Value!;
        System.Diagnostics.Process.GetProcesses().Should().NotContain(p => p.Id == pid, "Stop-ScpEmulator ends the child process");
    }

    [Fact]
    public void The_quickstart_example_runs_as_written()
    {
        using var shell = new ModuleShell();
        var script = Path.Combine(RepoPaths.Root, "examples", "quickstart.ps1");
        var r = shell.Run($"& '{script}' -ModulePath '{RepoPaths.Manifest}'");
        r.Terminating.Should().BeNull();
        r.Errors.Should().BeEmpty();
        r.Output.Should().NotBeEmpty();
        shell.Run("Stop-ScpEmulator");
    }
}

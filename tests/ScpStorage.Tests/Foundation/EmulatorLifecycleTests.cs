using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Foundation;

/// <summary>
/// What Start-ScpEmulator leaves visible on the machine: no secret on the child's command line,
/// a parent-process watch on it, and a one-line error for a busy port.
/// </summary>
public sealed class EmulatorLifecycleTests
{
    [Fact]
    public void The_emulator_command_line_carries_no_secret_and_names_its_parent()
    {
        using var shell = new ModuleShell();
        var started = shell.Run("Start-ScpEmulator -TransitionDelayMilliseconds 0");
        started.Errors.Should().BeEmpty();
        try
        {
            var pid = (int)started.Output.Single().Properties["ProcessId"].Value!;
            // What `ps` shows every user of the machine: the arguments, NUL-separated.
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            commandLine.Should().Contain("ScpStorage.Emulator.dll");
            commandLine.Should().NotContain(ModuleShell.DemoSecret, "the secret key travels in the child's environment");
            commandLine.Should().Contain($"--parent-pid {Environment.ProcessId}", "the emulator ends with the process that started it");
            shell.Run("Invoke-ScpRestMethod virtualserver /v1/volumes").Errors.Should().BeEmpty("the emulator still knows the secret it verifies");
        }
        finally
        {
            shell.Run("Stop-ScpEmulator");
        }
    }

    [Fact]
    public void A_port_in_use_is_one_clear_line()
    {
        var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        try
        {
            var port = ((IPEndPoint)busy.LocalEndpoint).Port;
            using var shell = new ModuleShell();
            var r = shell.Run($"Start-ScpEmulator -Port {port}");
            r.Output.Should().BeEmpty();
            r.FirstError!.FullyQualifiedErrorId.Should().StartWith("ScpEmulatorPortInUse");
            r.FirstError.CategoryInfo.Category.Should().Be(System.Management.Automation.ErrorCategory.ResourceUnavailable);
            r.FirstError.Exception.Message.Should().Be($"Port {port} on 127.0.0.1 is already in use. Choose another -Port, or leave it out to use a free one.");
            shell.Run("Get-ScpContext").FirstError.Should().NotBeNull("the session was not pointed at an emulator that never started");
        }
        finally { busy.Stop(); }
    }
}

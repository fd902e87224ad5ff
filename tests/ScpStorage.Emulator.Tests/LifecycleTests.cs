using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests;

/// <summary>
/// The emulator as a command-line process: it ends with the process that started it (even one
/// killed with SIGKILL), a busy port is one line, and only the demo secret is ever printed.
/// </summary>
public sealed class LifecycleTests
{
    [Fact]
    public void The_emulator_ends_when_its_parent_process_is_killed()
    {
        using var parent = Process.Start(new ProcessStartInfo("sleep", "120") { UseShellExecute = false })!;
        using var emulator = Cli.Start($"--port 0 --in-memory --parent-pid {parent.Id}");
        emulator.WaitForLine("listening on").Should().NotBeNull(emulator.Output);

        parent.Kill(); // SIGKILL: the parent runs no exit hook of any kind
        parent.WaitForExit();

        emulator.Process.WaitForExit(15000).Should().BeTrue("the emulator notices its parent is gone and stops by itself");
        emulator.Process.WaitForExit(); // only the untimed wait also waits for the redirected output to be read to its end
        emulator.Process.ExitCode.Should().Be(0);
        emulator.Output.Should().Contain($"Process {parent.Id} ended; stopping emulator.");
    }

    [Fact]
    public void A_port_in_use_is_one_line_without_a_stack_trace()
    {
        var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        try
        {
            var port = ((IPEndPoint)busy.LocalEndpoint).Port;
            using var emulator = Cli.Start($"--port {port} --in-memory");
            emulator.Process.WaitForExit(30000).Should().BeTrue();
            emulator.Process.WaitForExit();
            emulator.Process.ExitCode.Should().Be(3);
            emulator.Errors.Trim().Should().Be($"Port {port} on 127.0.0.1 is already in use; choose another --port (0 picks a free one) or stop the program using it.");
        }
        finally { busy.Stop(); }
    }

    [Fact]
    public void A_secret_key_given_through_the_environment_is_never_printed()
    {
        const string secret = "ci-secret-key-7731";
        using (var mine = Cli.Start("--port 0 --in-memory", ("SCP_EMULATOR_SECRET_KEY", secret)))
        {
            mine.WaitForLine("Press Ctrl+C").Should().NotBeNull(mine.Output);
            mine.Output.Should().NotContain(secret).And.Contain("Secret key:        (set by you; not shown)");
        }
        using var demo = Cli.Start("--port 0 --in-memory", ("SCP_EMULATOR_SECRET_KEY", null));
        demo.WaitForLine("Press Ctrl+C").Should().NotBeNull(demo.Output);
        demo.Output.Should().Contain("Secret key:        demo-secret-key", "the published demo key is shown so a first user can sign with it");
    }

    /// <summary>The built emulator run with `dotnet`, its output collected line by line.</summary>
    private sealed class Cli : IDisposable
    {
        private readonly StringBuilder _out = new(), _err = new();
        private readonly ManualResetEventSlim _line = new();

        private Cli(Process p) { Process = p; }

        public Process Process { get; }
        public string Output { get { lock (_out) return _out.ToString(); } }
        public string Errors { get { lock (_err) return _err.ToString(); } }

        public static Cli Start(string arguments, params (string Name, string? Value)[] environment)
        {
            var dll = typeof(EmulatorHost).Assembly.Location;
            var info = new ProcessStartInfo("dotnet", $"\"{dll}\" {arguments}")
            {
                UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
                WorkingDirectory = Path.GetDirectoryName(dll)!,
            };
            foreach (var (name, value) in environment)
                if (value == null) info.Environment.Remove(name); else info.Environment[name] = value;
            var cli = new Cli(Process.Start(info)!);
            cli.Process.OutputDataReceived += (_, e) => { if (e.Data == null) return; lock (cli._out) cli._out.AppendLine(e.Data); cli._line.Set(); };
            cli.Process.ErrorDataReceived += (_, e) => { if (e.Data == null) return; lock (cli._err) cli._err.AppendLine(e.Data); };
            cli.Process.BeginOutputReadLine();
            cli.Process.BeginErrorReadLine();
            return cli;
        }

        /// <summary>The output once it holds <paramref name="text"/>, or null after 30 s or when the process ended without it.</summary>
        public string? WaitForLine(string text)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < deadline)
            {
                if (Output.Contains(text)) return Output;
                if (Process.HasExited) { Process.WaitForExit(); return Output.Contains(text) ? Output : null; }
                _line.Wait(200);
                _line.Reset();
            }
            return null;
        }

        public void Dispose()
        {
            try { if (!Process.HasExited) { Process.Kill(); Process.WaitForExit(5000); } } catch (InvalidOperationException) { }
            Process.Dispose();
        }
    }
}

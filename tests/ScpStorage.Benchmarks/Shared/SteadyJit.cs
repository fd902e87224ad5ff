using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace ScpStorage.Benchmarks.Shared;

/// <summary>
/// Runs the benchmarks in a process whose JIT promotes hot code to optimized (tier-1) code as
/// soon as it is hot. By default the runtime waits until no new method has been compiled for
/// 100 ms, and this host never goes quiet: the PowerShell engine from NuGet is IL only (an
/// installed pwsh is precompiled) and the emulator runs in the same process. Measured on a
/// 2-core machine: ten passes of 10,000 volumes stayed at 50–80 µs per item by default, and
/// settled at 20–25 µs from the third pass with the delay off. Without this, a scenario's
/// numbers depended on how long the process had been running, not on the code.
/// </summary>
public static class SteadyJit
{
    public const string Variable = "DOTNET_TC_CallCountingDelayMs";

    /// <summary>The delay was set for this process (by the relaunch, or by hand to compare: <c>DOTNET_TC_CallCountingDelayMs=100</c> is the runtime's default).</summary>
    public static string? Setting => Environment.GetEnvironmentVariable(Variable);

    /// <summary>Runs this program again with the delay off and returns its exit code; null when this process has a setting already.</summary>
    public static int? Relaunch(string[] args)
    {
        if (Setting != null) return null;
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark host's path is unknown.");
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add(typeof(SteadyJit).Assembly.Location); // run as "dotnet ScpStorage.Benchmarks.dll"
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment[Variable] = "0";
        using var child = Process.Start(start) ?? throw new InvalidOperationException("The benchmark process did not start.");
        child.WaitForExit();
        return child.ExitCode;
    }
}

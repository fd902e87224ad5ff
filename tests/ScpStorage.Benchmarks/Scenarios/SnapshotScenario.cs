using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using ScpStorage.Benchmarks.Shared;
using ScpStorage.Emulator;

namespace ScpStorage.Benchmarks.Scenarios;

/// <summary>
/// 4. N snapshot creations (one per seeded volume) with 20 ms emulated latency: one plain
/// pipeline (sequential) against the same pipeline with -AsJob -ThrottleLimit 32, timed until
/// Wait-Job returns. Uses New-ScpVolumeSnapshot when the module has it (see <see cref="Mode"/>);
/// otherwise the same POST /v1/snapshots through Invoke-ScpRestMethod (bodies built before the clock starts).
/// The emulator's request log witnesses that every POST was answered 202.
/// </summary>
public sealed class SnapshotScenario : IScenario
{
    private const string Title = "4 snapshots ×N, 20 ms latency";
    private const double TargetSpeedup = 20;
    private const int Throttle = 32;

    public string Name => "snapshots";

    public async Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context)
    {
        var n = context.Quick ? 200 : 1_000;
        await using var host = await LocalEmulator.StartAsync(seedVolumes: n);
        using var shell = Shell.ConnectedTo(host.EndpointTemplate);
        var volumes = shell.Run("$vols = @(Get-ScpVolume -PageSize 1000); $vols.Count").Single();
        if ((int)volumes.BaseObject != n) throw new InvalidOperationException($"Expected {n} volumes, found {volumes}.");

        var mode = Mode(shell);
        string Pipeline(string input, string name, bool asJob)
        {
            var job = asJob ? $" -AsJob -ThrottleLimit {Throttle}" : "";
            return mode switch
            {
                "pipeline" => $"{input} | New-ScpVolumeSnapshot -Name {name}{job}",
                "parameter" => $"New-ScpVolumeSnapshot -Volume {input} -Name {name}{job}",
                _ => $"{input} | Invoke-ScpRestMethod virtualserver /v1/snapshots -Method POST{job}",
            };
        }
        string Bodies(string input, string name) => mode != "rest" ? input : $"@({input} | ForEach-Object {{ @{{ volume_id = $_.Id; name = '{name}' }} }})";
        var via = mode switch
        {
            "pipeline" => "$vols | New-ScpVolumeSnapshot",
            "parameter" => "New-ScpVolumeSnapshot -Volume $vols (piping volumes fails to bind: InputObjectNotBound)",
            _ => "$bodies | Invoke-ScpRestMethod POST (New-ScpVolumeSnapshot not in the module)",
        };
        context.Log($"snapshots: {n} volumes, via {via}");

        // Warm-up without latency: JIT for both paths, job adapter registered.
        shell.Run($"$w = {Bodies("$vols[0..4]", "warm")}; {Pipeline("$w", "warm", false)} | Out-Null");
        shell.Run($"{Pipeline("$w", "warm", true)} | Wait-Job -Timeout 60 | Receive-Job | Out-Null; Get-Job | Remove-Job -Force");

        host.Faults.Latency = TimeSpan.FromMilliseconds(20);
        try
        {
            shell.Run($"$seq = {Bodies("$vols", "seq")}; $par = {Bodies("$vols", "par")}");

            host.ClearRequests();
            var (seqSeconds, seqOut) = Timed(shell, $"@({Pipeline("$seq", "seq", false)}).Count");
            Witness(host, n, "sequential");
            if (seqOut != n) throw new InvalidOperationException($"Sequential run wrote {seqOut} objects, expected {n}.");
            context.Log($"snapshots: sequential {seqSeconds:0.00} s");

            host.ClearRequests();
            var (parSeconds, _) = Timed(shell, $"$job = {Pipeline("$par", "par", true)}; $null = $job | Wait-Job -Timeout 600; 0");
            Witness(host, n, "-AsJob");
            var check = shell.Run("$job.State.ToString(); @($job.ChildJobs | Where-Object State -ne 'Completed').Count; @(Receive-Job $job).Count; Remove-Job $job -Force");
            if (check[0].ToString() != "Completed" || (int)check[1].BaseObject != 0 || (int)check[2].BaseObject != n)
                throw new InvalidOperationException($"-AsJob run: state {check[0]}, {check[1]} unfinished children, {check[2]} objects (expected {n}).");
            context.Log($"snapshots: -AsJob {parSeconds:0.00} s");

            var speedup = seqSeconds / parSeconds;
            return new[]
            {
                new ResultRow(Title, $"N = {n}, via", via),
                new ResultRow(Title, "sequential wall time", $"{seqSeconds:0.00} s ({seqSeconds * 1000 / n:0.0} ms per snapshot)"),
                new ResultRow(Title, $"-AsJob -ThrottleLimit {Throttle} wall time (to Wait-Job)", $"{parSeconds:0.00} s ({n / parSeconds:0} snapshots/s)"),
                new ResultRow(Title, "speed-up", Fmt.Times(speedup), "≥ " + Fmt.Times(TargetSpeedup), speedup >= TargetSpeedup),
                new ResultRow(Title, $"ideal with {Throttle} in flight at the sequential per-call time", $"{seqSeconds / Throttle:0.00} s (speed-up ≤ {Throttle}×)"),
            };
        }
        finally
        {
            host.Faults.Latency = TimeSpan.Zero;
        }
    }

    /// <summary>
    /// How the snapshots are requested: "pipeline" when New-ScpVolumeSnapshot takes piped volumes,
    /// "parameter" (-Volume $vols: the same work items, one job) when it exists but piping fails,
    /// "rest" when the cmdlet is missing. Probed with -WhatIf, so nothing is sent.
    /// </summary>
    private static string Mode(Shell shell)
    {
        if (shell.Run("@(Get-Command New-ScpVolumeSnapshot -ErrorAction SilentlyContinue).Count").Single().BaseObject is not 1) return "rest";
        using var ps = shell.Create();
        ps.AddScript("$vols[0] | New-ScpVolumeSnapshot -Name probe -WhatIf");
        ps.Invoke();
        return ps.Streams.Error.Count == 0 ? "pipeline" : "parameter";
    }

    /// <summary>Runs script text with a 10-minute bound; returns seconds and the integer the script wrote last.</summary>
    private static (double Seconds, int Last) Timed(Shell shell, string script)
    {
        using var ps = shell.Create();
        ps.AddScript(script);
        var start = Stopwatch.GetTimestamp();
        var handle = ps.BeginInvoke();
        if (!handle.AsyncWaitHandle.WaitOne(TimeSpan.FromMinutes(10)))
        {
            ps.Stop();
            throw new TimeoutException("Not finished within 10 minutes: " + script);
        }
        var output = ps.EndInvoke(handle);
        var seconds = Stats.Ms(start, Stopwatch.GetTimestamp()) / 1000;
        Shell.ThrowOnErrors(ps, script);
        var last = output.Count > 0 && output[^1]?.BaseObject is int i ? i : -1;
        return (seconds, last);
    }

    private static void Witness(EmulatorHost host, int n, string what)
    {
        var posts = host.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/snapshots", StringComparison.Ordinal)).ToList();
        var accepted = posts.Count(r => r.Status == 202);
        if (posts.Count != n || accepted != n)
            throw new InvalidOperationException($"{what}: the emulator saw {posts.Count} snapshot POSTs, {accepted} answered 202 (expected {n}).");
    }
}

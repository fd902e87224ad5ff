using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using ScpStorage.Benchmarks.Shared;
using ScpStorage.Core.Http;

namespace ScpStorage.Benchmarks.Scenarios;

/// <summary>
/// 2. One `Get-ScpVolume -Id X` in a warm, connected runspace (one PowerShell pipeline per call,
/// built with AddCommand) against a bare signed HttpClient GET of the same URL. A third series,
/// one no-op cmdlet pipeline (Out-Null -InputObject 1; the engine has
/// only Microsoft.PowerShell.Core, no Utility module), shows the engine's own floor per Invoke.
/// The three are interleaved call by call. A last series times each `Get-ScpVolume -Id` inside
/// one running script (Stopwatch around the statement), i.e. without the host's per-Invoke cost,
/// with its own floor (Out-Null timed the same way) and the bare GET re-measured right after.
/// </summary>
public sealed class PerCallScenario : IScenario
{
    private const string Title = "2 per-call overhead";
    private const double TargetRatio = 1.3;

    public string Name => "percall";

    public async Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context)
    {
        var calls = context.Quick ? 50 : 200;
        // 30 rounds left most of the engine's and the module's code at tier 0 (the module's own
        // cost then read 560–790 µs); after 1,000 the per-round times stop falling.
        var warmUp = context.Quick ? 100 : 1000;
        await using var host = await LocalEmulator.StartAsync(seedVolumes: 10);
        using var shell = Shell.ConnectedTo(host.EndpointTemplate);
        using var bare = new BareClient();

        var id = shell.Run("(Get-ScpVolume -First 1).Id").Single().BaseObject.ToString()!;
        var url = host.BaseUrl + "/virtualserver" + ScpUrl.ExpandPath("/v1/volumes/{volume_id}", new Dictionary<string, string> { ["volume_id"] = id });

        // Witness: both sides send the same request target.
        host.ClearRequests();
        ModuleCall(shell, id);
        await bare.GetAsync("virtualserver", url);
        var seen = host.Requests.Select(r => r.Path + "?" + r.Query).Distinct().ToList();
        if (seen.Count != 1 || !host.Requests.All(r => r.Status == 200 && r.SignatureValid))
            throw new InvalidOperationException("The module and the bare client did not send the same valid request: " + string.Join(", ", seen));

        for (int i = 0; i < warmUp; i++) { ModuleCall(shell, id); await bare.GetAsync("virtualserver", url); NoOp(shell); }

        var module = new List<double>();
        var bareMs = new List<double>();
        var floor = new List<double>();
        var limit = Stopwatch.StartNew();
        for (int i = 0; i < calls && limit.Elapsed < TimeSpan.FromMinutes(1); i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            await bare.GetAsync("virtualserver", url);
            var t1 = Stopwatch.GetTimestamp();
            ModuleCall(shell, id);
            var t2 = Stopwatch.GetTimestamp();
            NoOp(shell);
            var t3 = Stopwatch.GetTimestamp();
            bareMs.Add(Stats.Ms(t0, t1));
            module.Add(Stats.Ms(t1, t2));
            floor.Add(Stats.Ms(t2, t3));
        }
        context.Log($"percall: {module.Count} calls each");
        shell.Set("id", id);
        var inScript = TimedInScript(shell, "Get-ScpVolume -Id $id", calls);
        var floorInScript = TimedInScript(shell, "Out-Null -InputObject $id", calls);
        var bareAfter = new List<double>();
        for (int i = 0; i < calls; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            await bare.GetAsync("virtualserver", url);
            bareAfter.Add(Stats.Ms(t0, Stopwatch.GetTimestamp()));
        }
        double s = Stats.Median(inScript), sb = Stats.Median(bareAfter), sf = Stats.Median(floorInScript);

        double m = Stats.Median(module), b = Stats.Median(bareMs), f = Stats.Median(floor);
        return new[]
        {
            new ResultRow(Title, $"Get-ScpVolume -Id, median of {module.Count}", Fmt.Us(m * 1000)),
            new ResultRow(Title, "bare signed HttpClient GET, median", Fmt.Us(b * 1000)),
            new ResultRow(Title, "ratio module / bare (one Invoke per call)", Fmt.Times(m / b), "≤ " + Fmt.Times(TargetRatio), m / b <= TargetRatio),
            new ResultRow(Title, "engine floor: Invoke of Out-Null -InputObject 1, median", Fmt.Us(f * 1000)),
            new ResultRow(Title, "module − bare − engine floor (module's own cost)", Fmt.Us((m - b - f) * 1000), "≤ 100 µs", (m - b - f) * 1000 <= 100),
            new ResultRow(Title, "in one script: Get-ScpVolume -Id per statement, median", Fmt.Us(s * 1000)),
            new ResultRow(Title, "in one script: ratio to bare (bare re-measured right after)", $"{Fmt.Times(s / sb)} (bare {Fmt.Us(sb * 1000)})", "≤ " + Fmt.Times(TargetRatio), s / sb <= TargetRatio),
            new ResultRow(Title, "in one script: engine floor, Out-Null -InputObject per statement, median", Fmt.Us(sf * 1000)),
            new ResultRow(Title, "in one script: module − bare − engine floor", Fmt.Us((s - sb - sf) * 1000), "≤ 100 µs", (s - sb - sf) * 1000 <= 100),
            new ResultRow(Title, "Get-ScpVolume p90 / bare p90", Fmt.Us(Stats.Percentile(module, 90) * 1000) + " / " + Fmt.Us(Stats.Percentile(bareMs, 90) * 1000)),
        };
    }

    /// <summary>Milliseconds of each of <paramref name="calls"/> runs of <paramref name="statement"/>, timed around the statement inside one running script.</summary>
    private static List<double> TimedInScript(Shell shell, string statement, int calls) =>
        shell.Run(
            "$f = 1000.0 / [System.Diagnostics.Stopwatch]::Frequency; " +
            $"foreach ($i in 1..{calls}) {{ $s = [System.Diagnostics.Stopwatch]::GetTimestamp(); $null = {statement}; ([System.Diagnostics.Stopwatch]::GetTimestamp() - $s) * $f }}")
            .Select(o => Convert.ToDouble(o.BaseObject, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static void ModuleCall(Shell shell, string id)
    {
        using var ps = shell.Create();
        ps.AddCommand("Get-ScpVolume").AddParameter("Id", id);
        var result = ps.Invoke();
        Shell.ThrowOnErrors(ps, "Get-ScpVolume -Id " + id);
        if (result.Count != 1) throw new InvalidOperationException($"Get-ScpVolume -Id returned {result.Count} objects.");
    }

    private static void NoOp(Shell shell)
    {
        using var ps = shell.Create();
        ps.AddCommand("Out-Null").AddParameter("InputObject", 1);
        ps.Invoke();
    }
}

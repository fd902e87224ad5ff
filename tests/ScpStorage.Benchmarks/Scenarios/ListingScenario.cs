using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using ScpStorage.Benchmarks.Shared;

namespace ScpStorage.Benchmarks.Scenarios;

/// <summary>
/// 3. Streams N volumes through `Get-ScpVolume -PageSize 1000` into a PSDataCollection whose
/// DataAdded handler counts and drains them (nothing is kept), timing the first item and
/// sampling memory. Then the same page requests (taken from the emulator's request log) are
/// replayed with the bare signed client, which gives the emulator + HTTP floor for those pages.
/// A second, untimed pass forces a full GC every N/10 items to read the live heap mid-stream:
/// that is the "flat memory" measure (the timed pass's peaks include uncollected garbage,
/// e.g. 1000-item page strings on the large object heap).
/// </summary>
public sealed class ListingScenario : IScenario
{
    private const string Title = "3 listing";
    private const double TargetRate = 70_000;
    private const double TargetFirstItemMs = 20;

    public string Name => "listing";

    public async Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context)
    {
        var sizes = context.Quick ? new[] { 2_000, 20_000 } : new[] { 10_000, 100_000 };
        var seedWatch = Stopwatch.StartNew();
        await using var host = await LocalEmulator.StartAsync();
        host.Seed(sizes.Max(), 0, null, "virtualserver");
        context.Log($"listing: seeded {sizes.Max():#,0} volumes in {seedWatch.Elapsed.TotalSeconds:0.0} s");
        using var shell = Shell.ConnectedTo(host.EndpointTemplate);
        using var bare = new BareClient();
        for (int pass = 0; pass < 3; pass++) // warm-up: whole passes of the smaller size, so the code is past JIT tier 0 (as ListingComparison does)
            Stream(shell, sizes[0], all: false, context, probeLive: false);

        var rows = new List<ResultRow>();
        foreach (var n in sizes)
        {
            host.ClearRequests();
            var r = Stream(shell, n, all: n == sizes.Max(), context, probeLive: false);
            var pages = host.Requests.Where(q => q.Method == "GET" && q.Path.EndsWith("/volumes", StringComparison.Ordinal)).ToList();
            var floorSeconds = await Replay(bare, host.BaseUrl, pages);
            var live = Stream(shell, n, all: n == sizes.Max(), context, probeLive: true).LiveGrowth;
            var rate = r.Count / r.Seconds;
            var label = Fmt.Int(n);
            rows.Add(new ResultRow(Title, $"{label}: items/s through the pipeline", Fmt.Rate(rate, "items"), "≥ " + Fmt.Rate(TargetRate, "items"), rate >= TargetRate && r.Count == n));
            rows.Add(new ResultRow(Title, $"{label}: items received / total time", $"{Fmt.Int(r.Count)} in {r.Seconds:0.00} s"));
            rows.Add(new ResultRow(Title, $"{label}: time to first item", Fmt.Ms(r.FirstItemMs), "≤ " + Fmt.Ms(TargetFirstItemMs), r.FirstItemMs <= TargetFirstItemMs));
            rows.Add(new ResultRow(Title, $"{label}: live heap growth (forced GC every N/10 items)", Fmt.MiB(live)));
            rows.Add(new ResultRow(Title, $"{label}: heap after last GC, peak growth", Fmt.MiB(r.HeapAfterGcGrowth)));
            rows.Add(new ResultRow(Title, $"{label}: heap incl. garbage growth (peak − before)", Fmt.MiB(r.ManagedGrowth)));
            rows.Add(new ResultRow(Title, $"{label}: working set growth (peak − before)", Fmt.MiB(r.WorkingSetGrowth)));
            rows.Add(new ResultRow(Title, $"{label}: floor, same {pages.Count} pages via bare client", Fmt.Rate(n / floorSeconds, "items")));
        }
        var liveRows = rows.Where(x => x.Measure.EndsWith("live heap growth (forced GC every N/10 items)", StringComparison.Ordinal)).Select(x => x.Value).ToList();
        rows.Add(new ResultRow(Title, $"memory flat? live heap growth {Fmt.Int(sizes[0])} vs {Fmt.Int(sizes[1])}", string.Join(" vs ", liveRows)));
        return rows;
    }

    private sealed record Run(int Count, double Seconds, double FirstItemMs, long HeapAfterGcGrowth, long ManagedGrowth, long WorkingSetGrowth, long LiveGrowth);

    private static Run Stream(Shell shell, int n, bool all, BenchContext context, bool probeLive)
    {
        using var ps = shell.Create();
        ps.AddCommand("Get-ScpVolume").AddParameter("PageSize", 1000);
        if (!all) ps.AddParameter("First", n);
        using var output = new PSDataCollection<PSObject>();
        int count = 0;
        long first = 0;
        using var memory = new MemorySampler(TimeSpan.FromMilliseconds(20));
        long liveBase = GC.GetTotalMemory(true), livePeak = liveBase, step = Math.Max(1, n / 10);
        output.DataAdded += (_, _) =>
        {
            var drained = output.ReadAll(); // keep nothing: memory must not grow with N
            if (count == 0) first = Stopwatch.GetTimestamp();
            count += drained.Count;
            if (count % 5000 < drained.Count) memory.Sample();
            if (probeLive && count % step < drained.Count) livePeak = Math.Max(livePeak, GC.GetTotalMemory(true));
        };
        var start = Stopwatch.GetTimestamp();
        var handle = ps.BeginInvoke<PSObject, PSObject>(null, output);
        if (!handle.AsyncWaitHandle.WaitOne(TimeSpan.FromMinutes(3)))
        {
            ps.Stop();
            throw new TimeoutException($"Listing {n} volumes did not finish within 3 minutes ({count} received).");
        }
        ps.EndInvoke(handle);
        var end = Stopwatch.GetTimestamp();
        memory.Dispose();
        Shell.ThrowOnErrors(ps, "Get-ScpVolume -PageSize 1000");
        if (count != n) throw new InvalidOperationException($"Expected {n} volumes, received {count}.");
        var run = new Run(count, Stats.Ms(start, end) / 1000, Stats.Ms(start, first), memory.HeapAfterGcGrowth, memory.ManagedGrowth, memory.WorkingSetGrowth, livePeak - liveBase);
        context.Log($"listing{(probeLive ? " (memory pass)" : "")}: {n:#,0} in {run.Seconds:0.00} s, first after {run.FirstItemMs:0.0} ms, after-GC heap +{run.HeapAfterGcGrowth / 1048576.0:0.0} MiB, incl. garbage +{run.ManagedGrowth / 1048576.0:0.0} MiB, forced-GC live +{run.LiveGrowth / 1048576.0:0.0} MiB ({memory.Samples} samples)");
        return run;
    }

    /// <summary>Seconds to fetch the same page URLs sequentially with the bare client (bodies read, not parsed).</summary>
    private static async Task<double> Replay(BareClient bare, string baseUrl, IReadOnlyList<ScpStorage.Emulator.RecordedRequest> pages)
    {
        var start = Stopwatch.GetTimestamp();
        foreach (var p in pages)
            await bare.GetAsync("virtualserver", baseUrl + p.Path + (p.Query.Length > 0 ? "?" + p.Query : ""));
        return Stats.Ms(start, Stopwatch.GetTimestamp()) / 1000;
    }
}

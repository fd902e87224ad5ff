using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using ScpStorage.Emulator;

namespace ScpStorage.Benchmarks.Shared;

/// <summary>A listing cmdlet to compare: its command, its extra parameters, and which logged requests are its pages.</summary>
public sealed record ListingSubject(string Label, string Service, string Command, Func<RecordedRequest, bool> IsPage, IReadOnlyDictionary<string, object>? Parameters = null);

/// <summary>
/// "A service's listing against Get-ScpVolume in the same run", measured one way for every
/// service: both warmed up (three passes: JIT tiers, connection, emulator caches), then several rounds that
/// alternate which goes first, N items each through `-PageSize 1000 -First N`, drained as they
/// arrive (nothing kept); the verdict compares medians of µs per item. The same page requests,
/// replayed with the bare signed client, give each listing's emulator + HTTP floor, so a gap
/// can be told apart as the emulator's or the module's. Memory: the live heap read mid-stream
/// (forced GC every N/10 items) at N/10 and N must not grow with N.
/// </summary>
public static class ListingComparison
{
    public const int PageSize = 1000;
    private const int WarmUpPasses = 3;
    private const long FlatSlack = 8 * 1048576L;

    public static readonly ListingSubject Volumes = new("Get-ScpVolume", "virtualserver", "Get-ScpVolume",
        Page("virtualserver", "/volumes"));

    /// <summary>A GET of <paramref name="service"/> whose path ends with <paramref name="pathEnd"/>.</summary>
    public static Func<RecordedRequest, bool> Page(string service, string pathEnd) =>
        q => q.Method == "GET" && q.Service == service && q.Path.EndsWith(pathEnd, StringComparison.Ordinal);

    public static async Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context, EmulatorHost host, Shell shell, string title, ListingSubject subject, int n, int rounds = 7)
    {
        Drain(shell, subject, PageSize, false);
        Drain(shell, Volumes, PageSize, false);
        // Whole passes each before timing: the emulator's first pass over a table is cold, and
        // the JIT's tiers settle only after a few passes (one pass left the first rounds 2–5× slow).
        for (int pass = 0; pass < WarmUpPasses; pass++)
        {
            Drain(shell, subject, n, false);
            Drain(shell, Volumes, n, false);
        }

        var mine = new List<double>();
        var reference = new List<double>();
        var gcMine = TimeSpan.Zero; var gcReference = TimeSpan.Zero;
        for (int round = 0; round < rounds; round++)
        {
            var order = round % 2 == 0 ? new[] { subject, Volumes } : new[] { Volumes, subject };
            foreach (var s in order)
            {
                var pause = GC.GetTotalPauseDuration();
                (s == subject ? mine : reference).Add(Drain(shell, s, n, false).Seconds * 1e6 / n);
                if (s == subject) gcMine += GC.GetTotalPauseDuration() - pause; else gcReference += GC.GetTotalPauseDuration() - pause;
            }
        }
        double m = Stats.Median(mine), v = Stats.Median(reference);
        var floorMine = await FloorAsync(host, shell, subject, n);
        var floorVolumes = await FloorAsync(host, shell, Volumes, n);
        var small = Drain(shell, subject, Math.Max(1, n / 10), true).LiveGrowth;
        var large = Drain(shell, subject, n, true).LiveGrowth;
        context.Log($"{title}: {subject.Label} {Rounds(mine)} µs/item, Get-ScpVolume {Rounds(reference)} µs/item; floors {floorMine:0.0} / {floorVolumes:0.0} µs/item; GC pauses {gcMine.TotalMilliseconds * 1000 / (n * rounds):0.0} / {gcReference.TotalMilliseconds * 1000 / (n * rounds):0.0} µs/item; live +{small / 1048576.0:0.0} MiB at N/10, +{large / 1048576.0:0.0} MiB at N");

        var label = Fmt.Int(n);
        return new[]
        {
            new ResultRow(title, $"{label}: {subject.Label} µs per item, median of {rounds}", $"{m:0.0} µs", $"≤ Get-ScpVolume ({v:0.0} µs)", m <= v),
            new ResultRow(title, $"{label}: {subject.Label} rounds (min–max)", Spread(mine)),
            new ResultRow(title, $"{label}: Get-ScpVolume rounds, same run (min–max)", Spread(reference)),
            new ResultRow(title, $"{label}: emulator + HTTP floor per item, {subject.Label} / Get-ScpVolume", $"{floorMine:0.0} / {floorVolumes:0.0} µs"),
            new ResultRow(title, $"memory flat? live heap growth {Fmt.Int(Math.Max(1, n / 10))} vs {label}", $"{Fmt.MiB(small)} vs {Fmt.MiB(large)}", "no growth with N", large <= small + FlatSlack),
        };
    }

    private static string Spread(IReadOnlyCollection<double> perItem) => $"{perItem.Min():0.0}–{perItem.Max():0.0}";

    private static string Rounds(IEnumerable<double> perItem) => string.Join(" ", perItem.Select(x => x.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));

    public sealed record Run(int Count, double Seconds, long LiveGrowth);

    /// <summary>Streams <paramref name="n"/> items of <paramref name="s"/> into a collection that keeps nothing.</summary>
    public static Run Drain(Shell shell, ListingSubject s, int n, bool probeLive)
    {
        using var ps = shell.Create();
        ps.AddCommand(s.Command).AddParameter("PageSize", PageSize).AddParameter("First", n);
        foreach (var p in s.Parameters ?? new Dictionary<string, object>()) ps.AddParameter(p.Key, p.Value);
        using var output = new PSDataCollection<PSObject>();
        int count = 0;
        long liveBase = probeLive ? GC.GetTotalMemory(true) : 0, livePeak = liveBase, step = Math.Max(1, n / 10);
        output.DataAdded += (_, _) =>
        {
            var drained = output.ReadAll(); // keep nothing: memory must not grow with N
            count += drained.Count;
            if (probeLive && count % step < drained.Count) livePeak = Math.Max(livePeak, GC.GetTotalMemory(true));
        };
        var start = Stopwatch.GetTimestamp();
        var handle = ps.BeginInvoke<PSObject, PSObject>(null, output);
        if (!handle.AsyncWaitHandle.WaitOne(TimeSpan.FromMinutes(3)))
        {
            ps.Stop();
            throw new TimeoutException($"{s.Command}: {n} items did not finish within 3 minutes ({count} received).");
        }
        ps.EndInvoke(handle);
        var seconds = Stats.Ms(start, Stopwatch.GetTimestamp()) / 1000;
        Shell.ThrowOnErrors(ps, s.Command);
        if (count != n) throw new InvalidOperationException($"{s.Command}: expected {n} items, received {count}.");
        return new Run(count, seconds, livePeak - liveBase);
    }

    /// <summary>µs per item to fetch, with the bare signed client, the pages one listing of N asked for.</summary>
    private static async Task<double> FloorAsync(EmulatorHost host, Shell shell, ListingSubject s, int n)
    {
        host.ClearRequests();
        Drain(shell, s, n, false);
        var pages = host.Requests.Where(s.IsPage).ToList();
        if (pages.Count == 0) throw new InvalidOperationException($"{s.Command}: no page request matched in the emulator's log.");
        using var bare = new BareClient();
        await bare.GetAsync(s.Service, Url(host, pages[0])); // connection and server warm
        var start = Stopwatch.GetTimestamp();
        foreach (var p in pages) await bare.GetAsync(s.Service, Url(host, p));
        return Stats.Ms(start, Stopwatch.GetTimestamp()) * 1000 / n;
    }

    private static string Url(EmulatorHost host, RecordedRequest p) => host.BaseUrl + p.Path + (p.Query.Length > 0 ? "?" + p.Query : "");
}

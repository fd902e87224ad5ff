using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Management.Automation;
using System.Threading.Tasks;
using ScpStorage.Benchmarks.Shared;

namespace ScpStorage.Benchmarks.Scenarios;

/// <summary>
/// Bare metal volumes through the pipeline: `Get-ScpBmVolume -PageSize 1000` (offset paging,
/// list shape rendered per item by the emulator) against `Get-ScpVolume -PageSize 1000` over the
/// same number of seeded volumes in the same run, each drained as it arrives (nothing kept).
/// Per-item speed must be at least Get-ScpVolume's; memory is read mid-stream with a forced GC
/// every N/10 items at two sizes ("flat" = no growth with N).
/// </summary>
public sealed class BareMetalBlockStorageListingScenario : IScenario
{
    private const string Title = "3b bare metal listing";

    public string Name => "bm-listing";

    public async Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context)
    {
        var sizes = context.Quick ? new[] { 2_000, 10_000 } : new[] { 10_000, 50_000 };
        await using var host = await LocalEmulator.StartAsync();
        host.Seed(sizes[1], 0, null, "virtualserver", "baremetal-blockstorage"); // the same count of Virtual Server and bare metal volumes
        using var shell = Shell.ConnectedTo(host.EndpointTemplate);
        Stream(shell, "Get-ScpVolume", 1_000, false);   // warm-up (JIT, connection)
        Stream(shell, "Get-ScpBmVolume", 1_000, false);

        var rows = new List<ResultRow>();
        var n = 10_000;
        var vs = Stream(shell, "Get-ScpVolume", n, false);
        var bm = Stream(shell, "Get-ScpBmVolume", n, false);
        double vsPerItem = vs.Seconds * 1e6 / n, bmPerItem = bm.Seconds * 1e6 / n;
        context.Log($"bm-listing: Get-ScpBmVolume {bmPerItem:0.0} µs/item, Get-ScpVolume {vsPerItem:0.0} µs/item");
        rows.Add(new ResultRow(Title, $"{Fmt.Int(n)}: Get-ScpBmVolume µs per item", $"{bmPerItem:0.0} µs", $"≤ Get-ScpVolume ({vsPerItem:0.0} µs)", bmPerItem <= vsPerItem));
        rows.Add(new ResultRow(Title, $"{Fmt.Int(n)}: Get-ScpBmVolume items/s", Fmt.Rate(n / bm.Seconds, "items")));
        rows.Add(new ResultRow(Title, $"{Fmt.Int(n)}: Get-ScpBmVolume time to first item", Fmt.Ms(bm.FirstItemMs)));
        var live = new List<string>();
        foreach (var size in sizes) live.Add(Fmt.MiB(Stream(shell, "Get-ScpBmVolume", size, true).LiveGrowth));
        rows.Add(new ResultRow(Title, $"memory flat? live heap growth {Fmt.Int(sizes[0])} vs {Fmt.Int(sizes[1])}", string.Join(" vs ", live)));
        return rows;
    }

    private sealed record Run(double Seconds, double FirstItemMs, long LiveGrowth);

    private static Run Stream(Shell shell, string command, int n, bool probeLive)
    {
        using var ps = shell.Create();
        ps.AddCommand(command).AddParameter("PageSize", 1000).AddParameter("First", n);
        using var output = new PSDataCollection<PSObject>();
        int count = 0;
        long first = 0, liveBase = GC.GetTotalMemory(true), livePeak = liveBase, step = Math.Max(1, n / 10);
        output.DataAdded += (_, _) =>
        {
            var drained = output.ReadAll();
            if (count == 0) first = Stopwatch.GetTimestamp();
            count += drained.Count;
            if (probeLive && count % step < drained.Count) livePeak = Math.Max(livePeak, GC.GetTotalMemory(true));
        };
        var start = Stopwatch.GetTimestamp();
        var handle = ps.BeginInvoke<PSObject, PSObject>(null, output);
        if (!handle.AsyncWaitHandle.WaitOne(TimeSpan.FromMinutes(3))) { ps.Stop(); throw new TimeoutException($"{command} did not finish within 3 minutes."); }
        ps.EndInvoke(handle);
        var end = Stopwatch.GetTimestamp();
        Shell.ThrowOnErrors(ps, command);
        if (count != n) throw new InvalidOperationException($"{command}: expected {n} volumes, received {count}.");
        return new Run(Stats.Ms(start, end) / 1000, Stats.Ms(start, first), livePeak - liveBase);
    }
}

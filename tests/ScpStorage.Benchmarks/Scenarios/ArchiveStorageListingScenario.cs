using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Management.Automation;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ScpStorage.Benchmarks.Shared;

namespace ScpStorage.Benchmarks.Scenarios;

/// <summary>
/// Archive objects through the pipeline: `Get-ScpArchiveObject -PageSize 1000` over N archived
/// objects (marker + is_truncated paging) against `Get-ScpVolume -PageSize 1000` over N volumes
/// in the same run and emulator, items drained as they arrive (nothing kept). Per item the
/// archive listing must be at least as fast as the volume listing; a second pass with a forced
/// GC every N/10 items reads the live heap, which must stay flat between the two sizes.
/// </summary>
public sealed class ArchiveStorageListingScenario : IScenario
{
    private const string Title = "archive objects listing";

    public string Name => "archive-listing";

    public async Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context)
    {
        var sizes = context.Quick ? new[] { 2_000, 10_000 } : new[] { 10_000, 100_000 };
        var max = sizes[^1];
        await using var host = await LocalEmulator.StartAsync();
        host.Seed(max, 0, null, "virtualserver");
        using (var http = new HttpClient())
        using (var seeded = await http.PostAsync(host.BaseUrl + "/_emulator/archivestorage/seed", JsonContent.Create(new { bucket_name = "bench-archive", objects = max })))
        {
            var body = JsonNode.Parse(await seeded.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
            context.Log($"archive-listing: seeded {max:#,0} volumes and {body["objects"]} archived objects");
        }
        using var shell = Shell.ConnectedTo(host.EndpointTemplate);
        var bucketId = Id(shell);
        Stream(shell, "Get-ScpArchiveObject", bucketId, 1_000, false); // warm-up (JIT, connection)
        Stream(shell, "Get-ScpVolume", null, 1_000, false);

        var rows = new List<ResultRow>();
        var live = new List<long>();
        foreach (var n in sizes)
        {
            var archive = Stream(shell, "Get-ScpArchiveObject", bucketId, n, false);
            var volumes = Stream(shell, "Get-ScpVolume", null, n, false);
            live.Add(Stream(shell, "Get-ScpArchiveObject", bucketId, n, true).Live);
            double perArchive = archive.Seconds * 1e6 / n, perVolume = volumes.Seconds * 1e6 / n;
            var label = Fmt.Int(n);
            rows.Add(new ResultRow(Title, $"{label}: µs per archive object (Get-ScpArchiveObject)", $"{perArchive:0.0} µs", $"≤ {perVolume:0.0} µs (Get-ScpVolume, same run)", perArchive <= perVolume));
            rows.Add(new ResultRow(Title, $"{label}: archive objects / s", Fmt.Rate(n / archive.Seconds, "items")));
            rows.Add(new ResultRow(Title, $"{label}: volumes / s", Fmt.Rate(n / volumes.Seconds, "items")));
            rows.Add(new ResultRow(Title, $"{label}: live heap growth (forced GC every N/10 items)", Fmt.MiB(live[^1])));
        }
        rows.Add(new ResultRow(Title, $"memory flat? live heap growth {Fmt.Int(sizes[0])} vs {Fmt.Int(max)}", $"{Fmt.MiB(live[0])} vs {Fmt.MiB(live[1])}",
            "growth not proportional to N", live[1] < live[0] + 8 * 1048576L));
        return rows;
    }

    private static string Id(Shell shell)
    {
        using var ps = shell.Create();
        ps.AddScript("(Get-ScpArchiveBucket -Name bench-archive).Id");
        var result = ps.Invoke();
        Shell.ThrowOnErrors(ps, "Get-ScpArchiveBucket");
        return result[0].ToString();
    }

    private sealed record Run(double Seconds, long Live);

    private static Run Stream(Shell shell, string command, string? bucketId, int n, bool probeLive)
    {
        using var ps = shell.Create();
        ps.AddCommand(command).AddParameter("PageSize", 1000).AddParameter("First", n);
        if (bucketId != null) ps.AddParameter("BucketId", bucketId);
        using var output = new PSDataCollection<PSObject>();
        int count = 0;
        long liveBase = probeLive ? GC.GetTotalMemory(true) : 0, livePeak = liveBase, step = Math.Max(1, n / 10);
        output.DataAdded += (_, _) =>
        {
            var drained = output.ReadAll();
            count += drained.Count;
            if (probeLive && count % step < drained.Count) livePeak = Math.Max(livePeak, GC.GetTotalMemory(true));
        };
        var start = Stopwatch.GetTimestamp();
        var handle = ps.BeginInvoke<PSObject, PSObject>(null, output);
        if (!handle.AsyncWaitHandle.WaitOne(TimeSpan.FromMinutes(3))) { ps.Stop(); throw new TimeoutException($"{command}: {n} items did not arrive within 3 minutes ({count})."); }
        ps.EndInvoke(handle);
        var seconds = Stats.Ms(start, Stopwatch.GetTimestamp()) / 1000;
        Shell.ThrowOnErrors(ps, command);
        if (count != n) throw new InvalidOperationException($"{command}: expected {n} items, received {count}.");
        return new Run(seconds, livePeak - liveBase);
    }
}

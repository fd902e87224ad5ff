using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Management.Automation;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using ScpStorage.Benchmarks.Shared;

namespace ScpStorage.Benchmarks.Scenarios;

/// <summary>
/// Backup listing: N backups through `Get-ScpBackup -PageSize 1000` and N volumes through
/// `Get-ScpVolume -PageSize 1000` in the same run, against the same emulator, each drained as it
/// arrives (nothing kept). Compares the time per item (Backup must be at least as fast as the
/// reference listing) and reads the live heap mid-stream (forced GC every N/10 items) at two
/// sizes, so "memory flat" is a number.
/// </summary>
public sealed class BackupListingScenario : IScenario
{
    private const string Title = "backup listing";

    public string Name => "backup-listing";

    public async Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context)
    {
        var n = 10_000;
        await using var host = await LocalEmulator.StartAsync();
        host.Seed(n, 0, null, "virtualserver");
        using (var http = new HttpClient())
            (await http.PostAsync(host.BaseUrl + "/_emulator/backup/seed", new StringContent("{\"backups\":" + n + "}", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        using var shell = Shell.ConnectedTo(host.EndpointTemplate);
        Drain(shell, "Get-ScpBackup", 1_000, false); // warm-up (JIT, connection)
        Drain(shell, "Get-ScpVolume", 1_000, false);

        var backups = Drain(shell, "Get-ScpBackup", n, false);
        var volumes = Drain(shell, "Get-ScpVolume", n, false);
        var small = Drain(shell, "Get-ScpBackup", n / 10, true);
        var large = Drain(shell, "Get-ScpBackup", n, true);
        double PerItemUs((double Seconds, long Live) r, int count) => r.Seconds * 1_000_000 / count;
        var b = PerItemUs(backups, n);
        var v = PerItemUs(volumes, n);
        context.Log($"backup listing: {n:#,0} backups {b:0.0} µs/item, volumes {v:0.0} µs/item; live heap +{small.Live / 1048576.0:0.0} MiB at {n / 10:#,0}, +{large.Live / 1048576.0:0.0} MiB at {n:#,0}");
        return new List<ResultRow>
        {
            new(Title, $"{Fmt.Int(n)} backups: time per item through the pipeline", $"{b:0.0} µs", $"≤ Get-ScpVolume ({v:0.0} µs)", b <= v),
            new(Title, $"{Fmt.Int(n)} volumes (same run): time per item", $"{v:0.0} µs"),
            new(Title, "memory flat? live heap growth N/10 vs N backups", $"{Fmt.MiB(small.Live)} vs {Fmt.MiB(large.Live)}", "no growth with N",
                large.Live <= small.Live + 8 * 1048576),
        };
    }

    private static (double Seconds, long Live) Drain(Shell shell, string command, int n, bool probeLive)
    {
        using var ps = shell.Create();
        ps.AddCommand(command).AddParameter("PageSize", 1000).AddParameter("First", n);
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
        if (!handle.AsyncWaitHandle.WaitOne(TimeSpan.FromMinutes(3)))
        {
            ps.Stop();
            throw new TimeoutException($"{command} did not list {n} items within 3 minutes ({count} received).");
        }
        ps.EndInvoke(handle);
        var seconds = Stats.Ms(start, Stopwatch.GetTimestamp()) / 1000;
        Shell.ThrowOnErrors(ps, command);
        if (count != n) throw new InvalidOperationException($"{command}: expected {n} items, received {count}.");
        return (seconds, livePeak - liveBase);
    }
}

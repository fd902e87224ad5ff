using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Management.Automation;
using System.Threading.Tasks;
using ScpStorage.Benchmarks.Shared;

namespace ScpStorage.Benchmarks.Scenarios;

/// <summary>
/// File Storage listing: N file volumes through `Get-ScpFileVolume -PageSize 1000` against N
/// Virtual Server volumes through `Get-ScpVolume -PageSize 1000` in the same run (same emulator,
/// same seeding, alternated twice so neither gets a warmer machine), drained as they arrive
/// (nothing kept). Target: per item at least as fast as Get-ScpVolume. A second pass forces a
/// full GC every N/10 file volumes: the live heap must stay flat.
/// </summary>
public sealed class FileStorageListingScenario : IScenario
{
    private const string Title = "file storage listing";

    public string Name => "filestorage-listing";

    public async Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context)
    {
        var n = context.Quick ? 10_000 : 100_000;
        await using var host = await LocalEmulator.StartAsync();
        host.Seed(n, 0, null, "virtualserver", "filestorage"); // n volumes of each: Virtual Server and File Storage
        using var shell = Shell.ConnectedTo(host.EndpointTemplate);
        Stream(shell, "Get-ScpFileVolume", 1_000, false);
        Stream(shell, "Get-ScpVolume", 1_000, false); // warm-up (JIT, connection)

        double fileSeconds = double.MaxValue, vsSeconds = double.MaxValue;
        for (int round = 0; round < 2; round++)
        {
            fileSeconds = Math.Min(fileSeconds, Stream(shell, "Get-ScpFileVolume", n, false).Seconds);
            vsSeconds = Math.Min(vsSeconds, Stream(shell, "Get-ScpVolume", n, false).Seconds);
        }
        var live = Stream(shell, "Get-ScpFileVolume", n, true).LiveGrowth;
        double filePer = fileSeconds * 1e6 / n, vsPer = vsSeconds * 1e6 / n;
        context.Log($"{Title}: {n:#,0} file volumes in {fileSeconds:0.00} s ({filePer:0.0} µs/item), Get-ScpVolume {vsSeconds:0.00} s ({vsPer:0.0} µs/item), live heap +{live / 1048576.0:0.0} MiB");
        return new[]
        {
            new ResultRow(Title, $"{Fmt.Int(n)}: µs per file volume through the pipeline", $"{filePer:0.0} µs", $"≤ Get-ScpVolume ({vsPer:0.0} µs)", filePer <= vsPer),
            new ResultRow(Title, $"{Fmt.Int(n)}: Get-ScpVolume in the same run", $"{vsPer:0.0} µs"),
            new ResultRow(Title, $"{Fmt.Int(n)}: live heap growth (forced GC every N/10 items)", Fmt.MiB(live)),
        };
    }

    private sealed record Run(int Count, double Seconds, long LiveGrowth);

    private static Run Stream(Shell shell, string command, int n, bool probeLive)
    {
        using var ps = shell.Create();
        ps.AddCommand(command).AddParameter("PageSize", 1000).AddParameter("First", n);
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
            throw new TimeoutException($"{command}: {n} items did not finish within 3 minutes ({count} received).");
        }
        ps.EndInvoke(handle);
        var seconds = Stats.Ms(start, Stopwatch.GetTimestamp()) / 1000;
        Shell.ThrowOnErrors(ps, command);
        if (count != n) throw new InvalidOperationException($"{command}: expected {n} items, received {count}.");
        return new Run(count, seconds, livePeak - liveBase);
    }
}

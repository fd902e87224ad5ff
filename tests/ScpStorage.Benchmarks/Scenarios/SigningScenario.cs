using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ScpStorage.Benchmarks.Shared;
using ScpStorage.Core.Signing;

namespace ScpStorage.Benchmarks.Scenarios;

/// <summary>
/// 5. ScpSigner.Sign over a realistic list URL on one thread, with the process pinned to one CPU
/// while it runs. Measured twice: BenchmarkDotNet (in-process emit toolchain, short job, no
/// child build) and a plain Stopwatch loop as a cross-check. The table's target uses BDN's mean.
/// </summary>
public sealed class SigningScenario : IScenario
{
    private const string Title = "5 signing (1 core)";
    private const double TargetRate = 1_500_000;

    public string Name => "signing";

    public Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context)
    {
        var rows = new List<ResultRow>();
        var pinned = Pin(out var previousAffinity);
        try
        {
            var bdn = RunBenchmarkDotNet(context);
            if (bdn != null)
            {
                var rate = 1e9 / bdn.Value.MeanNs;
                rows.Add(new ResultRow(Title, "signatures/s, BenchmarkDotNet mean", Fmt.Rate(rate, "sig"), "≥ " + Fmt.Rate(TargetRate, "sig"), rate >= TargetRate));
                rows.Add(new ResultRow(Title, "time per signature (BDN mean ± stddev)", $"{bdn.Value.MeanNs:0} ± {bdn.Value.StdDevNs:0} ns"));
                rows.Add(new ResultRow(Title, "allocated per signature (BDN)", bdn.Value.AllocatedBytes + " B"));
            }
            var sw = StopwatchRate(context.Quick ? 0.5 : 2.0);
            rows.Add(new ResultRow(Title, "signatures/s, Stopwatch loop", Fmt.Rate(sw, "sig"),
                bdn == null ? "≥ " + Fmt.Rate(TargetRate, "sig") : "", bdn == null ? sw >= TargetRate : null));
            rows.Add(new ResultRow(Title, "process pinned to one CPU", pinned ? "yes (affinity = CPU 0)" : "no (affinity not settable here)"));
        }
        finally
        {
            if (pinned && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
            {
                using var p = Process.GetCurrentProcess();
                p.ProcessorAffinity = previousAffinity;
            }
        }
        return Task.FromResult<IReadOnlyList<ResultRow>>(rows);
    }

    private static (double MeanNs, double StdDevNs, long AllocatedBytes)? RunBenchmarkDotNet(BenchContext context)
    {
        try
        {
            var job = Job.Dry.WithToolchain(InProcessEmitToolchain.Instance)
                .WithLaunchCount(1).WithWarmupCount(context.Quick ? 2 : 4).WithIterationCount(context.Quick ? 4 : 10)
                .WithUnrollFactor(16).WithInvocationCount(16 * 4096).WithStrategy(BenchmarkDotNet.Engines.RunStrategy.Throughput)
                .WithId("short-inprocess");
            var config = ManualConfig.CreateEmpty()
                .AddJob(job)
                .AddLogger(new StreamLogger(new StreamWriter(Console.OpenStandardError()) { AutoFlush = true }))
                .AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance)
                .AddDiagnoser(MemoryDiagnoser.Default)
                .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "scpstorage-bench-bdn-" + Environment.ProcessId));
            var summary = BenchmarkRunner.Run<SignerBenchmark>(config);
            var report = summary.Reports.FirstOrDefault();
            if (report?.ResultStatistics == null)
            {
                context.Log("signing: BenchmarkDotNet produced no result; using the Stopwatch loop only. " + string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
                return null;
            }
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? -1;
            return (report.ResultStatistics.Mean, report.ResultStatistics.StandardDeviation, allocated);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            context.Log("signing: BenchmarkDotNet failed (" + e.GetBaseException().Message + "); using the Stopwatch loop only.");
            return null;
        }
    }

    /// <summary>Signatures per second over <paramref name="seconds"/> on this thread, after a warm-up.</summary>
    private static double StopwatchRate(double seconds)
    {
        var b = new SignerBenchmark();
        for (int i = 0; i < 200_000; i++) b.Sign();
        long count = 0;
        var start = Stopwatch.GetTimestamp();
        var limit = (long)(seconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() - start < limit)
        {
            for (int i = 0; i < 1000; i++) b.Sign();
            count += 1000;
        }
        return count / (Stats.Ms(start, Stopwatch.GetTimestamp()) / 1000);
    }

    private static bool Pin(out IntPtr previous)
    {
        previous = IntPtr.Zero;
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows()) return false;
        try
        {
            using var p = Process.GetCurrentProcess();
            previous = p.ProcessorAffinity;
            p.ProcessorAffinity = (IntPtr)1;
            return true;
        }
        catch (Exception e) when (e is PlatformNotSupportedException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>The BenchmarkDotNet target: one signature of a list request as the module sends it.</summary>
public class SignerBenchmark
{
    private readonly string _url = Core.Http.ScpUrl.Combine("https://virtualserver.kr-west1.e.samsungsdscloud.com", "/v1/volumes",
        Core.Http.ScpUrl.BuildQuery(new Dictionary<string, string?>
        {
            ["limit"] = "1000", ["marker"] = "3f2b8c1e-7d4a-4e0b-9a61-5c2f9e8d7b10", ["sort"] = "created_at:desc", ["name"] = "prod-db*",
        }));
    private readonly string _timestamp = ScpSigner.Timestamp(new DateTimeOffset(2026, 2, 11, 6, 44, 40, TimeSpan.Zero));

    [BenchmarkDotNet.Attributes.Benchmark]
    public string Sign() => ScpSigner.Sign("GET", _url, _timestamp, "demo-access-key-0123456789", "demo-account-0123456789", "demo-secret-key-0123456789abcdef");
}

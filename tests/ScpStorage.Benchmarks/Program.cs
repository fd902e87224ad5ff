using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ScpStorage.Benchmarks.Scenarios;
using ScpStorage.Benchmarks.Shared;

namespace ScpStorage.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/ScpStorage.Benchmarks [-- --quick] [-- --scenario NAME]
/// Runs the scenarios against in-process emulators on 127.0.0.1, prints one table on stdout and
/// writes it to results/latest.md. Exit code 0 whether or not targets are met; 1 if a scenario failed.
/// </summary>
public static class Program
{
    private static readonly IScenario[] All =
    {
        new ModuleImportScenario(), new PerCallScenario(), new ListingScenario(), new SnapshotScenario(), new SigningScenario(),
        new FaultRunScenario(),
        new BareMetalBlockStorageListingScenario(),
        new BackupListingScenario(),
        new ArchiveStorageListingScenario(),
        new FileStorageListingScenario(),
    };

    public static async Task<int> Main(string[] args)
    {
        if (SteadyJit.Relaunch(args) is int exitCode) return exitCode;
        var quick = args.Contains("--quick");
        var only = Option(args, "--scenario");
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine("Options: --quick (smaller sizes) | --scenario NAME (one of: " + string.Join(", ", All.Select(s => s.Name)) + ")");
            return 0;
        }
        var selected = All.Where(s => only == null || string.Equals(s.Name, only, StringComparison.OrdinalIgnoreCase)).ToList();
        if (selected.Count == 0)
        {
            Console.Error.WriteLine($"Unknown scenario '{only}'. Known: {string.Join(", ", All.Select(s => s.Name))}");
            return 2;
        }
        if (!File.Exists(BenchContext.Manifest))
        {
            Console.Error.WriteLine($"The module is not built at {BenchContext.Manifest}; run with -c Release so the project reference builds it.");
            return 2;
        }

        var context = new BenchContext(quick);
        var rows = new List<ResultRow>();
        var failed = false;
        var total = Stopwatch.StartNew();
        foreach (var scenario in selected)
        {
            context.Log($"scenario {scenario.Name} starting");
            try
            {
                rows.AddRange(await scenario.RunAsync(context));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed = true;
                context.Log($"scenario {scenario.Name} FAILED: {e}");
                rows.Add(new ResultRow(scenario.Name, "FAILED", e.GetBaseException().Message.Replace('|', '/').Replace('\n', ' '), "", false));
            }
        }

        var table = ResultRow.Markdown(rows);
        var header = $"ScpStorage benchmarks — {(quick ? "quick" : "full")} run, {DateTime.Now:yyyy-MM-dd HH:mm}, " +
                     $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {Build()}, tier-1 delay {SteadyJit.Setting} ms, {total.Elapsed.TotalSeconds:0} s";
        Console.WriteLine();
        Console.WriteLine(header);
        Console.WriteLine();
        Console.Write(table);
        Directory.CreateDirectory(BenchContext.ResultsFolder);
        var file = Path.Combine(BenchContext.ResultsFolder, "latest.md");
        await File.WriteAllTextAsync(file, "# " + header + "\n\n" + table);
        context.Log("written " + file);
        return failed ? 1 : 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string Build()
    {
#if DEBUG
        return "Debug build (numbers are not representative)";
#else
        return "Release";
#endif
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ScpStorage.Benchmarks.Shared;

/// <summary>What every scenario gets: the run size, the repository paths and a progress log.</summary>
public sealed class BenchContext
{
    public BenchContext(bool quick) { Quick = quick; }

    /// <summary>--quick: smaller sizes and fewer samples, for a smoke run.</summary>
    public bool Quick { get; }

    public static string RepoRoot { get; } = FindRoot();

    /// <summary>
    /// The manifest in the module folder this harness was built with (out/Release/ScpStorage for
    /// -c Release): a Debug module is JIT-compiled without optimizations and would be measured slow.
    /// </summary>
    public static string Manifest { get; } = Path.Combine(
        typeof(BenchContext).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "ModuleOutDir").Value!,
        "ScpStorage.psd1");

    public static string ResultsFolder => Path.Combine(RepoRoot, "tests", "ScpStorage.Benchmarks", "results");

    /// <summary>Progress goes to stderr so stdout holds only the final table.</summary>
    public void Log(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScpStorage.sln"))) return dir.FullName;
        throw new InvalidOperationException("ScpStorage.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One benchmark scenario: one file under Scenarios/.</summary>
public interface IScenario
{
    /// <summary>Name for --scenario (case-insensitive).</summary>
    string Name { get; }

    Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context);
}

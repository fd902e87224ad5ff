using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Reflection.Emit;
using System.Threading.Tasks;
using ScpStorage.Benchmarks.Shared;

namespace ScpStorage.Benchmarks.Scenarios;

/// <summary>
/// 1. Time to a fresh, open runspace (InitialSessionState.CreateDefault2 + ImportPSModule + Open)
/// with ScpStorage imported, against the same with no module and with an empty binary module
/// (a manifest whose RootModule is a dll with no types, written at run time with
/// PersistedAssemblyBuilder). Samples are interleaved so drift hits every variant alike.
/// </summary>
public sealed class ModuleImportScenario : IScenario
{
    private const string Title = "1 module import";
    private const double TargetMs = 150;

    public string Name => "import";

    public Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context)
    {
        var samples = context.Quick ? 5 : 15;
        var folder = Path.Combine(Path.GetTempPath(), "scpstorage-bench-empty-" + Environment.ProcessId);
        var emptyManifest = WriteEmptyBinaryModule(folder);
        try
        {
            // Warm the engine itself (first runspace in a process pays for loading SMA); not attributed to anyone.
            Time(null);
            Time(emptyManifest);
            var coldScp = Time(BenchContext.Manifest);
            context.Log($"import: cold ScpStorage {coldScp:0} ms; {samples} interleaved samples each");

            var none = new List<double>();
            var empty = new List<double>();
            var scp = new List<double>();
            var deadline = Stopwatch.StartNew();
            for (int i = 0; i < samples && deadline.Elapsed < TimeSpan.FromMinutes(2); i++)
            {
                none.Add(Time(null));
                empty.Add(Time(emptyManifest));
                scp.Add(Time(BenchContext.Manifest));
            }

            var scpMedian = Stats.Median(scp);
            var emptyMedian = Stats.Median(empty);
            IReadOnlyList<ResultRow> rows = new[]
            {
                new ResultRow(Title, $"ScpStorage, median of {scp.Count}", Fmt.Ms(scpMedian), "≤ " + Fmt.Ms(TargetMs), scpMedian <= TargetMs),
                new ResultRow(Title, "empty binary module (baseline), median", Fmt.Ms(emptyMedian)),
                new ResultRow(Title, "no module (CreateDefault2 + Open), median", Fmt.Ms(Stats.Median(none))),
                new ResultRow(Title, "ScpStorage − empty baseline", Fmt.Ms(scpMedian - emptyMedian)),
                new ResultRow(Title, "ScpStorage p90", Fmt.Ms(Stats.Percentile(scp, 90))),
                new ResultRow(Title, "first ScpStorage import in process (cold JIT)", Fmt.Ms(coldScp)),
            };
            return Task.FromResult(rows);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Milliseconds to create and open one runspace (module imported when a manifest is given); the runspace is then disposed.</summary>
    private static double Time(string? manifest)
    {
        var start = Stopwatch.GetTimestamp();
        Runspace runspace;
        if (manifest == null)
        {
            runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
        }
        else
        {
            runspace = Shell.Open(manifest);
        }
        var ms = Stats.Ms(start, Stopwatch.GetTimestamp());
        runspace.Dispose();
        return ms;
    }

    /// <summary>EmptyBinaryModule.dll (one empty type, no cmdlets) and a manifest that loads it as RootModule.</summary>
    private static string WriteEmptyBinaryModule(string folder)
    {
        Directory.CreateDirectory(folder);
        var assembly = new PersistedAssemblyBuilder(new AssemblyName("EmptyBinaryModule"), typeof(object).Assembly);
        var module = assembly.DefineDynamicModule("EmptyBinaryModule");
        module.DefineType("EmptyBinaryModule.Marker", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed).CreateType();
        assembly.Save(Path.Combine(folder, "EmptyBinaryModule.dll"));
        var manifest = Path.Combine(folder, "EmptyBinaryModule.psd1");
        File.WriteAllText(manifest,
            "@{\n    RootModule = 'EmptyBinaryModule.dll'\n    ModuleVersion = '1.0.0'\n    GUID = 'a4c1f0de-5b7e-4f51-9a56-0d3c2e7b1f11'\n" +
            "    CmdletsToExport = @()\n    FunctionsToExport = @()\n    AliasesToExport = @()\n    VariablesToExport = @()\n}\n");
        return manifest;
    }
}

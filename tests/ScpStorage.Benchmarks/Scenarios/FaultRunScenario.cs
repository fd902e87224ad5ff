using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using ScpStorage.Benchmarks.Shared;
using ScpStorage.Emulator;

namespace ScpStorage.Benchmarks.Scenarios;

/// <summary>
/// 6. The larger fault run (the engine test FaultRunTests is the small one): volumes created
/// sequentially and with -AsJob, then resized and removed with -AsJob, under about 20% faulted
/// API requests (429, 500, 503, drops, and answers lost after the work was done). Outcomes are
/// compared with the emulator's state read with faults off: duplicates, failed but done, lost,
/// failures without a real error category, and the share that succeeded.
/// </summary>
public sealed class FaultRunScenario : IScenario
{
    private const string Title = "6 fault run, 20% faults";

    public string Name => "faults";

    public async Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context)
    {
        var creates = context.Quick ? 50 : 250; // per way (sequential, -AsJob)
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, DatabasePath = null, TransitionDelay = TimeSpan.Zero });
        using var shell = Shell.ConnectedTo(host.EndpointTemplate);
        shell.Run("Set-ScpRetryPolicy -BaseDelayMilliseconds 10 -MaximumDelaySeconds 2 | Out-Null");
        var tally = new Tally();
        var watch = Stopwatch.StartNew();

        // Sequential creates.
        FaultsOn(host);
        var seq = Enumerable.Range(0, creates).Select(i => "fs-" + i).ToArray();
        var seqOk = new Dictionary<string, (bool, ErrorRecord[])>();
        foreach (var name in seq) seqOk[name] = Outcome(shell, $"New-ScpVolume -Name {name} -SizeGB 8 -Wait | Out-Null");

        // -AsJob creates: one job per volume, all at once.
        var job = Enumerable.Range(0, creates).Select(i => "fj-" + i).ToArray();
        shell.Set("names", job);
        var jobOk = Children(shell, "$jobs = foreach ($n in $names) { New-ScpVolume -Name $n -SizeGB 8 -Wait -AsJob }; $null = $jobs | Wait-Job -Timeout 600; $jobs | ForEach-Object { $_.ChildJobs[0] }");
        host.Faults.Reset();
        var made = new List<string>();
        foreach (var (name, outcome) in seq.Select(n => (n, seqOk[n])).Concat(job.Select((n, i) => (n, jobOk[i]))))
        {
            var count = (int)shell.Run($"@(Get-ScpVolume -Name {name} -ErrorAction SilentlyContinue).Count").Single().BaseObject;
            tally.Add(outcome.Item1, count == 1, count > 1, outcome.Item2);
            if (count >= 1) made.Add(name);
        }
        shell.Set("made", made.ToArray());
        shell.Run("$vols = @($made | ForEach-Object { Get-ScpVolume -Name $_ })");

        // -AsJob resize and remove of everything that exists.
        FaultsOn(host);
        var resized = Children(shell, "$j = $vols | Resize-ScpVolume -SizeGB 16 -Wait -AsJob -ThrottleLimit 16; $null = $j | Wait-Job -Timeout 600; $j.ChildJobs");
        host.Faults.Reset();
        var sizes = shell.Run("$vols | ForEach-Object { (Get-ScpVolume -Id $_.Id).Size }").Select(o => (int)o.BaseObject).ToList();
        for (var i = 0; i < made.Count; i++) tally.Add(resized[i].Item1, sizes[i] == 16, false, resized[i].Item2);

        FaultsOn(host);
        var removed = Children(shell, "$j = $vols | Remove-ScpVolume -Force -Wait -AsJob -ThrottleLimit 16; $null = $j | Wait-Job -Timeout 600; $j.ChildJobs");
        host.Faults.Reset();
        for (var i = 0; i < made.Count; i++)
        {
            var left = (int)shell.Run($"@(Get-ScpVolume -Name {made[i]} -ErrorAction SilentlyContinue).Count").Single().BaseObject;
            tally.Add(removed[i].Item1, left == 0, false, removed[i].Item2);
        }
        watch.Stop();

        var faulted = host.Requests.Count(r => r.FaultInjected != null);
        var lost = host.Requests.Count(r => r.FaultInjected == "lose");
        var success = 100.0 * tally.Succeeded / tally.Operations;
        foreach (var failure in tally.Failures) context.Log("faults: " + failure);
        context.Log($"faults: {tally.Operations} operations, {success:0.00}% succeeded, {faulted} faulted requests ({lost} lost after the work) in {watch.Elapsed.TotalSeconds:0} s");
        return new[]
        {
            new ResultRow(Title, "operations (sequential creates, -AsJob creates, -AsJob resizes and removes)", $"{Fmt.Int(tally.Operations)} in {watch.Elapsed.TotalSeconds:0.0} s"),
            new ResultRow(Title, "faulted requests (answers lost after the work)", $"{Fmt.Int(faulted)} ({Fmt.Int(lost)})"),
            new ResultRow(Title, "succeeded", $"{success:0.00}%", "≥ 99%", success >= 99),
            new ResultRow(Title, "duplicates", Fmt.Int(tally.Duplicates), "0", tally.Duplicates == 0),
            new ResultRow(Title, "failed but done", Fmt.Int(tally.FailedButDone), "0", tally.FailedButDone == 0),
            new ResultRow(Title, "reported done but missing", Fmt.Int(tally.Lost), "0", tally.Lost == 0),
            new ResultRow(Title, "failures without a real error category", Fmt.Int(tally.Uncategorised), "0", tally.Uncategorised == 0),
        };
    }

    /// <summary>The shared mixed fault run (about 20% of API requests; see FaultOptions.UseMixedFaultRun).</summary>
    private static void FaultsOn(EmulatorHost host) => host.Faults.UseMixedFaultRun();

    private static (bool, ErrorRecord[]) Outcome(Shell shell, string script)
    {
        using var ps = shell.Create();
        ps.AddScript(script);
        try { ps.Invoke(); }
        catch (RuntimeException e) { return (false, new[] { e.ErrorRecord }); }
        return (ps.Streams.Error.Count == 0, ps.Streams.Error.ToArray());
    }

    private static List<(bool, ErrorRecord[])> Children(Shell shell, string script) =>
        shell.Run(script).Select(o => (Job)o.BaseObject)
            .Select(c => { var e = c.Error.ReadAll().ToArray(); return (c.JobStateInfo.State == JobState.Completed && e.Length == 0, e); }).ToList();

    private sealed class Tally
    {
        public int Operations, Succeeded, Duplicates, FailedButDone, Lost, Uncategorised;
        public List<string> Failures { get; } = new();

        public void Add(bool reportedOk, bool done, bool duplicated, ErrorRecord[] errors)
        {
            Operations++;
            if (duplicated) Duplicates++;
            if (reportedOk) { Succeeded++; if (!done) Lost++; return; }
            if (done) FailedButDone++;
            Failures.Add((done ? "failed but done: " : "failed: ") + string.Join(" | ", errors.Select(e => $"{e.FullyQualifiedErrorId} [{e.CategoryInfo.Category}] {e}")));
            if (errors.Length == 0 || errors.Any(e => e.CategoryInfo.Category == ErrorCategory.NotSpecified)) Uncategorised++;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace ScpStorage.Tests.Faults;

/// <summary>
/// A few hundred operations through the cmdlets, sequential and -AsJob, with 20% of API requests
/// faulted (throttling, 5xx, dropped connections and answers lost after the work was done). After
/// every operation the emulator's state (read with faults off) is compared with what the cmdlet
/// said: nothing duplicated, nothing failed but done, nothing reported done but missing.
/// </summary>
public sealed class FaultRunTests : IClassFixture<EmulatorFixture>
{
    private const int Chains = 30;      // sequential: 5 operations each
    private const int JobInputs = 30;   // -AsJob: 5 operations each

    private readonly EmulatorFixture _emu;
    private readonly ITestOutputHelper _out;
    private readonly FaultTally _tally = new();

    public FaultRunTests(EmulatorFixture emu, ITestOutputHelper output) { _emu = emu; _out = output; }

    /// <summary>The shared mixed fault run (about 20% of API requests; see FaultOptions.UseMixedFaultRun).</summary>
    private void FaultsOn() => _emu.Host.Faults.UseMixedFaultRun();

    private void FaultsOff() => _emu.Host.Faults.Reset();

    /// <summary>Reads the truth with faults off, then puts them back.</summary>
    private T Truth<T>(ModuleShell shell, string script)
    {
        FaultsOff();
        var before = _emu.Host.Requests.Count;
        try
        {
            var r = shell.Run(script);
            r.Errors.Should().BeEmpty("the check runs without faults");
            return (T)r.Output.Single().BaseObject;
        }
        finally
        {
            _checkRequests += _emu.Host.Requests.Count - before;
            FaultsOn();
        }
    }

    private int _checkRequests;

    /// <summary>How many objects a Get- command finds now (none is not an error here).</summary>
    private int Count(ModuleShell shell, string command) => Truth<int>(shell, $"@({command} -ErrorAction SilentlyContinue).Count");

    [Fact]
    public void Sequential_and_AsJob_operations_under_20_percent_faults_lose_nothing_and_duplicate_nothing()
    {
        _emu.Host.Options.TransitionDelay = TimeSpan.Zero;
        using var shell = _emu.Shell();
        var watch = Stopwatch.StartNew();
        FaultsOn();
        try
        {
            for (var i = 0; i < Chains; i++) Chain(shell, "sq-" + i);
            Jobs(shell);
        }
        finally { FaultsOff(); }
        watch.Stop();

        var faulted = _emu.Host.Requests.Count(r => r.FaultInjected != null);
        var underFaults = _emu.Host.Requests.Count - _checkRequests;
        var lostAfterWork = _emu.Host.Requests.Count(r => r.FaultInjected == "lose");
        _out.WriteLine($"{_tally.Operations} operations ({_tally.Sequential} sequential, {_tally.Operations - _tally.Sequential} in jobs) in {watch.Elapsed.TotalSeconds:0.0} s; " +
            $"{underFaults} API requests under faults (checks not counted), {faulted} faulted ({100.0 * faulted / underFaults:0.0}%), {lostAfterWork} answers lost after the work was done; " +
            $"succeeded {_tally.Succeeded} ({100.0 * _tally.Succeeded / _tally.Operations:0.00}%), failed {_tally.Failed}; " +
            $"duplicates {_tally.Duplicates}, failed but done {_tally.FailedButDone}, lost {_tally.Lost}, failures without a real category {_tally.Uncategorised}");
        foreach (var line in _tally.Notes) _out.WriteLine(line);

        lostAfterWork.Should().BeGreaterThan(0, "the run must include answers lost after commit");
        ((double)faulted / underFaults).Should().BeGreaterThan(0.15, "about a fifth of the requests are faulted");
        _tally.Duplicates.Should().Be(0);
        _tally.FailedButDone.Should().Be(0);
        _tally.Lost.Should().Be(0);
        _tally.Uncategorised.Should().Be(0);
        _tally.Leaks.Should().Be(0, "no secret in any stream");
        ((double)_tally.Succeeded / _tally.Operations).Should().BeGreaterOrEqualTo(0.99);
    }

    /// <summary>Create, snapshot, resize, remove the snapshot, remove the volume; each checked against the emulator.</summary>
    private void Chain(ModuleShell shell, string name)
    {
        var create = Op(shell, $"$v = New-ScpVolume -Name {name} -SizeGB 8 -Wait; $v", sequential: true);
        var volumes = Count(shell, $"Get-ScpVolume -Name {name}");
        _tally.Check($"New-ScpVolume {name}", create.Ok, volumes == 1, volumes > 1);
        if (volumes != 1) return;
        if (!create.Ok) shell.Run($"$v = Get-ScpVolume -Name {name}");

        var snap = Op(shell, $"$s = $v | New-ScpVolumeSnapshot -Name {name}-s -Wait; $s", sequential: true);
        var snaps = Count(shell, $"Get-ScpVolumeSnapshot -Name {name}-s");
        _tally.Check($"New-ScpVolumeSnapshot {name}-s", snap.Ok, snaps == 1, snaps > 1);
        if (snaps == 1 && !snap.Ok) shell.Run($"$s = Get-ScpVolumeSnapshot -Name {name}-s");

        var resize = Op(shell, "$v | Resize-ScpVolume -SizeGB 16 -Wait", sequential: true);
        _tally.Check($"Resize-ScpVolume {name}", resize.Ok, Truth<int>(shell, "(Get-ScpVolume -Id $v.Id).Size") == 16, false);

        if (snaps == 1)
        {
            var removeSnap = Op(shell, "$s | Remove-ScpVolumeSnapshot -Force -Wait", sequential: true);
            var left = Count(shell, $"Get-ScpVolumeSnapshot -Name {name}-s");
            _tally.Check($"Remove-ScpVolumeSnapshot {name}-s", removeSnap.Ok, left == 0, false);
            if (left != 0) return;
        }
        var remove = Op(shell, "$v | Remove-ScpVolume -Force -Wait", sequential: true);
        _tally.Check($"Remove-ScpVolume {name}", remove.Ok, Count(shell, $"Get-ScpVolume -Name {name}") == 0, false);
    }

    /// <summary>The same journey with -AsJob: one job per create (they run at once), then one job per step over every volume.</summary>
    private void Jobs(ModuleShell shell)
    {
        var names = Enumerable.Range(0, JobInputs).Select(i => "jb-" + i).ToArray();
        shell.Set("names", names);
        var creates = JobChildren(shell, "$jobs = foreach ($n in $names) { New-ScpVolume -Name $n -SizeGB 8 -Wait -AsJob }; $null = $jobs | Wait-Job -Timeout 120; $jobs | ForEach-Object { $_.ChildJobs[0] }");
        var made = new List<string>();
        for (var i = 0; i < names.Length; i++)
        {
            var n = Count(shell, $"Get-ScpVolume -Name {names[i]}");
            _tally.Check($"New-ScpVolume -AsJob {names[i]}", creates[i].Ok, n == 1, n > 1, creates[i].Errors);
            if (n == 1) made.Add(names[i]);
        }
        shell.Set("made", made.ToArray());
        Truth<int>(shell, "$vols = @($made | ForEach-Object { Get-ScpVolume -Name $_ }); $vols.Count");

        var snaps = JobChildren(shell, "$j = $vols | New-ScpVolumeSnapshot -Name jsnap -Wait -AsJob -ThrottleLimit 8; $null = $j | Wait-Job -Timeout 120; $j.ChildJobs");
        for (var i = 0; i < made.Count; i++)
        {
            var n = Count(shell, $"Get-ScpVolumeSnapshot -VolumeId $vols[{i}].Id -Name jsnap");
            _tally.Check($"New-ScpVolumeSnapshot -AsJob {made[i]}", snaps[i].Ok, n == 1, n > 1, snaps[i].Errors);
        }

        var resizes = JobChildren(shell, "$j = $vols | Resize-ScpVolume -SizeGB 16 -Wait -AsJob -ThrottleLimit 8; $null = $j | Wait-Job -Timeout 120; $j.ChildJobs");
        for (var i = 0; i < made.Count; i++)
            _tally.Check($"Resize-ScpVolume -AsJob {made[i]}", resizes[i].Ok, Truth<int>(shell, $"(Get-ScpVolume -Id $vols[{i}].Id).Size") == 16, false, resizes[i].Errors);

        var snapCount = Truth<int>(shell, "$snaps = @(Get-ScpVolumeSnapshot -Name jsnap); $snaps.Count");
        var removeSnaps = JobChildren(shell, "$j = $snaps | Remove-ScpVolumeSnapshot -Force -Wait -AsJob -ThrottleLimit 8; $null = $j | Wait-Job -Timeout 120; $j.ChildJobs");
        for (var i = 0; i < snapCount; i++)
            _tally.Check("Remove-ScpVolumeSnapshot -AsJob #" + i, removeSnaps[i].Ok, Count(shell, $"Get-ScpVolumeSnapshot -Id $snaps[{i}].Id") == 0, false, removeSnaps[i].Errors);

        var removes = JobChildren(shell, "$j = $vols | Remove-ScpVolume -Force -Wait -AsJob -ThrottleLimit 8; $null = $j | Wait-Job -Timeout 120; $j.ChildJobs");
        for (var i = 0; i < made.Count; i++)
            _tally.Check($"Remove-ScpVolume -AsJob {made[i]}", removes[i].Ok, Count(shell, $"Get-ScpVolume -Name {made[i]}") == 0, false, removes[i].Errors);
    }

    private (bool Ok, IReadOnlyList<ErrorRecord> Errors) Op(ModuleShell shell, string script, bool sequential)
    {
        var r = shell.Run(script);
        _tally.Scan(r);
        if (sequential) _tally.Sequential++;
        var errors = r.Terminating != null ? r.Errors.Append(r.Terminating.ErrorRecord).ToList() : r.Errors.ToList();
        return (errors.Count == 0, errors);
    }

    /// <summary>Runs a script that leaves child jobs in the output; returns each child's outcome in input order.</summary>
    private List<(bool Ok, IReadOnlyList<ErrorRecord> Errors)> JobChildren(ModuleShell shell, string script)
    {
        var r = shell.Run(script);
        r.Errors.Should().BeEmpty("starting and waiting for jobs does not fail");
        _tally.Scan(r);
        return r.Output.Select(o => (Job)o.BaseObject).Select(child =>
        {
            var errors = child.Error.ReadAll().ToList();
            foreach (var v in child.Verbose.ReadAll()) _tally.Scan(v.Message);
            return (child.JobStateInfo.State == JobState.Completed && errors.Count == 0, (IReadOnlyList<ErrorRecord>)errors);
        }).ToList();
    }
}

/// <summary>What the run found, operation by operation.</summary>
internal sealed class FaultTally
{
    public int Operations { get; private set; }
    public int Sequential { get; set; }
    public int Succeeded { get; private set; }
    public int Failed { get; private set; }
    public int Duplicates { get; private set; }
    public int FailedButDone { get; private set; }
    public int Lost { get; private set; }
    public int Uncategorised { get; private set; }
    public int Leaks { get; private set; }
    public List<string> Notes { get; } = new();
    private IReadOnlyList<ErrorRecord> _lastErrors = Array.Empty<ErrorRecord>();

    public void Scan(ShellResult r)
    {
        foreach (var text in r.AllText()) Scan(text);
        _lastErrors = r.Terminating != null ? r.Errors.Append(r.Terminating.ErrorRecord).ToList() : r.Errors;
    }

    public void Scan(string text)
    {
        if (text.Contains(ModuleShell.DemoSecret)) Leaks++;
    }

    /// <param name="what">The operation, for notes.</param>
    /// <param name="reportedOk">What the cmdlet said.</param>
    /// <param name="done">What the emulator shows: the effect is there.</param>
    /// <param name="duplicated">The emulator holds more than one of what was created once.</param>
    /// <param name="errors">The operation's error records (the last sequential run's when null).</param>
    public void Check(string what, bool reportedOk, bool done, bool duplicated, IReadOnlyList<ErrorRecord>? errors = null)
    {
        Operations++;
        errors ??= _lastErrors;
        if (duplicated) { Duplicates++; Notes.Add("duplicate: " + what); }
        if (reportedOk)
        {
            Succeeded++;
            if (!done) { Lost++; Notes.Add("reported done but missing: " + what); }
            return;
        }
        Failed++;
        if (done) { FailedButDone++; Notes.Add("failed but done: " + what + ": " + string.Join(" | ", errors.Select(e => e.ToString()))); }
        else Notes.Add("failed: " + what + ": " + string.Join(" | ", errors.Select(e => $"{e.FullyQualifiedErrorId} [{e.CategoryInfo.Category}] {e}")));
        if (errors.Count == 0 || errors.Any(e => e.CategoryInfo.Category == ErrorCategory.NotSpecified || e.FullyQualifiedErrorId.StartsWith("ScpUnexpectedError")))
        {
            Uncategorised++;
            Notes.Add("failure without a real category: " + what);
        }
    }
}

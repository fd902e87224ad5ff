using System;
using System.Diagnostics;
using System.Threading;

namespace ScpStorage.Benchmarks.Shared;

/// <summary>
/// Samples, on a background thread every <c>interval</c> (at most <c>maxSamples</c> times):
/// the heap size right after the most recent GC (GC.GetGCMemoryInfo().HeapSizeBytes: what
/// survived, i.e. what is really held), the managed heap including not-yet-collected garbage
/// (GC.GetTotalMemory(false)), and the process working set. Baselines are taken after a full
/// collection, so growth = peak − baseline.
/// </summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Thread _thread;
    private readonly TimeSpan _interval;
    private readonly int _maxSamples;
    private volatile bool _stop;

    public MemorySampler(TimeSpan interval, int maxSamples = 100_000)
    {
        _interval = interval;
        _maxSamples = maxSamples;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        BaselineManaged = PeakManaged = GC.GetTotalMemory(false);
        BaselineHeapAfterGc = PeakHeapAfterGc = GC.GetGCMemoryInfo().HeapSizeBytes;
        BaselineWorkingSet = PeakWorkingSet = WorkingSet();
        _thread = new Thread(Loop) { IsBackground = true, Name = "memory-sampler" };
        _thread.Start();
    }

    public long BaselineManaged { get; }
    public long BaselineWorkingSet { get; }
    public long BaselineHeapAfterGc { get; }
    public long PeakHeapAfterGc { get; private set; }
    public long PeakManaged { get; private set; }
    public long PeakWorkingSet { get; private set; }
    public int Samples { get; private set; }

    public long ManagedGrowth => PeakManaged - BaselineManaged;
    public long HeapAfterGcGrowth => PeakHeapAfterGc - BaselineHeapAfterGc;
    public long WorkingSetGrowth => PeakWorkingSet - BaselineWorkingSet;

    /// <summary>Takes one sample now (also called from the measured loop so short runs get samples).</summary>
    public void Sample()
    {
        var managed = GC.GetTotalMemory(false);
        var ws = WorkingSet();
        var afterGc = GC.GetGCMemoryInfo().HeapSizeBytes;
        lock (_thread)
        {
            if (afterGc > PeakHeapAfterGc) PeakHeapAfterGc = afterGc;
            if (managed > PeakManaged) PeakManaged = managed;
            if (ws > PeakWorkingSet) PeakWorkingSet = ws;
            Samples++;
        }
    }

    private void Loop()
    {
        for (int i = 0; i < _maxSamples && !_stop; i++)
        {
            Sample();
            Thread.Sleep(_interval);
        }
    }

    private static long WorkingSet()
    {
        using var p = Process.GetCurrentProcess();
        return p.WorkingSet64;
    }

    public void Dispose()
    {
        _stop = true;
        _thread.Join(TimeSpan.FromSeconds(5));
        Sample();
    }
}

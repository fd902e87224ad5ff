using System;
using System.Collections.Generic;
using System.Linq;

namespace ScpStorage.Benchmarks.Shared;

/// <summary>Order statistics over samples (milliseconds unless a caller says otherwise).</summary>
public static class Stats
{
    public static double Median(IReadOnlyCollection<double> samples) => Percentile(samples, 50);

    public static double Percentile(IReadOnlyCollection<double> samples, double p)
    {
        if (samples.Count == 0) return double.NaN;
        var sorted = samples.OrderBy(x => x).ToArray();
        var rank = p / 100.0 * (sorted.Length - 1);
        int lo = (int)Math.Floor(rank), hi = (int)Math.Ceiling(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    /// <summary>Elapsed milliseconds of a Stopwatch timestamp span.</summary>
    public static double Ms(long startTicks, long endTicks) =>
        (endTicks - startTicks) * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
}

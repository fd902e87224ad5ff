using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace ScpStorage.Emulator;

/// <summary>
/// Fault injection for API routes (never admin routes), changeable while the host runs.
/// Scripted faults (<see cref="FailNext"/>, <see cref="DropNext"/>) win over random ones so tests
/// are deterministic. A faulted request never reaches its handler, so it never changes state.
/// </summary>
public sealed class FaultOptions
{
    private readonly object _gate = new();
    private readonly List<Scripted> _script = new();
    private long _latencyTicks;
    private double _dropRate;
    private int _retryAfterSeconds = 1;

    /// <summary>Delay added before every API request is handled.</summary>
    public TimeSpan Latency { get => TimeSpan.FromTicks(System.Threading.Interlocked.Read(ref _latencyTicks)); set => System.Threading.Interlocked.Exchange(ref _latencyTicks, value.Ticks); }
    /// <summary>HTTP status → probability per request, e.g. 429 → 0.1.</summary>
    public IDictionary<int, double> ErrorRates { get; } = new ConcurrentDictionary<int, double>();
    /// <summary>Probability of aborting the connection without a response.</summary>
    public double DropRate { get { lock (_gate) return _dropRate; } set { lock (_gate) _dropRate = value; } }
    /// <summary>Retry-After seconds sent with injected 429 and 503 answers.</summary>
    public int RetryAfterSeconds { get { lock (_gate) return _retryAfterSeconds; } set { lock (_gate) _retryAfterSeconds = value; } }

    /// <summary>The next <paramref name="count"/> API requests (of <paramref name="method"/>, if given) answer <paramref name="status"/>.</summary>
    public void FailNext(int count, int status, int? retryAfterSeconds = null, string? method = null)
    {
        lock (_gate) _script.Add(new Scripted(count, status, retryAfterSeconds, method, Drop: false));
    }

    /// <summary>The next <paramref name="count"/> API requests (of <paramref name="method"/>, if given) are read and then aborted.</summary>
    public void DropNext(int count, string? method = null)
    {
        lock (_gate) _script.Add(new Scripted(count, 0, null, method, Drop: true));
    }

    public void Reset()
    {
        lock (_gate)
        {
            _script.Clear();
            _dropRate = 0;
            _retryAfterSeconds = 1;
        }
        Latency = TimeSpan.Zero;
        ErrorRates.Clear();
    }

    /// <summary>Decides the fault for one request; consumes a scripted entry when one matches.</summary>
    internal FaultDecision Decide(string method)
    {
        lock (_gate)
        {
            for (int i = 0; i < _script.Count; i++)
            {
                var s = _script[i];
                if (s.Method != null && !string.Equals(s.Method, method, StringComparison.OrdinalIgnoreCase)) continue;
                _script[i] = s with { Count = s.Count - 1 };
                if (_script[i].Count <= 0) _script.RemoveAt(i);
                return s.Drop ? FaultDecision.DropConnection : new FaultDecision(s.Status, s.RetryAfter ?? _retryAfterSeconds, false);
            }
            if (_dropRate > 0 && Random.Shared.NextDouble() < _dropRate) return FaultDecision.DropConnection;
            foreach (var (status, rate) in ErrorRates)
            {
                if (rate > 0 && Random.Shared.NextDouble() < rate) return new FaultDecision(status, _retryAfterSeconds, false);
            }
            return FaultDecision.None;
        }
    }

    private sealed record Scripted(int Count, int Status, int? RetryAfter, string? Method, bool Drop);
}

/// <summary>What to do with one request: nothing, answer <see cref="Status"/>, or drop the connection.</summary>
internal sealed record FaultDecision(int Status, int RetryAfterSeconds, bool Drop)
{
    public static readonly FaultDecision None = new(0, 0, false);
    public static readonly FaultDecision DropConnection = new(0, 0, true);
}

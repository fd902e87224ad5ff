using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace ScpStorage.Emulator;

/// <summary>
/// Fault injection for API routes (never admin routes), changeable while the host runs.
/// Scripted faults (<see cref="FailNext"/>, <see cref="DropNext"/>, <see cref="LoseNext"/>) win over
/// random ones so tests are deterministic. Error answers and drops are decided before the handler
/// runs, so they never change state; lost answers (<see cref="LoseNext"/>, <see cref="LoseRate"/>)
/// run the handler first and then drop or delay its answer, the way a load balancer timeout or a
/// reset after commit does, so the work is done and the client does not hear of it.
/// </summary>
public sealed class FaultOptions
{
    private readonly object _gate = new();
    private readonly List<Scripted> _script = new();
    private long _latencyTicks;
    private double _dropRate;
    private int _retryAfterSeconds = 1;
    private double _loseRate;
    private double _lateRate;
    private TimeSpan _lateAnswerDelay = TimeSpan.FromSeconds(30);

    /// <summary>Delay added before every API request is handled.</summary>
    public TimeSpan Latency { get => TimeSpan.FromTicks(System.Threading.Interlocked.Read(ref _latencyTicks)); set => System.Threading.Interlocked.Exchange(ref _latencyTicks, value.Ticks); }
    /// <summary>HTTP status → probability per request, e.g. 429 → 0.1.</summary>
    public IDictionary<int, double> ErrorRates { get; } = new ConcurrentDictionary<int, double>();
    /// <summary>Probability of aborting the connection without a response.</summary>
    public double DropRate { get { lock (_gate) return _dropRate; } set { lock (_gate) _dropRate = value; } }
    /// <summary>Retry-After seconds sent with injected 429 and 503 answers.</summary>
    public int RetryAfterSeconds { get { lock (_gate) return _retryAfterSeconds; } set { lock (_gate) _retryAfterSeconds = value; } }

    /// <summary>Probability of running the handler and then dropping the connection instead of answering.</summary>
    public double LoseRate { get { lock (_gate) return _loseRate; } set { lock (_gate) _loseRate = value; } }
    /// <summary>Probability of running the handler and then holding its answer for <see cref="LateAnswerDelay"/>.</summary>
    public double LateRate { get { lock (_gate) return _lateRate; } set { lock (_gate) _lateRate = value; } }
    /// <summary>How long a late answer is held: set it past the client's timeout so the client gives up first.</summary>
    public TimeSpan LateAnswerDelay { get { lock (_gate) return _lateAnswerDelay; } set { lock (_gate) _lateAnswerDelay = value; } }

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

    /// <summary>
    /// The next <paramref name="count"/> API requests (of <paramref name="method"/>, if given) are handled
    /// (state changes) and then their answer is lost: the connection is dropped, or with
    /// <paramref name="late"/> the answer is held for <see cref="LateAnswerDelay"/>.
    /// </summary>
    public void LoseNext(int count, string? method = null, bool late = false)
    {
        lock (_gate) _script.Add(new Scripted(count, 0, null, method, Drop: false, Lose: late ? AnswerLoss.Late : AnswerLoss.Dropped));
    }

    public void Reset()
    {
        lock (_gate)
        {
            _script.Clear();
            _dropRate = 0;
            _retryAfterSeconds = 1;
            _loseRate = 0;
            _lateRate = 0;
            _lateAnswerDelay = TimeSpan.FromSeconds(30);
        }
        Latency = TimeSpan.Zero;
        ErrorRates.Clear();
    }

    /// <summary>
    /// The mixed fault run the resilience test and the benchmark share: about 20% of API requests
    /// fail — 4% 429 (Retry-After 0), 3% 500, 5% 503, 3% dropped before the handler, 7% answers
    /// lost after the work — with 1 ms latency.
    /// </summary>
    public void UseMixedFaultRun()
    {
        Reset();
        RetryAfterSeconds = 0;
        Latency = TimeSpan.FromMilliseconds(1);
        DropRate = 0.03;
        LoseRate = 0.07;
        ErrorRates[429] = 0.04;
        ErrorRates[500] = 0.03;
        ErrorRates[503] = 0.05;
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
                if (s.Lose != AnswerLoss.None) return new FaultDecision(0, 0, false, s.Lose);
                return s.Drop ? FaultDecision.DropConnection : new FaultDecision(s.Status, s.RetryAfter ?? _retryAfterSeconds, false);
            }
            if (_dropRate > 0 && Random.Shared.NextDouble() < _dropRate) return FaultDecision.DropConnection;
            if (_loseRate > 0 && Random.Shared.NextDouble() < _loseRate) return FaultDecision.LoseAnswer;
            if (_lateRate > 0 && Random.Shared.NextDouble() < _lateRate) return FaultDecision.LateAnswer;
            foreach (var (status, rate) in ErrorRates)
            {
                if (rate > 0 && Random.Shared.NextDouble() < rate) return new FaultDecision(status, _retryAfterSeconds, false);
            }
            return FaultDecision.None;
        }
    }

    private sealed record Scripted(int Count, int Status, int? RetryAfter, string? Method, bool Drop, AnswerLoss Lose = AnswerLoss.None);
}

/// <summary>How the answer of a handled request is lost.</summary>
internal enum AnswerLoss { None, Dropped, Late }

/// <summary>
/// What to do with one request: nothing, answer <see cref="Status"/>, drop the connection before
/// the handler, or run the handler and lose its answer (<see cref="Lose"/>).
/// </summary>
internal sealed record FaultDecision(int Status, int RetryAfterSeconds, bool Drop, AnswerLoss Lose = AnswerLoss.None)
{
    public static readonly FaultDecision None = new(0, 0, false);
    public static readonly FaultDecision DropConnection = new(0, 0, true);
    public static readonly FaultDecision LoseAnswer = new(0, 0, false, AnswerLoss.Dropped);
    public static readonly FaultDecision LateAnswer = new(0, 0, false, AnswerLoss.Late);
}

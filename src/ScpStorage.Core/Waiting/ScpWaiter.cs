using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Http.Pipeline;

namespace ScpStorage.Core.Waiting
{
    /// <summary>Where a resource is on its way to the state a caller waits for.</summary>
    public enum ScpWaitStatus { Pending, Succeeded, Failed }

    /// <summary>Polling schedule and limit for one wait.</summary>
    public sealed class ScpWaitOptions
    {
        public static readonly ScpWaitOptions Default = new ScpWaitOptions(TimeSpan.FromMinutes(10));

        public ScpWaitOptions(TimeSpan timeout, TimeSpan? firstInterval = null, TimeSpan? maxInterval = null)
        {
            if (timeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(timeout), "The timeout must be positive.");
            Timeout = timeout;
            FirstInterval = firstInterval ?? TimeSpan.FromMilliseconds(500);
            MaxInterval = maxInterval ?? TimeSpan.FromSeconds(10);
        }

        public TimeSpan Timeout { get; }
        /// <summary>Delay after the first poll; doubles up to <see cref="MaxInterval"/>.</summary>
        public TimeSpan FirstInterval { get; }
        public TimeSpan MaxInterval { get; }
    }

    /// <summary>One progress report while waiting.</summary>
    public sealed class ScpWaitProgress
    {
        public ScpWaitProgress(string activity, string state, TimeSpan elapsed, TimeSpan timeout, int polls)
        { Activity = activity; State = state; Elapsed = elapsed; Timeout = timeout; Polls = polls; }
        public string Activity { get; }
        public string State { get; }
        public TimeSpan Elapsed { get; }
        public TimeSpan Timeout { get; }
        public int Polls { get; }
        /// <summary>Share of the timeout used so far, 0–100.</summary>
        public int PercentOfTimeout => (int)Math.Min(100, Elapsed.TotalMilliseconds * 100 / Timeout.TotalMilliseconds);
    }

    /// <summary>
    /// The one waiter behind every -Wait: polls with growing intervals until the resource
    /// reaches a final state, fails on error states, gives up at the timeout, and tolerates up to
    /// three transient polling errors in a row (as SCP's Terraform provider does).
    /// </summary>
    public static class ScpWaiter
    {
        private const int MaxConsecutiveTransientErrors = 3;

        public static async Task<T> WaitAsync<T>(string activity, Func<CancellationToken, Task<T>> poll,
            Func<T, ScpWaitStatus> classify, Func<T, string> describe, ScpWaitOptions options,
            Action<ScpWaitProgress>? progress, CancellationToken ct)
        {
            var watch = Stopwatch.StartNew();
            var interval = options.FirstInterval;
            int polls = 0, transient = 0, failedAttempts = 0;
            var failingSince = TimeSpan.Zero;
            string lastState = "unknown";
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                T current;
                try
                {
                    current = await poll(ct).ConfigureAwait(false);
                    transient = 0;
                }
                catch (ScpRequestFailedException e) when (IsTransient(e))
                {
                    // Count every attempt of the failing polls, so the error that ends the wait says
                    // how many requests were really made, not just the last poll's.
                    if (transient++ == 0) { failedAttempts = 0; failingSince = watch.Elapsed - e.Elapsed; }
                    failedAttempts += e.Attempts;
                    if (transient >= MaxConsecutiveTransientErrors)
                        throw e.WithAttempts(failedAttempts, watch.Elapsed - failingSince);
                    current = default!;
                }
                polls++;
                if (transient == 0)
                {
                    lastState = describe(current);
                    var status = classify(current);
                    if (status == ScpWaitStatus.Succeeded) return current;
                    if (status == ScpWaitStatus.Failed)
                        throw new ScpWaitException($"{activity}: the resource reached state '{lastState}'.", lastState, timedOut: false);
                }
                progress?.Invoke(new ScpWaitProgress(activity, lastState, watch.Elapsed, options.Timeout, polls));
                var remaining = options.Timeout - watch.Elapsed;
                if (remaining <= TimeSpan.Zero)
                    throw new ScpWaitException($"{activity}: still '{lastState}' after {options.Timeout.TotalSeconds:0.#} s.", lastState, timedOut: true);
                await Task.Delay(interval < remaining ? interval : remaining, ct).ConfigureAwait(false);
                interval = TimeSpan.FromTicks(Math.Min(interval.Ticks * 2, options.MaxInterval.Ticks));
            }
        }

        private static bool IsTransient(ScpRequestFailedException e) =>
            e.Status == null || ScpRetryClassifier.IsRetriableStatus(e.Status.Value);
    }

    /// <summary>A wait ended without success: an error state or the timeout.</summary>
    public sealed class ScpWaitException : Exception
    {
        public ScpWaitException(string message, string lastState, bool timedOut) : base(message) { LastState = lastState; TimedOut = timedOut; }
        public string LastState { get; }
        public bool TimedOut { get; }
    }
}

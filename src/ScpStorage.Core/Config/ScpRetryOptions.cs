using System;

namespace ScpStorage.Core.Config
{
    /// <summary>
    /// How hard a call tries before it gives up. Immutable: sessions and calls hold their own copy.
    /// </summary>
    public sealed class ScpRetryOptions
    {
        public static readonly ScpRetryOptions Default = new ScpRetryOptions(4, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(60));
        public static readonly ScpRetryOptions None = new ScpRetryOptions(1, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(60));

        public ScpRetryOptions(int maxAttempts, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan maxTotalTime)
        {
            if (maxAttempts < 1) throw new ArgumentOutOfRangeException(nameof(maxAttempts), "At least one attempt is needed.");
            if (baseDelay < TimeSpan.Zero || maxDelay < TimeSpan.Zero || maxTotalTime <= TimeSpan.Zero)
                throw new ArgumentOutOfRangeException(nameof(baseDelay), "Delays must not be negative and the total time must be positive.");
            MaxAttempts = maxAttempts; BaseDelay = baseDelay; MaxDelay = maxDelay; MaxTotalTime = maxTotalTime;
        }

        /// <summary>Attempts in all, the first included.</summary>
        public int MaxAttempts { get; }
        /// <summary>Delay before the second attempt; doubles each time (with jitter).</summary>
        public TimeSpan BaseDelay { get; }
        /// <summary>Upper bound of a single delay, Retry-After included.</summary>
        public TimeSpan MaxDelay { get; }
        /// <summary>No new attempt starts once this much time has passed since the first.</summary>
        public TimeSpan MaxTotalTime { get; }

        public override string ToString() => $"MaxAttempts={MaxAttempts}, BaseDelay={BaseDelay.TotalMilliseconds}ms, MaxDelay={MaxDelay.TotalSeconds}s, MaxTotalTime={MaxTotalTime.TotalSeconds}s";
    }
}

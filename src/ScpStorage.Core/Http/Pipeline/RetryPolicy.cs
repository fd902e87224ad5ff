using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Tasks;
using ScpStorage.Core.Logging;

namespace ScpStorage.Core.Http.Pipeline
{
    /// <summary>
    /// Runs the rest of the pipeline once per attempt while <see cref="ScpRetryClassifier"/> allows
    /// it: exponential backoff with jitter (capped by the maximum delay), Retry-After honoured as
    /// given even past the maximum delay as long as it fits the total time budget, bounded attempts.
    /// Each attempt gets a fresh HTTP message (and so a fresh signature below this policy).
    /// </summary>
    public sealed class RetryPolicy : ScpPipelinePolicy
    {
        private static readonly Random Jitter = new Random();

        public override async Task ProcessAsync(ScpMessage message, ScpPipelineNext next)
        {
            var options = message.Connection.Retry;
            message.MaxAttempts = options.MaxAttempts;
            while (true)
            {
                message.CancellationToken.ThrowIfCancellationRequested();
                message.BeginAttempt();
                await next.InvokeAsync(message).ConfigureAwait(false);

                int? status = message.HttpResponse == null ? (int?)null : (int)message.HttpResponse.StatusCode;
                if (status.HasValue && status.Value < 400) return;
                if (!ScpRetryClassifier.ShouldRetry(message.Request.Method, status, message.TransportError, out var reason)) return;
                if (message.Attempt >= options.MaxAttempts)
                {
                    message.Log.Write(ScpLogLevel.Verbose, $"Giving up after {message.Attempt} attempt(s): {reason}.");
                    return;
                }

                var delay = Backoff(options.BaseDelay, message.Attempt);
                if (delay > options.MaxDelay) delay = options.MaxDelay;
                // The server said when to come back: that wins over our own schedule, in both
                // directions, bounded only by the total time budget.
                var retryAfter = RetryAfter(message);
                if (retryAfter.HasValue && retryAfter.Value > delay) delay = retryAfter.Value;
                if (message.Elapsed + delay > options.MaxTotalTime)
                {
                    message.Log.Write(ScpLogLevel.Verbose, $"Giving up after {message.Attempt} attempt(s): the next attempt would pass the {options.MaxTotalTime.TotalSeconds:0} s limit ({reason}).");
                    return;
                }
                message.Log.Write(ScpLogLevel.Verbose,
                    $"Retrying in {delay.TotalSeconds.ToString("0.0##", CultureInfo.InvariantCulture)} s ({reason}{(retryAfter.HasValue ? ", Retry-After" : "")}).");
                await Task.Delay(delay, message.CancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>base × 2^(attempt−1), scaled by a random factor in [0.5, 1) so clients spread out.</summary>
        internal static TimeSpan Backoff(TimeSpan baseDelay, int attempt)
        {
            double factor;
            lock (Jitter) factor = 0.5 + Jitter.NextDouble() * 0.5;
            var ms = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 16)) * factor;
            return TimeSpan.FromMilliseconds(ms);
        }

        /// <summary>Reads Retry-After as seconds or as an HTTP date.</summary>
        internal static TimeSpan? RetryAfter(ScpMessage message)
        {
            var header = message.HttpResponse?.Headers.RetryAfter;
            if (header == null) return null;
            if (header.Delta.HasValue) return header.Delta.Value;
            if (header.Date.HasValue)
            {
                var wait = header.Date.Value - message.Clock();
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
            return null;
        }
    }
}

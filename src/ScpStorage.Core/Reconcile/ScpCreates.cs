using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Http;
using ScpStorage.Core.Http.Pipeline;
using ScpStorage.Core.Logging;

namespace ScpStorage.Core.Reconcile
{
    /// <summary>
    /// The one place a create (a POST SCP has no idempotency token for) is sent. When its answer
    /// is lost after the request may have reached SCP, it reconciles before it reports: it looks
    /// for what it asked for, created since the call began; exactly one → that is the result
    /// (Verbose says so); none → the request was not carried out and is sent again within the
    /// retry budget; more than one, or the lookup itself fails → an error that says plainly the
    /// resource may exist and how to check. Without a lookup (a create SCP names itself) the error
    /// says the same. This is the only protection a script has against duplicates.
    /// </summary>
    public static class ScpCreates
    {
        /// <summary>
        /// How far SCP's clock may be behind ours. A candidate created this long before the call
        /// began still counts as new; wider would adopt an older namesake, narrower would miss ours.
        /// </summary>
        public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

        public static async Task<T> SendAsync<T>(ScpClient client, ScpRequest request, Func<ScpResponse, T> map,
            ScpCreateLookup<T>? lookup, CancellationToken ct)
        {
            if (client == null) throw new ArgumentNullException(nameof(client));
            var began = DateTimeOffset.UtcNow;
            var watch = Stopwatch.StartNew();
            var retry = client.Connection.Retry;
            var attempts = 0;
            while (true)
            {
                ScpRequestFailedException lost;
                try
                {
                    var response = await client.SendAsync(request, ct).ConfigureAwait(false);
                    return map(response);
                }
                catch (ScpRequestFailedException e) when (e.MayHaveBeenProcessed)
                {
                    attempts += e.Attempts;
                    lost = e.WithAttempts(attempts, watch.Elapsed);
                }

                if (lookup == null)
                    throw lost.WithNote($"No answer came, so SCP may have carried out the request; check before running again.");

                IReadOnlyList<T> found;
                try
                {
                    found = (await ScpPersistentRead.ReadAsync(lookup.Find, ct).ConfigureAwait(false))
                        .Where(c => !(lookup.CreatedAt(c) is DateTimeOffset at) || at >= began - ClockSkew).ToList();
                }
                catch (ScpRequestFailedException)
                {
                    throw lost.WithNote($"No answer came and the check failed too, so the {lookup.What} may have been created: " +
                        $"check with {lookup.HowToCheck} before running again.");
                }

                if (found.Count == 1 && lookup.CannotAdopt != null)
                    throw lost.WithNote($"No answer came, but the {lookup.What} was created ({lookup.Id(found[0])}): {lookup.CannotAdopt}");
                if (found.Count == 1)
                {
                    client.Log.Write(ScpLogLevel.Verbose,
                        $"No answer came to the create ({lost.Status?.ToString() ?? "no response"}), but exactly one {lookup.What} " +
                        $"was created since the call began ({lookup.Id(found[0])}): it is the result.");
                    return found[0];
                }
                if (found.Count > 1)
                    throw lost.WithNote($"No answer came and {found.Count} matching resources were created since the call began " +
                        $"({string.Join(", ", found.Select(lookup.Id))}), so the {lookup.What} may have been created: " +
                        $"check with {lookup.HowToCheck} before running again.");

                // None exists: the request was not carried out, so sending it again cannot duplicate.
                var delay = RetryPolicy.Backoff(retry.BaseDelay, attempts);
                if (delay > retry.MaxDelay) delay = retry.MaxDelay;
                if (attempts >= retry.MaxAttempts || watch.Elapsed + delay > retry.MaxTotalTime)
                    throw lost.WithNote($"No {lookup.What} exists, so nothing was created; run again or raise -MaximumRetryCount.", mayHaveBeenProcessed: false);
                client.Log.Write(ScpLogLevel.Verbose,
                    $"No answer came to the create and no {lookup.What} exists, so it was not carried out; sending it again.");
                await Task.Delay(delay, ct).ConfigureAwait(false);
            }
        }
    }
}

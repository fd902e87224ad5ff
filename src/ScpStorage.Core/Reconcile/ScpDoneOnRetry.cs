using System;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Http;
using ScpStorage.Core.Logging;

namespace ScpStorage.Core.Reconcile
{
    /// <summary>
    /// Retries that find the work done. When an attempt's answer was lost and the retry is refused
    /// because the target state is already reached or under way (size already the one asked for,
    /// resource deleting or gone), the refusal is about our own earlier attempt: read the resource,
    /// and if it confirms, the call succeeded. The same read settles a call that ended on
    /// retriable failures after one of its attempts may have been carried out. Applies only after a
    /// lost answer: the same refusal on a call whose attempts were all answered stays an error.
    /// </summary>
    public static class ScpDoneOnRetry
    {
        /// <param name="client">For the Verbose line.</param>
        /// <param name="send">The PUT/DELETE itself.</param>
        /// <param name="refusalMeansDone">Whether this refusal is the shape "already done or under way" (status, code).</param>
        /// <param name="confirm">Reads the resource; returns (true, result) when it shows the target state reached or under way.</param>
        /// <param name="what">What was asked, for the Verbose line: <c>resize of volume v-1 to 16 GB</c>.</param>
        public static async Task<T> SendAsync<T>(ScpClient client, Func<CancellationToken, Task<T>> send,
            Func<ScpRequestFailedException, bool> refusalMeansDone, Func<CancellationToken, Task<(bool Done, T Result)>> confirm,
            string what, CancellationToken ct)
        {
            try
            {
                return await send(ct).ConfigureAwait(false);
            }
            catch (ScpRequestFailedException e) when (MayBeDone(e, refusalMeansDone))
            {
                bool done; T result;
                try { (done, result) = await ScpPersistentRead.ReadAsync(confirm, ct).ConfigureAwait(false); }
                catch (ScpRequestFailedException)
                {
                    throw e.WithNote($"An attempt may have been carried out without its answer reaching us, and reading the resource failed too: check whether the {what} happened before running again.");
                }
                if (!done) throw;
                client.Log.Write(ScpLogLevel.Verbose, e.AfterLostAnswer && refusalMeansDone(e)
                    ? $"An earlier attempt's answer was lost and the retry was refused ({e.Status} {e.ErrorCode}); the resource shows the {what} done or under way, so it succeeded."
                    : $"No definite answer came ({e.Status?.ToString() ?? "no response"}), but the resource shows the {what} done or under way, so it succeeded.");
                return result;
            }
        }

        /// <summary>
        /// Worth reading the resource: a "done" refusal after a lost answer, or a call that ended
        /// on a failure that does not say the request was refused (no answer, 408/429/5xx) while
        /// one of its attempts may have been carried out.
        /// </summary>
        private static bool MayBeDone(ScpRequestFailedException e, Func<ScpRequestFailedException, bool> refusalMeansDone)
        {
            if (e.AfterLostAnswer && refusalMeansDone(e)) return true;
            var inconclusive = e.Status == null || e.Status == 408 || e.Status == 429 || e.Status >= 500;
            return inconclusive && (e.AfterLostAnswer || e.MayHaveBeenProcessed);
        }
    }
}

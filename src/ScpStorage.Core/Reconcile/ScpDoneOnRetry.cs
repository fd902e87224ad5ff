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
    /// and if it confirms, the call succeeded. Applies only after a lost answer: the same refusal
    /// on a call whose attempts were all answered stays an error.
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
            catch (ScpRequestFailedException e) when (e.AfterLostAnswer && refusalMeansDone(e))
            {
                var (done, result) = await confirm(ct).ConfigureAwait(false);
                if (!done) throw;
                client.Log.Write(ScpLogLevel.Verbose,
                    $"An earlier attempt's answer was lost and the retry was refused ({e.Status} {e.ErrorCode}); the resource shows the {what} done or under way, so it succeeded.");
                return result;
            }
        }
    }
}

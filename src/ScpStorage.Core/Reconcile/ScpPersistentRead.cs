using System;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Http.Pipeline;

namespace ScpStorage.Core.Reconcile
{
    /// <summary>
    /// The reads that settle an uncertain outcome are worth more than one call's retries: giving up
    /// on them turns a success into "may have happened". Like a waiter's polls, up to three calls
    /// (each with its own retries) are made while they fail transiently.
    /// </summary>
    internal static class ScpPersistentRead
    {
        private const int Calls = 3;

        public static async Task<T> ReadAsync<T>(Func<CancellationToken, Task<T>> read, CancellationToken ct)
        {
            for (var call = 1; ; call++)
            {
                try { return await read(ct).ConfigureAwait(false); }
                catch (ScpRequestFailedException e) when (call < Calls && (e.Status == null || ScpRetryClassifier.IsRetriableStatus(e.Status.Value)))
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100 * call), ct).ConfigureAwait(false);
                }
            }
        }
    }
}

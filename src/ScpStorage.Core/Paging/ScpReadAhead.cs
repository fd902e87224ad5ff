using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Threading;

namespace ScpStorage.Core.Paging
{
    /// <summary>
    /// Runs a page stream on a worker thread at most <c>capacity</c> items ahead of its consumer,
    /// so the next page is fetched and decoded while the caller (PowerShell's pipeline) handles
    /// the current one. Memory stays bounded by the capacity; a consumer that stops early
    /// cancels the worker; a failure on the worker is rethrown to the consumer after the items
    /// that came before it.
    /// </summary>
    internal static class ScpReadAhead
    {
        public static IEnumerable<T> Run<T>(Func<CancellationToken, IEnumerable<T>> source, int capacity, CancellationToken ct)
        {
            using (var stop = CancellationTokenSource.CreateLinkedTokenSource(ct))
            using (var handOff = new ScpHandOff<T>(capacity, stop.Token))
            {
                Exception? failure = null;
                // A thread of its own: it blocks on its consumer and on synchronous page reads (ScpBlockingWork).
                var worker = ScpBlockingWork.Start(() =>
                {
                    try
                    {
                        foreach (var item in source(stop.Token)) handOff.Add(item);
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
                    catch (Exception e) { failure = e; }
                    finally { handOff.Complete(); } // the consumer's wait ends only here
                }, CancellationToken.None);
                try
                {
                    // Items come in batches: whatever the worker decoded while the consumer was busy.
                    var batch = new List<T>();
                    while (handOff.TakeAll(batch))
                    {
                        foreach (var item in batch) yield return item;
                        batch.Clear();
                    }
                    worker.Wait();
                    if (failure != null) ExceptionDispatchInfo.Capture(failure).Throw();
                    ct.ThrowIfCancellationRequested();
                }
                finally
                {
                    stop.Cancel();
                    try { worker.Wait(); } catch (AggregateException) { }
                }
            }
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

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
            using (var queue = new BlockingCollection<T>(Math.Max(1, capacity)))
            {
                Exception? failure = null;
                var worker = Task.Run(() =>
                {
                    try
                    {
                        foreach (var item in source(stop.Token)) queue.Add(item, stop.Token);
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
                    catch (Exception e) { failure = e; }
                    finally { queue.CompleteAdding(); }
                });
                try
                {
                    foreach (var item in queue.GetConsumingEnumerable(ct)) yield return item;
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

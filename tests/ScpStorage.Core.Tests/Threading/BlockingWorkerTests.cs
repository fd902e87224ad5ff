using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Core.Paging;
using ScpStorage.Core.Threading;
using Xunit;

namespace ScpStorage.Core.Tests.Threading
{
    /// <summary>
    /// Work that blocks for as long as a listing runs (a read-ahead worker waiting on its
    /// consumer or on a synchronous HTTP read) must not sit on a thread-pool thread: on a
    /// two-core machine the pool starts with two, and while both were held, every other pool
    /// item — an in-process emulator's request, a timer, an async continuation — waited for the
    /// pool to add a thread (half a second or more; the 100,000-volume benchmark saw 0.5–1 s stalls).
    /// </summary>
    public class BlockingWorkerTests
    {
        [Fact]
        public void A_read_ahead_worker_runs_on_a_thread_of_its_own()
        {
            var onPool = new List<bool>();
            IEnumerable<int> Source(CancellationToken ct)
            {
                for (var i = 0; i < 3; i++)
                {
                    lock (onPool) onPool.Add(Thread.CurrentThread.IsThreadPoolThread);
                    yield return i;
                }
            }

            ScpReadAhead.Run(Source, 10, CancellationToken.None).ToList().Should().Equal(0, 1, 2);
            onPool.Should().HaveCount(3).And.OnlyContain(p => p == false, "the worker blocks for the whole listing");
        }

        [Fact]
        public async Task Blocking_work_runs_on_a_dedicated_thread_and_gives_its_result_or_its_failure()
        {
            (await ScpBlockingWork.Start(() => Thread.CurrentThread.IsThreadPoolThread, CancellationToken.None)).Should().BeFalse();
            var failed = ScpBlockingWork.Start<int>(() => throw new InvalidOperationException("boom"), CancellationToken.None);
            await FluentActions.Awaiting(() => failed).Should().ThrowAsync<InvalidOperationException>().WithMessage("boom");
        }

        [Fact]
        public async Task Blocking_work_cancelled_before_it_starts_never_runs()
        {
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            var ran = false;
            var task = ScpBlockingWork.Start(() => { ran = true; }, cts.Token);
            await FluentActions.Awaiting(() => task).Should().ThrowAsync<OperationCanceledException>();
            ran.Should().BeFalse();
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Core.Threading;
using Xunit;

namespace ScpStorage.Core.Tests.Threading
{
    public class HandOffTests
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

        [Fact]
        public void What_a_busy_consumer_missed_comes_in_one_batch_in_order()
        {
            using var handOff = new ScpHandOff<int>(100, CancellationToken.None);
            for (var i = 0; i < 5; i++) handOff.Add(i);
            var batch = new List<int>();
            handOff.TakeAll(batch).Should().BeTrue();
            batch.Should().Equal(0, 1, 2, 3, 4);
            handOff.TryTakeAll(batch).Should().BeFalse("nothing is queued any more");
        }

        [Fact]
        public async Task A_waiting_consumer_is_woken_by_the_first_item()
        {
            using var handOff = new ScpHandOff<string>(10, CancellationToken.None);
            var batch = new List<string>();
            var consumer = Task.Run(() => handOff.TakeAll(batch));
            Thread.Sleep(50);
            consumer.IsCompleted.Should().BeFalse("nothing was added yet");
            handOff.Add("first");
            (await consumer.WaitAsync(Patience)).Should().BeTrue();
            batch.Should().Equal("first");
        }

        [Fact]
        public async Task A_bounded_producer_waits_at_capacity_and_goes_on_when_the_consumer_takes()
        {
            using var handOff = new ScpHandOff<int>(3, CancellationToken.None);
            var added = 0;
            var producer = Task.Run(() => { for (var i = 0; i < 10; i++) { handOff.Add(i); Interlocked.Increment(ref added); } handOff.Complete(); });
            SpinWait.SpinUntil(() => Volatile.Read(ref added) == 3, Patience);
            Thread.Sleep(50);
            Volatile.Read(ref added).Should().Be(3, "the fourth add waits for room");

            var all = new List<int>();
            var batch = new List<int>();
            while (handOff.TakeAll(batch)) { batch.Count.Should().BeLessThanOrEqualTo(3); all.AddRange(batch); batch.Clear(); }
            await producer.WaitAsync(Patience);
            all.Should().Equal(Enumerable.Range(0, 10));
        }

        [Fact]
        public void Unbounded_adds_never_wait()
        {
            using var handOff = new ScpHandOff<int>(1, CancellationToken.None);
            for (var i = 0; i < 50; i++) handOff.Add(i, bounded: false);
            var batch = new List<int>();
            handOff.TakeAll(batch);
            batch.Should().HaveCount(50);
        }

        [Fact]
        public async Task Cancelling_ends_a_producer_waiting_for_room()
        {
            using var cts = new CancellationTokenSource();
            using var handOff = new ScpHandOff<int>(1, cts.Token);
            handOff.Add(1);
            var producer = Task.Run(() => handOff.Add(2));
            Thread.Sleep(50);
            producer.IsCompleted.Should().BeFalse("the queue is full");
            cts.Cancel();
            await producer.Awaiting(p => p.WaitAsync(Patience)).Should().ThrowAsync<OperationCanceledException>();
        }

        [Fact]
        public async Task Complete_ends_a_waiting_consumer_after_what_is_left()
        {
            using var handOff = new ScpHandOff<int>(10, CancellationToken.None);
            handOff.Add(7);
            handOff.Complete();
            var batch = new List<int>();
            handOff.TakeAll(batch).Should().BeTrue();
            batch.Should().Equal(7);
            var waiting = Task.Run(() => handOff.TakeAll(new List<int>()));
            (await waiting.WaitAsync(Patience)).Should().BeFalse();
        }

        [Fact]
        public async Task Many_producers_lose_nothing()
        {
            using var handOff = new ScpHandOff<int>(16, CancellationToken.None);
            var producers = Enumerable.Range(0, 4).Select(p => Task.Run(() => { for (var i = 0; i < 5000; i++) handOff.Add(p * 10000 + i); })).ToArray();
            var done = Task.WhenAll(producers).ContinueWith(_ => handOff.Complete());
            var all = new List<int>();
            var batch = new List<int>();
            while (handOff.TakeAll(batch)) { all.AddRange(batch); batch.Clear(); }
            await done.WaitAsync(Patience);
            all.Should().HaveCount(20000).And.OnlyHaveUniqueItems();
            for (var p = 0; p < 4; p++) all.Where(x => x / 10000 == p).Should().BeInAscendingOrder("each producer's items keep their order");
        }
    }
}

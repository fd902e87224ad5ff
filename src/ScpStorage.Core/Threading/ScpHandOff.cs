using System;
using System.Collections.Generic;
using System.Threading;

namespace ScpStorage.Core.Threading
{
    /// <summary>
    /// Hands items from worker threads to one consumer thread, which takes everything queued in
    /// one go. Why not <c>BlockingCollection</c>: it wakes the consumer once per item and spins
    /// before blocking, and on a two-core machine those spins take the CPU the producer (HTTP,
    /// decoding, a local emulator) needs. Here a waiting consumer blocks at once and is woken
    /// only when it has nothing queued; while it is busy, items pile up and are taken as a batch
    /// with one lock and no wake-up at all.
    /// <para>
    /// Bounded adds wait while <c>capacity</c> bounded items are queued (memory stays flat
    /// whatever the producer's speed); unbounded adds (log lines, and adds from the consumer's
    /// own thread, which must never wait on itself) never wait. A producer's wait ends with
    /// <see cref="OperationCanceledException"/> when the token given at construction is
    /// cancelled; the consumer's wait ends only with items or <see cref="Complete"/>, so the
    /// producer must complete the hand-off when it stops for any reason.
    /// </para>
    /// </summary>
    public sealed class ScpHandOff<T> : IDisposable
    {
        private readonly object _gate = new object();
        private readonly int _capacity;
        private readonly CancellationToken _token;
        private readonly CancellationTokenRegistration _registration;
        private readonly List<T> _items = new List<T>();
        private int _bounded;
        private bool _completed;
        private bool _consumerWaiting;
        private bool _producerWaiting;

        public ScpHandOff(int capacity, CancellationToken token)
        {
            _capacity = Math.Max(1, capacity);
            _token = token;
            // Registered once (not per wait): disposing a registration while holding the lock its
            // callback takes could deadlock.
            if (token.CanBeCanceled) _registration = token.Register(WakeAll);
        }

        /// <summary>Adds an item; a bounded add waits while the queue holds <c>capacity</c> bounded items.</summary>
        public void Add(T item, bool bounded = true)
        {
            lock (_gate)
            {
                if (bounded)
                {
                    while (_bounded >= _capacity && !_completed)
                    {
                        _token.ThrowIfCancellationRequested();
                        _producerWaiting = true;
                        Monitor.Wait(_gate);
                    }
                    _bounded++;
                }
                _items.Add(item);
                if (_consumerWaiting) { _consumerWaiting = false; Monitor.PulseAll(_gate); }
            }
        }

        /// <summary>
        /// Moves everything queued into <paramref name="into"/>, waiting while nothing is queued.
        /// False once the hand-off is complete and empty.
        /// </summary>
        public bool TakeAll(List<T> into) => Take(into, wait: true);

        /// <summary>Moves whatever is queued now; false when nothing was.</summary>
        public bool TryTakeAll(List<T> into) => Take(into, wait: false);

        private bool Take(List<T> into, bool wait)
        {
            lock (_gate)
            {
                while (_items.Count == 0)
                {
                    if (_completed || !wait) return false;
                    _consumerWaiting = true;
                    Monitor.Wait(_gate);
                }
                into.AddRange(_items);
                _items.Clear();
                _bounded = 0;
                if (_producerWaiting) { _producerWaiting = false; Monitor.PulseAll(_gate); }
                return true;
            }
        }

        /// <summary>No more items will come: a waiting consumer takes what is left and then gets false.</summary>
        public void Complete()
        {
            lock (_gate)
            {
                _completed = true;
                Monitor.PulseAll(_gate);
            }
        }

        private void WakeAll()
        {
            lock (_gate) Monitor.PulseAll(_gate);
        }

        public void Dispose() => _registration.Dispose();
    }
}

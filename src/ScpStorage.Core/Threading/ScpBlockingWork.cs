using System;
using System.Threading;
using System.Threading.Tasks;

namespace ScpStorage.Core.Threading
{
    /// <summary>
    /// Starts work that blocks for as long as it runs (a listing that reads pages synchronously
    /// and waits on its consumer) on a thread of its own instead of the thread pool. The pool
    /// starts with one thread per core and adds more only after a delay (half a second and up):
    /// while a listing and its read-ahead held the two threads of a two-core machine, every other
    /// pool item waited — HTTP continuations, timers, an in-process emulator's requests. A new
    /// thread costs tens of microseconds, which a listing (one HTTP call at least) never notices.
    /// </summary>
    public static class ScpBlockingWork
    {
        private const TaskCreationOptions Options = TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach;

        public static Task<T> Start<T>(Func<T> work, CancellationToken ct) =>
            Task.Factory.StartNew(work, ct, Options, TaskScheduler.Default);

        public static Task Start(Action work, CancellationToken ct) =>
            Task.Factory.StartNew(work, ct, Options, TaskScheduler.Default);
    }
}

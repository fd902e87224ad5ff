using System.Runtime.CompilerServices;
using System.Threading;

namespace ScpStorage.Core.Tests
{
    internal static class AssemblySetup
    {
        /// <summary>
        /// The synchronous ScpClient.Send (used by the pager) blocks a thread while the call runs on
        /// the pool. With few cores and tests running in parallel the pool would otherwise grow slowly
        /// and add half-second stalls to the timing assertions of unrelated tests.
        /// </summary>
        [ModuleInitializer]
        internal static void RaiseThreadPoolMinimum()
        {
            ThreadPool.GetMinThreads(out var workers, out var io);
            ThreadPool.SetMinThreads(System.Math.Max(workers, 32), System.Math.Max(io, 32));
        }
    }
}

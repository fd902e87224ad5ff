using System;
using System.Threading;
using ScpStorage.Core.Config;
using ScpStorage.Core.Http;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Execution
{
    /// <summary>
    /// Everything one unit of work needs: a client bound to the resolved connection and to the
    /// right log sink, the cancellation token, the output, and the wait settings of the call.
    /// </summary>
    public sealed class ScpWorkContext
    {
        private static int _activityIds;

        public ScpWorkContext(ScpConnection connection, IScpOutput output, ScpWaitOptions? wait, CancellationToken ct)
        {
            Output = output;
            Client = new ScpClient(connection, output.Log, isEnabled: output.IsEnabled);
            Wait = wait;
            CancellationToken = ct;
            ActivityId = Interlocked.Increment(ref _activityIds) & 0x7FFFFFFF;
        }

        public ScpClient Client { get; }
        public IScpOutput Output { get; }
        /// <summary>Set when the caller asked for -Wait: wait until the resource settles.</summary>
        public ScpWaitOptions? Wait { get; }
        public CancellationToken CancellationToken { get; }
        /// <summary>The Write-Progress activity id of this unit of work (distinct per parallel item).</summary>
        public int ActivityId { get; }

        /// <summary>Progress callback for <see cref="ScpWaiter"/>.</summary>
        public Action<ScpWaitProgress> Progress => p => Output.Progress(p, ActivityId);
    }
}

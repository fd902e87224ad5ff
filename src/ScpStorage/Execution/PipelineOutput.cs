using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Logging;
using ScpStorage.Core.Threading;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Execution
{
    /// <summary>
    /// Output for work running synchronously: calls can come from any thread (Core runs on the
    /// thread pool), but PowerShell only accepts writes from the pipeline thread, so everything
    /// is queued and <see cref="Pump"/> replays it there while the work runs — the moment it is
    /// queued, so Verbose/Debug/Warning/Progress reach the host live. Objects are bounded (see
    /// <see cref="Object"/>); log records never wait.
    /// </summary>
    internal sealed class PipelineOutput : IScpOutput
    {
        private readonly Cmdlet _cmdlet;
        // Objects are queued as themselves and everything else as an action, so an object costs
        // no closure. A worker producing faster than the pipeline consumes waits in the hand-off,
        // so a listing of any length holds at most about 2 × MaxQueuedObjects items.
        private readonly ScpHandOff<Entry> _queue;
        private readonly List<Entry> _batch = new List<Entry>();

        private readonly ScpLogLevels _levels;
        private readonly int _pipelineThread = Thread.CurrentThread.ManagedThreadId;

        private const int MaxQueuedObjects = 256;

        public PipelineOutput(PSCmdlet cmdlet, CancellationToken stopped)
        {
            _cmdlet = cmdlet;
            _queue = new ScpHandOff<Entry>(MaxQueuedObjects, stopped);
            _levels = ScpLogLevels.Of(cmdlet); // read on the pipeline thread: session state is not for worker threads
        }

        public ScpLogLevels Levels => _levels;

        public bool IsEnabled(ScpLogLevel level) => _levels.IsEnabled(level);

        // From the pipeline thread an object never waits: that thread is the one that makes room.
        public void Object(object item) => _queue.Add(new Entry(item, null), bounded: Thread.CurrentThread.ManagedThreadId != _pipelineThread);

        public void Log(ScpLogEvent e)
        {
            switch (e.Level)
            {
                case ScpLogLevel.Debug: Do(() => _cmdlet.WriteDebug(e.Message)); break;
                case ScpLogLevel.Warning: Do(() => _cmdlet.WriteWarning(e.Message)); break;
                default: Do(() => _cmdlet.WriteVerbose(e.Message)); break;
            }
        }

        public void Progress(ScpWaitProgress p, int activityId) => Do(() => _cmdlet.WriteProgress(ScpProgress.Record(p, activityId)));

        public void Error(ErrorRecord record) => Do(() => _cmdlet.WriteError(record));

        private void Do(Action write) => _queue.Add(new Entry(null, write), bounded: false);

        /// <summary>Replays queued writes on the calling (pipeline) thread until the task ends.</summary>
        public void Pump(Task task)
        {
            // Work that ended before the pump started (a read answered synchronously on this thread,
            // the usual Get- by id) has queued all it wrote: draining it is enough, with no
            // continuation to make and run.
            if (!task.IsCompleted)
            {
                // The continuation wakes the loop the moment the work ends, so a call costs no polling delay.
                task.ContinueWith(_ => Do(Nothing), TaskContinuationOptions.ExecuteSynchronously);
                while (!task.IsCompleted && _queue.TakeAll(_batch)) Replay();
            }
            Drain();
        }

        private static readonly Action Nothing = () => { };

        /// <summary>Replays whatever is queued now.</summary>
        public void Drain()
        {
            while (_queue.TryTakeAll(_batch)) Replay();
        }

        private void Replay()
        {
            try
            {
                foreach (var entry in _batch)
                {
                    if (entry.Write != null) entry.Write();
                    else _cmdlet.WriteObject(entry.Item);
                }
            }
            finally { _batch.Clear(); }
        }

        /// <summary>One queued write: an object, or another kind of write as an action.</summary>
        private readonly struct Entry
        {
            public Entry(object? item, Action? write) { Item = item; Write = write; }
            public object? Item { get; }
            public Action? Write { get; }
        }
    }
}

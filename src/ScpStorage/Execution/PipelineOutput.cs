using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Logging;
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
        private readonly BlockingCollection<Action> _queue = new BlockingCollection<Action>();

        private readonly ScpLogLevels _levels;
        // Room for objects not yet written: a worker producing faster than the pipeline consumes
        // waits here, so a listing of any length holds at most this many items.
        private readonly SemaphoreSlim _room = new SemaphoreSlim(MaxQueuedObjects);
        private readonly int _pipelineThread = Thread.CurrentThread.ManagedThreadId;
        private readonly CancellationToken _stopped;

        private const int MaxQueuedObjects = 256;

        public PipelineOutput(PSCmdlet cmdlet, CancellationToken stopped)
        {
            _cmdlet = cmdlet;
            _stopped = stopped;
            _levels = ScpLogLevels.Of(cmdlet); // read on the pipeline thread: session state is not for worker threads
        }

        public ScpLogLevels Levels => _levels;

        public bool IsEnabled(ScpLogLevel level) => _levels.IsEnabled(level);

        public void Object(object item)
        {
            if (Thread.CurrentThread.ManagedThreadId == _pipelineThread)
            {
                _queue.Add(() => _cmdlet.WriteObject(item));
                return;
            }
            _room.Wait(_stopped);
            _queue.Add(() => { _room.Release(); _cmdlet.WriteObject(item); });
        }

        public void Log(ScpLogEvent e)
        {
            switch (e.Level)
            {
                case ScpLogLevel.Debug: _queue.Add(() => _cmdlet.WriteDebug(e.Message)); break;
                case ScpLogLevel.Warning: _queue.Add(() => _cmdlet.WriteWarning(e.Message)); break;
                default: _queue.Add(() => _cmdlet.WriteVerbose(e.Message)); break;
            }
        }

        public void Progress(ScpWaitProgress p, int activityId) =>
            _queue.Add(() => _cmdlet.WriteProgress(ScpProgress.Record(p, activityId)));

        public void Error(ErrorRecord record) => _queue.Add(() => _cmdlet.WriteError(record));

        /// <summary>Replays queued writes on the calling (pipeline) thread until the task ends.</summary>
        public void Pump(Task task)
        {
            // The continuation wakes the loop the moment the work ends, so a call costs no polling delay.
            task.ContinueWith(_ => _queue.Add(Nothing), TaskContinuationOptions.ExecuteSynchronously);
            while (!task.IsCompleted) _queue.Take()();
            Drain();
        }

        private static readonly Action Nothing = () => { };

        /// <summary>Replays whatever is queued now.</summary>
        public void Drain()
        {
            while (_queue.TryTake(out var action)) action();
        }
    }
}

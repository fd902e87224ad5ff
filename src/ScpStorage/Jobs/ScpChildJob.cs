using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Config;
using ScpStorage.Core.Waiting;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Jobs
{
    /// <summary>
    /// One pipeline input's work inside an <see cref="ScpJob"/>: its own output and error
    /// streams, so results and errors stay per input.
    /// </summary>
    public sealed class ScpChildJob : Job
    {
        private readonly ScpWorkItem _item;
        private readonly ScpConnection _connection;
        private readonly ScpWaitOptions? _wait;
        private readonly CancellationTokenSource _cts;

        private readonly ScpLogLevels _levels;
        private readonly InvocationInfo? _invocation;

        internal ScpChildJob(string command, ScpWorkItem item, ScpConnection connection, ScpWaitOptions? wait, CancellationTokenSource parentCts, ScpLogLevels levels,
            InvocationInfo? invocation = null)
            : base(command, item.Description)
        {
            _invocation = invocation;
            _levels = levels;
            _item = item; _connection = item.Connection ?? connection; _wait = wait;
            _cts = CancellationTokenSource.CreateLinkedTokenSource(parentCts.Token);
            PSJobTypeName = ScpJob.TypeName;
        }

        public override bool HasMoreData => Output.Count > 0 || Error.Count > 0 || Verbose.Count > 0 || Warning.Count > 0 || Debug.Count > 0 || Progress.Count > 0;
        public override string Location => Environment.MachineName;
        public override string StatusMessage =>
            JobStateInfo.State == JobState.Stopped || JobStateInfo.State == JobState.Stopping ? "Stopped: " + _item.Description : _item.Description;

        /// <summary>Raised once when the child has ended, whatever the way, so the parent can count it.</summary>
        internal event Action<ScpChildJob>? Ended;

        public override void StopJob()
        {
            _cts.Cancel();
            if (!IsFinished(JobStateInfo.State)) SetJobState(JobState.Stopping);
        }

        /// <summary>Runs the work; never throws (failures land in the Error stream and the job state).</summary>
        internal async Task RunAsync()
        {
            if (_cts.IsCancellationRequested) { SetJobState(JobState.Stopped); Done(); return; }
            SetJobState(JobState.Running);
            var output = new JobOutput(this, _levels);
            try
            {
                await _item.Work(new ScpWorkContext(_connection, output, _wait, _cts.Token)).ConfigureAwait(false);
                SetJobState(JobState.Completed);
            }
            catch (OperationCanceledException) when (_cts.IsCancellationRequested)
            {
                SetJobState(JobState.Stopped);
            }
            catch (Exception e)
            {
                output.Error(ScpErrorRecords.WithInvocation(ScpErrorRecords.From(e, _item.Target, throttled: true), _invocation));
                SetJobState(JobState.Failed);
            }
            Done();
        }

        private void Done()
        {
            Ended?.Invoke(this);
            Output.Complete(); Error.Complete(); Verbose.Complete(); Warning.Complete();
            Debug.Complete(); Progress.Complete(); Information.Complete();
        }

        internal static bool IsFinished(JobState s) => s == JobState.Completed || s == JobState.Failed || s == JobState.Stopped;

        protected override void Dispose(bool disposing)
        {
            if (disposing) _cts.Dispose();
            base.Dispose(disposing);
        }
    }
}

using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Config;
using ScpStorage.Core.Waiting;
using ScpStorage.Execution;

namespace ScpStorage.Jobs
{
    /// <summary>
    /// The job behind -AsJob: an in-process Job2 whose children are the pipeline inputs, run
    /// concurrently under a throttle with the connection resolved when the cmdlet ran.
    /// Get-Job, Wait-Job, Receive-Job, Stop-Job and Remove-Job see it through
    /// <see cref="ScpJobSourceAdapter"/>.
    /// </summary>
    public sealed class ScpJob : Job2
    {
        public const string TypeName = "ScpJob";

        private readonly CancellationTokenSource _cts = new CancellationTokenSource();
        private readonly int _throttle;
        private int _started;

        internal ScpJob(string command, string name, IEnumerable<ScpWorkItem> items, ScpConnection connection, ScpWaitOptions? wait, int throttle, ScpLogLevels levels,
            InvocationInfo? invocation = null)
            : base(command, name)
        {
            PSJobTypeName = TypeName;
            Connection = connection;
            _throttle = Math.Max(1, throttle);
            foreach (var item in items)
            {
                var child = new ScpChildJob(command, item, connection, wait, _cts, levels, invocation);
                child.Ended += ReportProgress;
                ChildJobs.Add(child);
            }
        }

        /// <summary>The settings the job runs with, as Get-ScpContext shows them (never the secret key).</summary>
        public Session.ScpContext Context => new Session.ScpContext(Connection);

        internal ScpConnection Connection { get; }

        public override bool HasMoreData => Progress.Count > 0 || ChildJobs.Any(c => c.HasMoreData);
        public override string Location => Environment.MachineName;
        public override string StatusMessage
        {
            get
            {
                var done = $"{ChildJobs.Count(c => c.JobStateInfo.State == JobState.Completed || c.JobStateInfo.State == JobState.Failed)} of {ChildJobs.Count} done";
                var state = JobStateInfo.State;
                return state == JobState.Stopped || state == JobState.Stopping ? "Stopped: " + done : done;
            }
        }

        private int _ended;

        /// <summary>The count of inputs is known, so the job's own progress has a real percent: children ended of all.</summary>
        private void ReportProgress(ScpChildJob child)
        {
            var ended = Interlocked.Increment(ref _ended);
            var total = ChildJobs.Count;
            Progress.Add(new ProgressRecord(0, Name, $"{ended} of {total} ended")
            {
                PercentComplete = total == 0 ? 100 : ended * 100 / total,
                RecordType = ended == total ? ProgressRecordType.Completed : ProgressRecordType.Processing,
            });
        }

        public override void StartJob()
        {
            if (Interlocked.Exchange(ref _started, 1) == 1) return;
            SetJobState(JobState.Running);
            Task.Run(RunChildrenAsync);
        }

        public override void StartJobAsync() { StartJob(); OnStartJobCompleted(new AsyncCompletedEventArgs(null, false, null)); }

        public override void StopJob() => StopJob(false, null);

        public override void StopJob(bool force, string? reason)
        {
            if (ScpChildJob.IsFinished(JobStateInfo.State)) return;
            SetJobState(JobState.Stopping);
            _cts.Cancel();
            foreach (var c in ChildJobs) c.StopJob();
            if (_started == 0) { SetJobState(JobState.Stopped); return; }
            // RunChildrenAsync sets the final state once every child has ended (each observes the token).
            Finished.WaitOne(TimeSpan.FromSeconds(30));
        }

        public override void StopJobAsync() { StopJob(); OnStopJobCompleted(new AsyncCompletedEventArgs(null, false, null)); }
        public override void StopJobAsync(bool force, string? reason) { StopJob(force, reason); OnStopJobCompleted(new AsyncCompletedEventArgs(null, false, null)); }

        // SCP calls cannot be paused half way; suspending would only hide a running request.
        // These complete without effect rather than throwing inside the job cmdlets.
        public override void SuspendJob() { }
        public override void SuspendJobAsync() => OnSuspendJobCompleted(new AsyncCompletedEventArgs(null, false, null));
        public override void SuspendJob(bool force, string? reason) { }
        public override void SuspendJobAsync(bool force, string? reason) => OnSuspendJobCompleted(new AsyncCompletedEventArgs(null, false, null));
        public override void ResumeJob() { }
        public override void ResumeJobAsync() => OnResumeJobCompleted(new AsyncCompletedEventArgs(null, false, null));
        public override void UnblockJob() { }
        public override void UnblockJobAsync() => OnUnblockJobCompleted(new AsyncCompletedEventArgs(null, false, null));

        private async Task RunChildrenAsync()
        {
            using (var gate = new SemaphoreSlim(_throttle))
            {
                var running = ChildJobs.Cast<ScpChildJob>().Select(async child =>
                {
                    try { await gate.WaitAsync(_cts.Token).ConfigureAwait(false); }
                    catch (OperationCanceledException) { await child.RunAsync().ConfigureAwait(false); return; }
                    try { await child.RunAsync().ConfigureAwait(false); }
                    finally { gate.Release(); }
                }).ToList();
                await Task.WhenAll(running).ConfigureAwait(false);
            }
            var states = ChildJobs.Select(c => c.JobStateInfo.State).ToList();
            SetJobState(_cts.IsCancellationRequested ? JobState.Stopped
                : states.Any(s => s == JobState.Failed) ? JobState.Failed : JobState.Completed);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _cts.Dispose();
            base.Dispose(disposing);
        }
    }
}

using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ArchiveStorage.Jobs
{
    /// <summary>
    /// The shape of Stop-ScpArchivingJob and Stop-ScpArchiveRecoveryJob: piped jobs bind their
    /// BucketId and Id by property name; -Wait returns the job once SCP has ended it (a stop that
    /// was asked for is not an error, whatever state name SCP gives it).
    /// </summary>
    public abstract class ArchiveJobStopCmdlet<TJob> : ScpWaitCmdlet where TJob : class
    {
        /// <summary>The archive bucket of the job.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ArchiveBucketCompleter))]
        public string BucketId { get; set; } = "";

        /// <summary>The job id (EXE-…).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = "";

        /// <summary>The job kind this cmdlet stops: one row of <see cref="ArchiveJobKinds"/>.</summary>
        internal abstract ArchiveJobKind<TJob> Job { get; }

        protected override void ProcessRecord()
        {
            var (bucketId, id, job) = (BucketId, Id, Job);
            if (!ShouldProcess($"{job.Noun} {id} of archive bucket {bucketId}", "Stop")) return;
            Run(new ScpWorkItem($"Stop {job.Noun} {id}", id, async ctx =>
            {
                var archive = new ArchiveStorageClient(ctx.Client);
                await job.Cancel(archive, bucketId, id, ctx.CancellationToken).ConfigureAwait(false);
                if (ctx.Wait != null) ctx.Output.Object(await job.WaitEnded(archive, bucketId, id, ctx).ConfigureAwait(false));
            }));
        }
    }
}

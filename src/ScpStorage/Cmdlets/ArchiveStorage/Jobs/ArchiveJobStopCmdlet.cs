using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ArchiveStorage.Jobs
{
    /// <summary>
    /// The shape of Stop-ScpArchivingJob and Stop-ScpArchiveRecoveryJob: piped jobs bind their
    /// BucketId and Id by property name; -Wait returns the job once SCP has ended it (a stop that
    /// was asked for is not an error, whatever state name SCP gives it).
    /// </summary>
    public abstract class ArchiveJobStopCmdlet : ScpWaitCmdlet
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

        private protected abstract string Noun { get; }
        private protected abstract Task Cancel(ArchiveStorageClient c, string bucketId, string id, CancellationToken ct);
        private protected abstract Task<ScpResource> WaitEnded(ArchiveStorageClient c, string bucketId, string id, ScpWorkContext ctx);

        protected override void ProcessRecord()
        {
            var (bucketId, id) = (BucketId, Id);
            if (!ShouldProcess($"{Noun} {id} of archive bucket {bucketId}", "Stop")) return;
            Run(new ScpWorkItem($"Stop {Noun} {id}", id, async ctx =>
            {
                var archive = new ArchiveStorageClient(ctx.Client);
                await Cancel(archive, bucketId, id, ctx.CancellationToken).ConfigureAwait(false);
                if (ctx.Wait != null) ctx.Output.Object(await WaitEnded(archive, bucketId, id, ctx).ConfigureAwait(false));
            }));
        }
    }
}

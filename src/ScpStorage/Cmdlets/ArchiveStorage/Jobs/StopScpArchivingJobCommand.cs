using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ArchiveStorage.Jobs
{
    /// <summary>Cancels running archiving runs (SCP's CancelArchiving; 409 when the run has already ended).</summary>
    [Cmdlet(VerbsLifecycle.Stop, "ScpArchivingJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ScpArchivingJob))]
    public sealed class StopScpArchivingJobCommand : ArchiveJobStopCmdlet
    {
        private protected override string Noun => "archiving job";
        private protected override Task Cancel(ArchiveStorageClient c, string bucketId, string id, CancellationToken ct) => c.CancelArchivingAsync(bucketId, id, ct);
        private protected override async Task<ScpResource> WaitEnded(ArchiveStorageClient c, string bucketId, string id, ScpWorkContext ctx) =>
            await c.WaitForArchivingJobAsync(bucketId, id, stopping: true, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
    }
}

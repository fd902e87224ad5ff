using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ArchiveStorage.Jobs
{
    /// <summary>Cancels running recoveries (SCP's CancelRecovery; 409 when the recovery has already ended).</summary>
    [Cmdlet(VerbsLifecycle.Stop, "ScpArchiveRecoveryJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ScpArchiveRecoveryJob))]
    public sealed class StopScpArchiveRecoveryJobCommand : ArchiveJobStopCmdlet
    {
        private protected override string Noun => "recovery job";
        private protected override Task Cancel(ArchiveStorageClient c, string bucketId, string id, CancellationToken ct) => c.CancelRecoveryAsync(bucketId, id, ct);
        private protected override async Task<ScpResource> WaitEnded(ArchiveStorageClient c, string bucketId, string id, ScpWorkContext ctx) =>
            await c.WaitForRecoveryJobAsync(bucketId, id, stopping: true, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
    }
}

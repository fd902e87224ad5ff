using System;
using System.Management.Automation;
using ScpStorage.Core.FileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.FileStorage.Replications
{
    /// <summary>
    /// Deletes File Storage replications (DeleteVolumeReplication); the replica volume in the
    /// target region is kept. Asks for confirmation unless -Force or -Confirm:$false; -Wait
    /// returns once each replication is gone.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpFileReplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpFileReplicationCommand : ReplicationEntryCmdlet
    {
        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var (replication, volumeId) in Replications())
            {
                if (!ShouldProcess($"replication {replication} of file volume {volumeId}", "Remove replication (the replica volume stays)", Force)) continue;
                var id = replication.Id;
                Run(new ScpWorkItem($"Remove replication {replication}", replication, async ctx =>
                {
                    var fs = new FileStorageClient(ctx.Client);
                    await fs.DeleteReplicationAsync(volumeId!, id, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) await fs.WaitForReplicationDeletedAsync(volumeId!, id, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                }, ConnectionFor(replication)));
            }
        }
    }
}

using System.Management.Automation;
using ScpStorage.Core.ParallelFileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ParallelFileStorage
{
    /// <summary>Deletes Parallel File Storage volumes (DeleteVolume) with their snapshots and access rules; asks unless -Force or -Confirm:$false; -Wait returns once each is gone.</summary>
    [Cmdlet(VerbsCommon.Remove, "ScpPfsVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpPfsVolumeCommand : PfsVolumeTargetCmdlet
    {
        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var volume in Targets())
            {
                if (!ShouldProcess(volume.ToString(), "Remove parallel file volume", Force)) continue;
                var (id, name) = (volume.Id, volume.Name);
                Run(new ScpWorkItem($"Remove parallel file volume {volume}", volume, async ctx =>
                {
                    var pfs = new ParallelFileStorageClient(ctx.Client);
                    await pfs.DeleteVolumeAsync(id, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) await pfs.WaitForVolumeDeletedAsync(id, name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                }, ConnectionFor(volume)));
            }
        }
    }
}

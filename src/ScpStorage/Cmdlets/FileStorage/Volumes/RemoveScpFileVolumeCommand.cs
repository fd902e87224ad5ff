using System.Management.Automation;
using ScpStorage.Core.FileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.FileStorage.Volumes
{
    /// <summary>
    /// Deletes File Storage volumes (DeleteVolume) with their snapshots, schedules and access
    /// rules. Asks for confirmation unless -Force or -Confirm:$false; -Wait returns once each is gone.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpFileVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpFileVolumeCommand : FileVolumeTargetCmdlet
    {
        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var volume in Targets())
            {
                if (!ShouldProcess(volume.ToString(), "Remove file volume", Force)) continue;
                var (id, name) = (volume.Id, volume.Name);
                Run(new ScpWorkItem($"Remove file volume {volume}", volume, async ctx =>
                {
                    var fs = new FileStorageClient(ctx.Client);
                    await fs.DeleteVolumeAsync(id, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) await fs.WaitForVolumeDeletedAsync(id, name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                }, ConnectionFor(volume)));
            }
        }
    }
}

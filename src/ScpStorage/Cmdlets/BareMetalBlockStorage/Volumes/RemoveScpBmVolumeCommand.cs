using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Volumes
{
    /// <summary>
    /// Deletes bare metal volumes (Delete Volume, 202); their snapshots go with them. Asks unless
    /// -Force or -Confirm:$false; -Wait returns once each volume is gone.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpBmVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpBmVolumeCommand : BmVolumeTargetCmdlet
    {
        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var volume in Targets())
            {
                if (!ShouldProcess(volume.ToString(), "Remove bare metal volume and its snapshots", Force)) continue;
                var (id, name) = (volume.Id, volume.Name);
                Run(new ScpWorkItem($"Remove bare metal volume {volume}", volume, async ctx =>
                {
                    var bm = new BareMetalBlockStorageClient(ctx.Client);
                    await bm.DeleteVolumeAsync(id, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) await bm.WaitForVolumeDeletedAsync(id, name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                }, ConnectionFor(volume)));
            }
        }
    }
}

using System;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Volumes
{
    /// <summary>
    /// Deletes Virtual Server volumes (with -Cascade, their snapshots too). Asks for confirmation
    /// unless -Force or -Confirm:$false; -Wait returns once each volume is gone.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    // ByObject is the default set so a piped volume binds as itself (no second read, and it goes
    // back to its own region) instead of by its Id property.
    public sealed class RemoveScpVolumeCommand : VolumeTargetCmdlet
    {
        /// <summary>Delete the volume's snapshots with it.</summary>
        [Parameter]
        public SwitchParameter Cascade { get; set; }

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var volume in Targets())
            {
                if (!ShouldProcess(volume.ToString(), Cascade ? "Remove volume and its snapshots" : "Remove volume", Force)) continue;
                var (id, name, cascade) = (volume.Id, volume.Name, Cascade.IsPresent);
                Run(new ScpWorkItem($"Remove volume {volume}", volume, async ctx =>
                {
                    var vs = new VirtualServerClient(ctx.Client);
                    await vs.DeleteVolumeAsync(id, cascade, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null)
                        await vs.WaitForVolumeDeletedAsync(id, ctx.Wait, ctx.Progress, ctx.CancellationToken, name).ConfigureAwait(false);
                }, ConnectionFor(volume)));
            }
        }
    }
}

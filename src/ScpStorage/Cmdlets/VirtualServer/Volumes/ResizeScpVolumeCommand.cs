using System;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Volumes
{
    /// <summary>
    /// Grows Virtual Server volumes (Extend Volume). Volumes only grow: a size that is not
    /// larger than the current one is refused before any request. Returns the volume as SCP
    /// accepted the change (state extending), or with -Wait once it is back in its previous
    /// state (available or in-use) with the new size.
    /// </summary>
    [Cmdlet(VerbsCommon.Resize, "ScpVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpVolume))]
    public sealed class ResizeScpVolumeCommand : VolumeTargetCmdlet
    {
        /// <summary>The new size in GB (8–16384); must be larger than the current size.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [Alias("Size")]
        [ValidateRange(8, 16384)]
        public int SizeGB { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var volume in Targets())
            {
                if (SizeGB <= volume.Size)
                {
                    WriteError(ScpErrorRecords.InvalidArgument(
                        $"-SizeGB {SizeGB} is not larger than the current size of volume {volume} ({volume.Size} GB); a volume can only grow.", volume));
                    continue;
                }
                if (!ShouldProcess(volume.ToString(), $"Extend volume from {volume.Size} GB to {SizeGB} GB")) continue;
                var (start, size) = (volume, SizeGB);
                Run(new ScpWorkItem($"Resize volume {volume} to {size} GB", volume, async ctx =>
                {
                    var vs = new VirtualServerClient(ctx.Client);
                    var result = await vs.ExtendVolumeAsync(start.Id, size, ctx.CancellationToken).ConfigureAwait(false)
                        ?? await vs.GetVolumeAsync(start.Id, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null)
                        result = await VolumeWaits.UntilAsync(vs, start, $"to grow to {size} GB", v => v.Size >= size, ctx).ConfigureAwait(false);
                    ctx.Output.Object(result);
                }, ConnectionFor(volume)));
            }
        }
    }
}

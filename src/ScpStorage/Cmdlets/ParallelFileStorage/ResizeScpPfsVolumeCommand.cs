using System.Management.Automation;
using ScpStorage.Core.ParallelFileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ParallelFileStorage
{
    /// <summary>
    /// Sets the capacity of Parallel File Storage volumes (SetVolumeCapacity). Whether SCP allows
    /// shrinking is undocumented: a smaller capacity is allowed but asked about like a delete
    /// (ConfirmImpact High semantics: -Force or -Confirm:$false to go on). -Wait returns the volume
    /// once it shows the capacity and is available.
    /// </summary>
    [Cmdlet(VerbsCommon.Resize, "ScpPfsVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpPfsVolume))]
    public sealed class ResizeScpPfsVolumeCommand : PfsVolumeTargetCmdlet
    {
        /// <summary>The new capacity in TB, 1–1000.</summary>
        [Parameter(Mandatory = true)]
        [ValidateRange(1, 1000)]
        public int CapacityTB { get; set; }

        /// <summary>Do not ask for confirmation when shrinking.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var volume in Targets())
            {
                var capacity = CapacityTB;
                if (volume.CapacityTB == capacity)
                {
                    WriteWarning($"Parallel file volume {volume} already has {capacity} TB; nothing to do.");
                    continue;
                }
                var shrink = volume.CapacityTB.HasValue && capacity < volume.CapacityTB.Value;
                var action = $"Resize from {volume.CapacityTB?.ToString() ?? "?"} TB to {capacity} TB";
                if (shrink ? !ShouldProcess(volume.ToString(), action + " (smaller: data beyond the new size may be lost)", Force)
                           || (!Force && !MyInvocation.BoundParameters.ContainsKey("Confirm") && !ShouldContinue($"Shrink {volume} to {capacity} TB?", "Shrink parallel file volume"))
                           : !ShouldProcess(volume.ToString(), action)) continue;
                var (id, name) = (volume.Id, volume.Name);
                Run(new ScpWorkItem($"Resize parallel file volume {volume}", volume, async ctx =>
                {
                    var pfs = new ParallelFileStorageClient(ctx.Client);
                    await pfs.ResizeVolumeAsync(id, capacity, ctx.CancellationToken).ConfigureAwait(false);
                    var result = ctx.Wait != null
                        ? await pfs.WaitForVolumeAsync(id, name, v => v.CapacityTB == capacity, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                        : await pfs.GetVolumeAsync(id, ctx.CancellationToken).ConfigureAwait(false);
                    ctx.Output.Object(result);
                }, ConnectionFor(volume)));
            }
        }
    }
}

using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Volumes
{
    /// <summary>
    /// Detaches volumes from servers (Detach Volume: a DELETE whose body lists the server ids).
    /// Without -ServerId, from every server the volume is attached to.
    /// </summary>
    [Cmdlet(VerbsData.Dismount, "ScpBmVolume", SupportsShouldProcess = true, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBmVolume))]
    public sealed class DismountScpBmVolumeCommand : BmVolumeTargetCmdlet
    {
        /// <summary>Ids of the servers to detach from; all attached servers when left out.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? ServerId { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var volume in Targets())
            {
                var servers = ServerId ?? volume.ServerIds.ToArray();
                if (servers.Length == 0)
                {
                    WriteError(Errors.ScpErrorRecords.InvalidArgument($"Volume {volume} is not attached to any server.", volume));
                    continue;
                }
                if (!ShouldProcess(volume.ToString(), $"Detach from server(s) {string.Join(", ", servers)}")) continue;
                var (id, name) = (volume.Id, volume.Name);
                Run(new ScpWorkItem($"Detach bare metal volume {volume}", volume, async ctx =>
                {
                    var bm = new BareMetalBlockStorageClient(ctx.Client);
                    await bm.DetachVolumeAsync(id, servers.Distinct(), ctx.CancellationToken).ConfigureAwait(false);
                    ctx.Output.Object(ctx.Wait != null
                        ? await bm.WaitForVolumeAsync(id, name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                        : await bm.GetVolumeAsync(id, ctx.CancellationToken).ConfigureAwait(false));
                }, ConnectionFor(volume)));
            }
        }
    }
}

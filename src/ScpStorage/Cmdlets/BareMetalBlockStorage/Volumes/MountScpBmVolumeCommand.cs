using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Volumes
{
    /// <summary>Attaches volumes to bare metal (BM) or MNGC servers; one request per volume carries every server (multi-attach).</summary>
    [Cmdlet(VerbsData.Mount, "ScpBmVolume", SupportsShouldProcess = true, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBmVolume))]
    public sealed class MountScpBmVolumeCommand : BmVolumeTargetCmdlet
    {
        /// <summary>Ids of the servers to attach to (32 hex digits).</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] ServerId { get; set; } = new string[0];

        /// <summary>BM (bare metal server, the default) or MNGC.</summary>
        [Parameter]
        [ValidateSet("BM", "MNGC")]
        public string ServerType { get; set; } = "BM";

        protected override void ProcessRecord()
        {
            foreach (var volume in Targets())
            {
                var servers = ServerId.Distinct().Select(s => new KeyValuePair<string, string>(s, ServerType.ToUpperInvariant())).ToList();
                if (!ShouldProcess(volume.ToString(), $"Attach to {ServerType} server(s) {string.Join(", ", ServerId)}")) continue;
                var (id, name) = (volume.Id, volume.Name);
                Run(new ScpWorkItem($"Attach bare metal volume {volume}", volume, async ctx =>
                {
                    var bm = new BareMetalBlockStorageClient(ctx.Client);
                    await bm.AttachVolumeAsync(id, servers, ctx.CancellationToken).ConfigureAwait(false);
                    ctx.Output.Object(ctx.Wait != null
                        ? await bm.WaitForVolumeAsync(id, name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                        : await bm.GetVolumeAsync(id, ctx.CancellationToken).ConfigureAwait(false));
                }, ConnectionFor(volume)));
            }
        }
    }
}

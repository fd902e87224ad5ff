using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Transfers
{
    /// <summary>
    /// Offers volumes for transfer to another account. The volume waits in awaiting-transfer
    /// until the receiver accepts (Receive-ScpVolumeTransfer) or the offer is cancelled. The
    /// returned transfer carries the AuthKey, which SCP shows this one time only.
    /// </summary>
    // The default set takes the piped object: PowerShell binds pipeline input to a candidate default
    // set first, and a default id set would refuse a piped object that lacks the id property.
    [Cmdlet(VerbsCommon.New, "ScpVolumeTransfer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium,
        DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpVolumeTransfer))]
    public sealed class NewScpVolumeTransferCommand : ScpJobCmdlet
    {
        private const string ById = "ById";
        private const string ByObject = "ByObject";

        /// <summary>No Id alias: a piped server's or snapshot's Id must not be offered as a volume.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.VolumeCompleter))]
        public string[] VolumeId { get; set; } = Array.Empty<string>();

        /// <summary>
        /// The volumes to offer, bound by the shared rule: volumes from Get-ScpVolume (each offered
        /// in its own region), volume id strings, or objects that refer to a volume (VolumeId).
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true)]
        [Alias("InputObject")]
        public PSObject[] Volume { get; set; } = Array.Empty<PSObject>();

        /// <summary>A label the receiver sees in Get-ScpVolumeTransfer; SCP sets no rule beyond its length.</summary>
        [Parameter]
        [ValidateLength(1, 255)]
        public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            var volumes = ParameterSetName == ByObject
                ? Volume.Where(o => o != null).SelectMany(o => ResourceTargets.Piped(this, VirtualServerKinds.Volume, o, takesNames: false))
                : VolumeId.Select(id => Servers.ServerTarget.VolumeById(this, id));
            foreach (var volume in volumes)
            {
                if (volume == null) continue;
                if (!ShouldProcess(volume.ToString(), Name == null ? "Offer volume for transfer" : $"Offer volume for transfer as '{Name}'")) continue;
                var (id, name) = (volume.Id, Name);
                Run(new ScpWorkItem($"Transfer volume {volume}", volume, async ctx =>
                {
                    var transfer = await new VirtualServerClient(ctx.Client).CreateVolumeTransferAsync(id, name, ctx.CancellationToken).ConfigureAwait(false);
                    ctx.Output.Object(transfer);
                }, ConnectionFor(volume)));
            }
        }
    }
}

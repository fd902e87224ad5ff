using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Transfers
{
    /// <summary>
    /// Cancels pending volume transfers; each volume returns to available in the sender's
    /// account. Asks for confirmation unless -Force or -Confirm:$false, because the auth key
    /// already handed to the receiver stops working.
    /// </summary>
    // The default set takes the piped object: PowerShell binds pipeline input to a candidate default
    // set first, and a default id set would refuse a piped object that lacks the id property.
    [Cmdlet(VerbsCommon.Remove, "ScpVolumeTransfer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High,
        DefaultParameterSetName = TransferTarget.ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpVolumeTransferCommand : ScpJobCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = TransferTarget.ById)]
        [Alias("TransferId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TransferCompleter))]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Transfers from Get-ScpVolumeTransfer or New-ScpVolumeTransfer, transfer ids or names, or objects with a TransferId (the shared binding rule).</summary>
        [Parameter(Mandatory = true, ParameterSetName = TransferTarget.ByObject, ValueFromPipeline = true)]
        public PSObject[] InputObject { get; set; } = Array.Empty<PSObject>();

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var transfers = ParameterSetName == TransferTarget.ByObject
                ? InputObject.SelectMany(o => ResourceTargets.Piped(this, VirtualServerKinds.Transfer, o)) : Id.Select(id => TransferTarget.Get(this, id));
            foreach (var transfer in transfers)
            {
                if (transfer == null) continue;
                var what = transfer.VolumeId == null ? "Cancel volume transfer" : $"Cancel volume transfer of volume {transfer.VolumeId}";
                if (!ShouldProcess(transfer.ToString(), what, Force)) continue;
                var id = transfer.Id;
                Run(new ScpWorkItem($"Cancel volume transfer {transfer}", transfer,
                    ctx => new VirtualServerClient(ctx.Client).DeleteVolumeTransferAsync(id, ctx.CancellationToken), ConnectionFor(transfer)));
            }
        }
    }
}

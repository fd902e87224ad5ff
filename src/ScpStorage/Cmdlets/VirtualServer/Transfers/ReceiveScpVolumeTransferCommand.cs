using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.Errors;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Transfers
{
    /// <summary>
    /// Accepts volume transfers with the auth key the sender handed over, and returns each
    /// received volume. The key is a credential: it is held as a SecureString, SCP's request body
    /// is logged with the key masked, and it appears in no prompt, progress or error text. For
    /// the same reason there is no -AsJob: a job is named after the command line, which would
    /// carry a key typed literally.
    /// </summary>
    // The default set takes the piped object: PowerShell binds pipeline input to a candidate default
    // set first, and a default id set would refuse a piped object that lacks the id property.
    [Cmdlet(VerbsCommunications.Receive, "ScpVolumeTransfer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium,
        DefaultParameterSetName = TransferTarget.ByObject)]
    [OutputType(typeof(ScpVolume))]
    public sealed class ReceiveScpVolumeTransferCommand : ScpCmdlet
    {
        /// <summary>No by-property-name binding: a piped volume's own Id is not a transfer id (a TransferId binds through the pipeline rule).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = TransferTarget.ById)]
        [Alias("TransferId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TransferCompleter))]
        public string Id { get; set; } = "";

        /// <summary>
        /// Piped input, bound by the shared rule: a transfer from New-ScpVolumeTransfer or
        /// Get-ScpVolumeTransfer, a transfer id string, or an object with a TransferId.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = TransferTarget.ByObject, ValueFromPipeline = true)]
        public PSObject InputObject { get; set; } = null!;

        /// <summary>The key the sender received from New-ScpVolumeTransfer; text or SecureString.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AuthKeyTransformation]
        [ValidateNotNull]
        public SecureString AuthKey { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var id = Id;
            ScpVolumeTransfer? transfer = null;
            Core.ScpResource? from = null;
            if (InputObject != null)
            {
                var targets = PipedTargets.Resolve(InputObject, VirtualServerKinds.Transfer, takesNames: false);
                if (targets == null || targets.Count != 1)
                {
                    WriteError(ScpErrorRecords.InvalidArgument(PipedTargets.Unbound(InputObject, VirtualServerKinds.Transfer, MyInvocation.MyCommand.Name), InputObject));
                    return;
                }
                transfer = targets[0].Resource as ScpVolumeTransfer;
                id = transfer?.Id ?? targets[0].Id!;
                from = targets[0].From;
            }
            if (transfer == null && !TryRead(id, out transfer)) return;
            id = transfer?.Id ?? id;
            var label = transfer?.ToString() ?? id;
            var knownVolumeId = transfer?.VolumeId;
            if (!ShouldProcess(label, knownVolumeId == null ? "Accept volume transfer" : $"Accept volume transfer of volume {knownVolumeId}")) return;
            var key = AuthKey;
            Run(new ScpWorkItem($"Accept volume transfer {label}", label, async ctx =>
            {
                var vs = new VirtualServerClient(ctx.Client);
                ScpVolumeTransfer accepted;
                try
                {
                    // The plain key lives only for this call; the request log masks auth_key.
                    accepted = await vs.AcceptVolumeTransferAsync(id, new NetworkCredential("", key).Password, ctx.CancellationToken).ConfigureAwait(false);
                }
                catch (ScpRequestFailedException e) when (e.Status == 404)
                {
                    ctx.Output.Error(ScpErrorRecords.NotFound("volume transfer", id, VirtualServerClient.ServiceName));
                    return;
                }
                var volumeId = accepted.VolumeId ?? knownVolumeId;
                if (string.IsNullOrEmpty(volumeId))
                {
                    ctx.Output.Error(ScpErrorRecords.InvalidOperation("ScpTransferVolumeUnknown",
                        $"Transfer {label} was accepted, but SCP did not say which volume it carried; find it with Get-ScpVolume.",
                        label, ErrorCategory.InvalidResult));
                    return;
                }
                ctx.Output.Object(await vs.GetVolumeAsync(volumeId!, ctx.CancellationToken).ConfigureAwait(false));
            }, ConnectionFor((Core.ScpResource?)transfer ?? from)));
        }

        /// <summary>
        /// The transfer, for its name in the prompt. A receiver in another account may not be
        /// allowed to read it before accepting, so a transfer it cannot see is accepted by id and
        /// SCP's answer to the accept decides whether it exists.
        /// </summary>
        private bool TryRead(string id, out ScpVolumeTransfer? transfer)
        {
            transfer = null;
            try
            {
                transfer = Invoke((c, ct) => new VirtualServerClient(c).GetVolumeTransferAsync(id, ct));
            }
            catch (ScpRequestFailedException e) when (e.Status == 404 || e.Status == 403)
            {
                WriteVerbose($"Transfer {id} is not visible to this account before it is accepted; accepting it by id.");
            }
            catch (ScpRequestFailedException e)
            {
                WriteScpError(e, id);
                return false;
            }
            return true;
        }
    }
}

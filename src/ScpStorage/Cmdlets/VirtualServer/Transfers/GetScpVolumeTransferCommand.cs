using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.VirtualServer.Transfers
{
    /// <summary>
    /// Lists pending volume transfers (all, or by name with wildcards) or shows them by id.
    /// Auth keys are never part of the answer: SCP shows a key only when the transfer is created.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpVolumeTransfer", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpVolumeTransfer))]
    public sealed class GetScpVolumeTransferCommand : ScpGetCmdlet<VirtualServerClient, ScpVolumeTransfer>
    {
        internal override ResourceKind<VirtualServerClient, ScpVolumeTransfer> Kind => VirtualServerKinds.Transfer;

        /// <summary>Ids to read; -TransferId is the spelling scripts used before the shared base (an alias only, nothing binds by property name).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("TransferId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
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
    public sealed class GetScpVolumeTransferCommand : ScpCmdlet
    {
        private const string List = "List";
        private const string ById = "ById";

        /// <summary>Transfer names; wildcards allowed.</summary>
        [Parameter(ParameterSetName = List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(TransferCompleter))]
        public string[]? Name { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ById, ValueFromPipelineByPropertyName = true)]
        [Alias("TransferId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TransferCompleter))]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Stop after this many transfers.</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateRange(1, int.MaxValue)]
        public int? First { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ById)
            {
                foreach (var id in Id)
                {
                    var transfer = TransferTarget.Get(this, id);
                    if (transfer != null) WriteObject(transfer);
                }
                return;
            }
            // The list is one unpaged request and has no name filter, so names are matched here.
            ResourceTargets.WriteMatching(this, "volume transfer", VirtualServer().ListVolumeTransfers(null, CancelToken), t => t.Name, Name, First);
        }
    }
}

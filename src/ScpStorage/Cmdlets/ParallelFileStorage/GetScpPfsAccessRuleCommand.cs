using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.ParallelFileStorage;

namespace ScpStorage.Cmdlets.ParallelFileStorage
{
    /// <summary>Lists the GPU nodes that may mount Parallel File Storage volumes (ListAccessRule), one object per node with its IPs; every volume's when none is named.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpPfsAccessRule", DefaultParameterSetName = ByVolume)]
    [OutputType(typeof(ScpPfsAccessRule))]
    public sealed class GetScpPfsAccessRuleCommand : PfsChildReaderCmdlet
    {
        /// <summary>Only these node ids.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? ObjectId { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var volume in Volumes())
            {
                var ids = ObjectId;
                var listed = ClientOf<ParallelFileStorageClient>(volume).ListAccessRules(volume.Id, CancelToken).Where(a => ids == null || ids.Contains(a.ObjectId));
                ResourceTargets.WriteMatching(this, ParallelFileStorageKinds.AccessRule, listed, a => a.ObjectId, null, null, volume);
            }
        }
    }
}

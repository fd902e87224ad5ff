using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.FileStorage;

namespace ScpStorage.Cmdlets.FileStorage.AccessRules
{
    /// <summary>
    /// Lists who may mount File Storage volumes (ListAccessRules), each rule with its VolumeId;
    /// -ObjectType and -ObjectId filter. Without a volume, every volume's rules.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpFileAccessRule", DefaultParameterSetName = ByVolume)]
    [OutputType(typeof(ScpFileAccessRule))]
    public sealed class GetScpFileAccessRuleCommand : FileChildReaderCmdlet
    {
        /// <summary>Only rules for this kind of object.</summary>
        [Parameter]
        [ValidateSet("VM", "BM", "GPU", "GPU_NODE", "ENDPOINT")]
        public string? ObjectType { get; set; }

        /// <summary>Only rules for these object ids.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? ObjectId { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var volume in Volumes())
            {
                var (type, ids) = (ObjectType, ObjectId);
                var listed = ClientOf<FileStorageClient>(volume).ListAccessRules(volume.Id, CancelToken)
                    .Where(a => type == null || string.Equals(a.ObjectType, type, StringComparison.OrdinalIgnoreCase))
                    .Where(a => ids == null || ids.Contains(a.ObjectId));
                ResourceTargets.WriteMatching(this, FileStorageKinds.AccessRule, listed, a => a.ObjectId, null, null, volume);
            }
        }
    }
}

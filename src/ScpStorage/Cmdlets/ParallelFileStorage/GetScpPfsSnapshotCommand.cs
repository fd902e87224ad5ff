using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.ParallelFileStorage;

namespace ScpStorage.Cmdlets.ParallelFileStorage
{
    /// <summary>Lists the snapshots of Parallel File Storage volumes (ListSnapshots, per volume), each with its VolumeId; every volume's when none is named.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpPfsSnapshot", DefaultParameterSetName = ByVolume)]
    [OutputType(typeof(ScpPfsSnapshot))]
    public sealed class GetScpPfsSnapshotCommand : PfsChildReaderCmdlet
    {
        /// <summary>Snapshot names; wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        public string[]? Name { get; set; }

        /// <summary>Only the snapshots with these ids.</summary>
        [Parameter]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var volume in Volumes())
            {
                var ids = Id;
                var listed = ClientOf<ParallelFileStorageClient>(volume).ListSnapshots(volume.Id, CancelToken)
                    .Where(s => ids == null || ids.Contains(s.Id, StringComparer.OrdinalIgnoreCase));
                ResourceTargets.WriteMatching(this, ParallelFileStorageKinds.Snapshot, NamePatterns.Match(listed, s => s.Name, Name), s => s.Name, null, null, volume);
            }
        }
    }
}

using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.FileStorage;

namespace ScpStorage.Cmdlets.FileStorage.Snapshots
{
    /// <summary>
    /// Lists the snapshots of File Storage volumes (ListSnapshots: one request per volume, since
    /// SCP lists them only by volume). Without a volume, every volume's snapshots (one request for
    /// the volumes plus one per volume). Each snapshot carries its VolumeId, so it pipes on to
    /// Remove-ScpFileSnapshot, Restore-ScpSnapshot and New-ScpFileVolume.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpFileSnapshot", DefaultParameterSetName = ByVolume)]
    [OutputType(typeof(ScpFileSnapshot))]
    public sealed class GetScpFileSnapshotCommand : FileChildReaderCmdlet
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
                var client = ClientOf<FileStorageClient>(volume);
                var ids = Id;
                var listed = client.ListSnapshots(volume.Id, CancelToken).Where(s => ids == null || ids.Contains(s.Id, StringComparer.OrdinalIgnoreCase));
                // Names filter each volume's list; a name no volume has is not an error (most volumes will not have it).
                ResourceTargets.WriteMatching(this, FileStorageKinds.Snapshot, NamePatterns.Match(listed, s => s.Name, Name), s => s.Name, null, null, volume);
            }
        }
    }
}

using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.FileStorage;

namespace ScpStorage.Cmdlets.FileStorage.Schedules
{
    /// <summary>
    /// Lists the snapshot schedule entries of File Storage volumes (ListSnapshotSchedule), one
    /// object per entry, each with the volume's retention count and policy flag and its VolumeId.
    /// Without a volume, every volume's entries.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpFileSnapshotSchedule", DefaultParameterSetName = ByVolume)]
    [OutputType(typeof(ScpFileSnapshotSchedule))]
    public sealed class GetScpFileSnapshotScheduleCommand : FileChildReaderCmdlet
    {
        /// <summary>Only the entries with these ids.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var volume in Volumes())
            {
                var ids = Id;
                var listed = ClientOf<FileStorageClient>(volume).ListSnapshotSchedules(volume.Id, CancelToken)
                    .Where(s => ids == null || ids.Contains(s.Id ?? "", StringComparer.OrdinalIgnoreCase));
                ResourceTargets.WriteMatching(this, FileStorageKinds.Schedule, listed, s => s.Id, null, null, volume);
            }
        }
    }
}

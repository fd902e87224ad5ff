using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Snapshots
{
    /// <summary>Lists the snapshots of volume groups (List Volume Group Snapshots, unpaged); -Id filters the list.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpBmVolumeGroupSnapshot", DefaultParameterSetName = ByVolumeGroup)]
    [OutputType(typeof(ScpBmVolumeGroupSnapshot))]
    public sealed class GetScpBmVolumeGroupSnapshotCommand : ScpCmdlet
    {
        private const string ByVolumeGroup = "ByVolumeGroup";
        private const string ByVolumeGroupId = "ByVolumeGroupId";

        /// <summary>Groups from Get-ScpBmVolumeGroup.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByVolumeGroup, ValueFromPipeline = true)]
        public ScpBmVolumeGroup[] VolumeGroup { get; set; } = new ScpBmVolumeGroup[0];

        /// <summary>Group ids (also taken by property name from piped objects).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByVolumeGroupId, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BmVolumeGroupCompleter))]
        public string[] VolumeGroupId { get; set; } = new string[0];

        /// <summary>Only the snapshots with these ids.</summary>
        [Parameter]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByVolumeGroup) foreach (var g in VolumeGroup) Write(g.Id, g);
            else foreach (var id in VolumeGroupId) Write(id, null);
        }

        private void Write(string groupId, Core.ScpResource? from)
        {
            var list = Shared.ResourceTargets.Read(this, BareMetalBlockStorageKinds.VolumeGroup, groupId,
                (BareMetalBlockStorageClient c, System.Threading.CancellationToken ct) => c.ListVolumeGroupSnapshotsAsync(groupId, ct), from == null ? null : ConnectionFor(from));
            if (list == null) return;
            foreach (var s in list.Snapshots.Where(s => Id == null || Id.Contains(s.Id))) WriteObject(s);
        }
    }
}

using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.BareMetalBlockStorage;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Snapshots
{
    /// <summary>Deletes volume group snapshots (Delete Volume Group Snapshot; both the group id and the snapshot id are in the path).</summary>
    [Cmdlet(VerbsCommon.Remove, "ScpBmVolumeGroupSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpBmVolumeGroupSnapshotCommand : BmSnapshotRemoveCmdlet<ScpBmVolumeGroupSnapshot>
    {
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BmVolumeGroupCompleter))]
        public string VolumeGroupId { get; set; } = "";

        protected override string ParentIdParameter => VolumeGroupId;
        protected override (string ParentId, string Id) IdsOf(ScpBmVolumeGroupSnapshot s) => (s.VolumeGroupId, s.Id);
        protected override string ParentNoun => "volume group";
        protected override string SnapshotNoun => "group snapshot";

        protected override Task DeleteAsync(BareMetalBlockStorageClient bm, string groupId, string snapshotId, CancellationToken ct) =>
            bm.DeleteVolumeGroupSnapshotAsync(groupId, snapshotId, ct);
    }
}

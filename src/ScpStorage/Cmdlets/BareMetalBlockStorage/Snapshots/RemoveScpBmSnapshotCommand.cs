using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.BareMetalBlockStorage;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Snapshots
{
    /// <summary>Deletes volume snapshots (Delete Volume Snapshot; both the volume id and the snapshot id are in the path).</summary>
    [Cmdlet(VerbsCommon.Remove, "ScpBmSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpBmSnapshotCommand : BmSnapshotRemoveCmdlet<ScpBmSnapshot>
    {
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BmVolumeCompleter))]
        public string VolumeId { get; set; } = "";

        protected override string ParentIdParameter => VolumeId;
        protected override (string ParentId, string Id) IdsOf(ScpBmSnapshot s) => (s.VolumeId, s.Id);
        protected override string ParentNoun => "volume";
        protected override string SnapshotNoun => "snapshot";

        protected override Task DeleteAsync(BareMetalBlockStorageClient bm, string volumeId, string snapshotId, CancellationToken ct) =>
            bm.DeleteSnapshotAsync(volumeId, snapshotId, ct);
    }
}

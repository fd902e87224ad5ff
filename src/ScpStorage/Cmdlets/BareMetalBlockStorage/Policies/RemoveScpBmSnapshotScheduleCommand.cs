using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.BareMetalBlockStorage;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Policies
{
    /// <summary>Removes the snapshot schedule of a volume or volume group (Delete Volume / Volume Group Snapshot Schedule); outputs the schedule removed.</summary>
    [Cmdlet(VerbsCommon.Remove, "ScpBmSnapshotSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBmSnapshotSchedule))]
    public sealed class RemoveScpBmSnapshotScheduleCommand : BmScheduleCmdlet
    {
        internal override string Action => "Remove snapshot schedule";
        internal override Task<ScpBmSnapshotSchedule> Send(BareMetalBlockStorageClient bm, ScpBmTargetKind kind, string id, CancellationToken ct) =>
            bm.DeleteSnapshotScheduleAsync(kind, id, ct);
    }
}

using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.BareMetalBlockStorage;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Policies
{
    /// <summary>Sets the snapshot schedule of a volume or volume group that has none (Create Volume / Volume Group Snapshot Schedule).</summary>
    [Cmdlet(VerbsCommon.New, "ScpBmSnapshotSchedule", SupportsShouldProcess = true, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBmSnapshotSchedule))]
    public sealed class NewScpBmSnapshotScheduleCommand : BmScheduleSetCmdlet
    {
        internal override string Action => "Schedule snapshots " + When;
        internal override Task<ScpBmSnapshotSchedule> Send(BareMetalBlockStorageClient bm, ScpBmTargetKind kind, string id, CancellationToken ct) =>
            bm.CreateSnapshotScheduleAsync(kind, id, Hour, Day(DayOfWeek), ct);
    }
}

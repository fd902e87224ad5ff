using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.BareMetalBlockStorage;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Policies
{
    /// <summary>Changes the snapshot schedule of a volume or volume group (Set Volume / Volume Group Snapshot Schedule).</summary>
    [Cmdlet(VerbsCommon.Set, "ScpBmSnapshotSchedule", SupportsShouldProcess = true, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBmSnapshotSchedule))]
    public sealed class SetScpBmSnapshotScheduleCommand : BmScheduleSetCmdlet
    {
        internal override string Action => "Change snapshot schedule to " + When;
        internal override Task<ScpBmSnapshotSchedule> Send(BareMetalBlockStorageClient bm, ScpBmTargetKind kind, string id, CancellationToken ct) =>
            bm.SetSnapshotScheduleAsync(kind, id, Hour, Day(DayOfWeek), ct);
    }
}

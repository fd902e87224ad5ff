using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.BareMetalBlockStorage;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Policies
{
    /// <summary>Removes a volume's snapshot rate (Delete Volume Snapshot Rate): snapshots are deactivated; outputs the values it had.</summary>
    [Cmdlet(VerbsCommon.Remove, "ScpBmSnapshotRate", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBmSnapshotRate))]
    public sealed class RemoveScpBmSnapshotRateCommand : BmSnapshotRateCmdlet
    {
        internal override string Action => "Remove snapshot rate";
        internal override Task<ScpBmSnapshotRate> Send(BareMetalBlockStorageClient bm, string volumeId, CancellationToken ct) =>
            bm.DeleteSnapshotRateAsync(volumeId, ct);
    }
}

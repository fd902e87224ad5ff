using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.BareMetalBlockStorage;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Policies
{
    /// <summary>Changes a volume's snapshot rate (Set Volume Snapshot Rate); SCP refuses it when no rate is set.</summary>
    [Cmdlet(VerbsCommon.Set, "ScpBmSnapshotRate", SupportsShouldProcess = true, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBmSnapshotRate))]
    public sealed class SetScpBmSnapshotRateCommand : BmSnapshotRateCmdlet
    {
        [Parameter(Mandatory = true)]
        [ValidateRange(1, int.MaxValue)]
        public int SnapshotRate { get; set; }

        internal override string Action => $"Change snapshot rate to {SnapshotRate}";
        internal override Task<ScpBmSnapshotRate> Send(BareMetalBlockStorageClient bm, string volumeId, CancellationToken ct) =>
            bm.SetSnapshotRateAsync(volumeId, SnapshotRate, ct);
    }
}

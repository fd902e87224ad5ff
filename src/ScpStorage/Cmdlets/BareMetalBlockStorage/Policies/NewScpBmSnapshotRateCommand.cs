using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.BareMetalBlockStorage;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Policies
{
    /// <summary>Sets a volume's snapshot rate where none is set (Create Volume Snapshot Rate); snapshots are then activated.</summary>
    [Cmdlet(VerbsCommon.New, "ScpBmSnapshotRate", SupportsShouldProcess = true, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBmSnapshotRate))]
    public sealed class NewScpBmSnapshotRateCommand : BmSnapshotRateCmdlet
    {
        /// <summary>The rate (an integer; SCP's examples use 100, no range is documented).</summary>
        [Parameter(Mandatory = true)]
        [ValidateRange(1, int.MaxValue)]
        public int SnapshotRate { get; set; }

        internal override string Action => $"Set snapshot rate {SnapshotRate}";
        internal override Task<ScpBmSnapshotRate> Send(BareMetalBlockStorageClient bm, string volumeId, CancellationToken ct) =>
            bm.CreateSnapshotRateAsync(volumeId, SnapshotRate, ct);
    }
}

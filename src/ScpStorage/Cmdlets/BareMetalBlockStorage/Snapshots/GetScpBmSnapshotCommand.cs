using ScpStorage.Core.Threading;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Snapshots
{
    /// <summary>
    /// Lists the snapshots of bare metal volumes (List Volume Snapshots: one unpaged request per
    /// volume). Without a volume it reads every volume's list (one request per volume). -Usage
    /// returns the volume's snapshot usage instead. There is no show-snapshot operation: -Id
    /// filters the list.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpBmSnapshot", DefaultParameterSetName = All)]
    [OutputType(typeof(ScpBmSnapshot), typeof(ScpBmSnapshotUsage))]
    public sealed class GetScpBmSnapshotCommand : ScpCmdlet
    {
        private const string All = "All";
        private const string ByVolume = "ByVolume";
        private const string ByVolumeId = "ByVolumeId";

        /// <summary>Volumes from Get-ScpBmVolume.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByVolume, ValueFromPipeline = true)]
        public ScpBmVolume[] Volume { get; set; } = new ScpBmVolume[0];

        /// <summary>Volume ids (also taken by property name from piped objects).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByVolumeId, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BmVolumeCompleter))]
        public string[] VolumeId { get; set; } = new string[0];

        /// <summary>Only the snapshots with these ids.</summary>
        [Parameter]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        /// <summary>Return each volume's snapshot usage (ScpBmSnapshotUsage) instead of its snapshots.</summary>
        [Parameter]
        public SwitchParameter Usage { get; set; }

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ByVolume: foreach (var v in Volume) Write(v.Id, v); break;
                case ByVolumeId: foreach (var id in VolumeId) Write(id, null); break;
                default:
                    foreach (var id in AllVolumeIds()) Write(id, null);
                    break;
            }
        }

        /// <summary>Every volume's id, read before the snapshot lists (one request per volume follows).</summary>
        private System.Collections.Generic.List<string> AllVolumeIds()
        {
            var client = Client<BareMetalBlockStorageClient>();
            try
            {
                return InvokeCall(ct => ScpBlockingWork.Start(() =>
                    client.ListVolumes(pageSize: BareMetalBlockStorageClient.MaxPageSize, ct: ct).Select(v => v.Id).ToList(), ct));
            }
            catch (Core.Errors.ScpRequestFailedException e)
            {
                WriteError(Errors.ScpErrorRecords.From(e, null));
                return new System.Collections.Generic.List<string>();
            }
        }

        private void Write(string volumeId, Core.ScpResource? from)
        {
            var usage = Shared.ResourceTargets.Read(this, BareMetalBlockStorageKinds.Volume, volumeId,
                (BareMetalBlockStorageClient c, System.Threading.CancellationToken ct) => c.ListSnapshotsAsync(volumeId, ct), from == null ? null : ConnectionFor(from));
            if (usage == null) return;
            if (Usage) { WriteObject(usage); return; }
            foreach (var s in usage.Snapshots.Where(s => Id == null || Id.Contains(s.Id))) WriteObject(s);
        }
    }
}

using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Snapshots
{
    /// <summary>Deletes volume snapshots (Delete Volume Snapshot; both the volume id and the snapshot id are in the path).</summary>
    [Cmdlet(VerbsCommon.Remove, "ScpBmSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpBmSnapshotCommand : ScpJobCmdlet
    {
        private const string ByObject = "ByObject";
        private const string ById = "ById";

        /// <summary>Snapshots from Get-ScpBmSnapshot.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true)]
        public ScpBmSnapshot[] InputObject { get; set; } = new ScpBmSnapshot[0];

        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BmVolumeCompleter))]
        public string VolumeId { get; set; } = "";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById)]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ById) foreach (var id in Id) Remove(VolumeId, id, id, null);
            else foreach (var s in InputObject) Remove(s.VolumeId, s.Id, s.ToString(), s);
        }

        private void Remove(string volumeId, string snapshotId, string display, ScpBmSnapshot? from)
        {
            if (!ShouldProcess($"snapshot {display} of volume {volumeId}", "Remove snapshot", Force)) return;
            Run(new ScpWorkItem($"Remove snapshot {display}", from ?? (object)snapshotId, async ctx =>
                await new BareMetalBlockStorageClient(ctx.Client).DeleteSnapshotAsync(volumeId, snapshotId, ctx.CancellationToken).ConfigureAwait(false),
                from == null ? null : ConnectionFor(from)));
        }
    }
}

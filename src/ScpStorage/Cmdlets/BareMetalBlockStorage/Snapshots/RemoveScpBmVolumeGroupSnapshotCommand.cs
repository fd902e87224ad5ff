using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Snapshots
{
    /// <summary>Deletes volume group snapshots (Delete Volume Group Snapshot; both the group id and the snapshot id are in the path).</summary>
    [Cmdlet(VerbsCommon.Remove, "ScpBmVolumeGroupSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpBmVolumeGroupSnapshotCommand : ScpJobCmdlet
    {
        private const string ByObject = "ByObject";
        private const string ById = "ById";

        /// <summary>Snapshots from Get-ScpBmVolumeGroupSnapshot.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true)]
        public ScpBmVolumeGroupSnapshot[] InputObject { get; set; } = new ScpBmVolumeGroupSnapshot[0];

        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BmVolumeGroupCompleter))]
        public string VolumeGroupId { get; set; } = "";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById)]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ById) foreach (var id in Id) Remove(VolumeGroupId, id, id, null);
            else foreach (var s in InputObject) Remove(s.VolumeGroupId, s.Id, s.ToString(), s);
        }

        private void Remove(string groupId, string snapshotId, string display, ScpBmVolumeGroupSnapshot? from)
        {
            if (!ShouldProcess($"snapshot {display} of volume group {groupId}", "Remove group snapshot", Force)) return;
            Run(new ScpWorkItem($"Remove group snapshot {display}", from ?? (object)snapshotId, async ctx =>
                await new BareMetalBlockStorageClient(ctx.Client).DeleteVolumeGroupSnapshotAsync(groupId, snapshotId, ctx.CancellationToken).ConfigureAwait(false),
                from == null ? null : ConnectionFor(from)));
        }
    }
}

using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Snapshots
{
    /// <summary>Takes a snapshot of volume groups now (Create Volume Group Snapshot, 200): one consistent snapshot of every member.</summary>
    [Cmdlet(VerbsCommon.New, "ScpBmVolumeGroupSnapshot", SupportsShouldProcess = true, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBmVolumeGroupSnapshot))]
    public sealed class NewScpBmVolumeGroupSnapshotCommand : ScpJobCmdlet
    {
        private const string ById = "ById";
        private const string ByObject = "ByObject";

        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true)]
        public ScpBmVolumeGroup[] VolumeGroup { get; set; } = new ScpBmVolumeGroup[0];

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BmVolumeGroupCompleter))]
        public string[] VolumeGroupId { get; set; } = new string[0];

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByObject) foreach (var g in VolumeGroup) Snap(g.Id, g.ToString(), g);
            else foreach (var id in VolumeGroupId) Snap(id, id, null);
        }

        private void Snap(string id, string display, ScpBmVolumeGroup? from)
        {
            if (!ShouldProcess("volume group " + display, "Create group snapshot")) return;
            Run(new ScpWorkItem("Snapshot volume group " + display, from ?? (object)id, async ctx =>
                ctx.Output.Object(await new BareMetalBlockStorageClient(ctx.Client).CreateVolumeGroupSnapshotAsync(id, ctx.CancellationToken).ConfigureAwait(false)),
                from == null ? null : ConnectionFor(from)));
        }
    }
}

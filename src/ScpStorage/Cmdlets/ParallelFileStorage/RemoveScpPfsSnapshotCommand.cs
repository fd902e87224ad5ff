using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.FileStorage;
using ScpStorage.Core.ParallelFileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ParallelFileStorage
{
    /// <summary>Deletes Parallel File Storage snapshots (DeleteSnapshot): piped, or -VolumeId with -Id. Asks unless -Force or -Confirm:$false.</summary>
    [Cmdlet(VerbsCommon.Remove, "ScpPfsSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpPfsSnapshotCommand : ScpWaitCmdlet
    {
        private const string ByObject = "ByObject";
        private const string ById = "ById";

        /// <summary>Snapshots from Get-ScpPfsSnapshot.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true, Position = 0)]
        public ScpPfsSnapshot[] InputObject { get; set; } = Array.Empty<ScpPfsSnapshot>();

        /// <summary>The volume the snapshots belong to.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.PfsVolumeCompleter))]
        public string VolumeId { get; set; } = "";

        /// <summary>Ids of the snapshots.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var targets = ParameterSetName == ById
                ? Id.Select(id => (VolumeId, id, (string?)null, (ScpPfsSnapshot?)null))
                : InputObject.Where(s => s != null).Select(s => (s.VolumeId ?? "", s.Id, s.Name, (ScpPfsSnapshot?)s));
            foreach (var (volumeId, id, name, snapshot) in targets)
            {
                if (volumeId.Length == 0)
                {
                    WriteError(Errors.ScpErrorRecords.InvalidArgument($"Snapshot {snapshot} does not name its volume; SCP needs the volume id to delete it.", snapshot));
                    continue;
                }
                var text = $"{FileVolumes.Describe(id, name)} of parallel file volume {volumeId}";
                if (!ShouldProcess(text, "Remove parallel file snapshot", Force)) continue;
                Run(new ScpWorkItem("Remove parallel file snapshot " + text, (object?)snapshot ?? id, async ctx =>
                {
                    var pfs = new ParallelFileStorageClient(ctx.Client);
                    await pfs.DeleteSnapshotAsync(volumeId, id, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) await pfs.WaitForSnapshotDeletedAsync(volumeId, id, name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                }, snapshot == null ? null : ConnectionFor(snapshot)));
            }
        }
    }
}

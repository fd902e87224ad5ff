using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.FileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.FileStorage.Snapshots
{
    /// <summary>
    /// Deletes File Storage snapshots (DeleteSnapshot): piped from Get-ScpFileSnapshot, or by
    /// -VolumeId and -Id (SCP needs both). Asks for confirmation unless -Force or
    /// -Confirm:$false; -Wait returns once the volume no longer lists each snapshot.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpFileSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpFileSnapshotCommand : ScpWaitCmdlet
    {
        private const string ByObject = "ByObject";
        private const string ById = "ById";

        /// <summary>Snapshots from Get-ScpFileSnapshot (they carry their VolumeId).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true, Position = 0)]
        public ScpFileSnapshot[] InputObject { get; set; } = Array.Empty<ScpFileSnapshot>();

        /// <summary>The volume the snapshots belong to.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.FileVolumeCompleter))]
        public string VolumeId { get; set; } = "";

        /// <summary>Ids of the snapshots to delete.</summary>
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
                ? Id.Select(id => (VolumeId, id, (string?)null, (ScpFileSnapshot?)null))
                : InputObject.Select(s => (s.VolumeId ?? "", s.Id, s.Name, (ScpFileSnapshot?)s));
            foreach (var (volumeId, id, name, snapshot) in targets)
            {
                if (string.IsNullOrEmpty(volumeId))
                {
                    WriteError(Errors.ScpErrorRecords.InvalidArgument($"Snapshot {snapshot} does not name its volume; SCP needs the volume id to delete it.", snapshot));
                    continue;
                }
                var text = $"{FileVolumes.Describe(id, name)} of file volume {volumeId}";
                if (!ShouldProcess(text, "Remove file snapshot", Force)) continue;
                Run(new ScpWorkItem("Remove file snapshot " + text, (object?)snapshot ?? id, async ctx =>
                {
                    var fs = new FileStorageClient(ctx.Client);
                    await fs.DeleteSnapshotAsync(volumeId, id, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) await fs.WaitForSnapshotDeletedAsync(volumeId, id, name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                }, snapshot == null ? null : ConnectionFor(snapshot)));
            }
        }
    }
}

using System;
using System.Management.Automation;
using ScpStorage.Core.FileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.FileStorage.Schedules
{
    /// <summary>
    /// Deletes snapshot schedule entries of File Storage volumes (DeleteSnapshotSchedule): piped
    /// entries, or -VolumeId with -Id. Asks for confirmation unless -Force or -Confirm:$false.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpFileSnapshotSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpFileSnapshotScheduleCommand : ScpJobCmdlet
    {
        private const string ByObject = "ByObject";
        private const string ById = "ById";

        /// <summary>Entries from Get-ScpFileSnapshotSchedule.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true, Position = 0)]
        public ScpFileSnapshotSchedule[] InputObject { get; set; } = Array.Empty<ScpFileSnapshotSchedule>();

        /// <summary>The volume the entries belong to.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.FileVolumeCompleter))]
        public string? VolumeId { get; set; }

        /// <summary>Ids of the entries.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var entry in ScheduleTargets.Resolve(this, InputObject, ParameterSetName == ById ? VolumeId : null, Id))
            {
                if (string.IsNullOrEmpty(entry.VolumeId) || string.IsNullOrEmpty(entry.Id))
                {
                    WriteError(Errors.ScpErrorRecords.InvalidArgument($"Schedule {entry} does not carry its id and volume id; read it with Get-ScpFileSnapshotSchedule.", entry));
                    continue;
                }
                var (volumeId, id) = (entry.VolumeId!, entry.Id!);
                if (!ShouldProcess($"snapshot schedule {entry} of file volume {volumeId}", "Remove snapshot schedule", Force)) continue;
                Run(new ScpWorkItem($"Remove snapshot schedule {id}", entry, ctx =>
                    new FileStorageClient(ctx.Client).DeleteSnapshotScheduleAsync(volumeId, id, ctx.CancellationToken), ConnectionFor(entry)));
            }
        }
    }
}

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
    public sealed class RemoveScpFileSnapshotScheduleCommand : ScheduleEntryCmdlet
    {
        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var entry in Entries())
            {
                var (volumeId, id) = (entry.VolumeId!, entry.Id!);
                if (!ShouldProcess($"snapshot schedule {entry} of file volume {volumeId}", "Remove snapshot schedule", Force)) continue;
                Run(new ScpWorkItem($"Remove snapshot schedule {id}", entry, ctx =>
                    new FileStorageClient(ctx.Client).DeleteSnapshotScheduleAsync(volumeId, id, ctx.CancellationToken), ConnectionFor(entry)));
            }
        }
    }
}

using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.Backup;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.Backup.Schedules
{
    /// <summary>
    /// Replaces the schedules of piped backups (or -BackupId) with -Schedule; every schedule is
    /// validated first (a message shows a valid one). -PassThru returns the new schedules.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ScpBackupSchedule", SupportsShouldProcess = true, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBackupSchedule))]
    public sealed class SetScpBackupScheduleCommand : BackupChildWaitCmdlet
    {
        /// <summary>The complete new list: @{Frequency='DAILY'; Type='FULL'; StartTime='02:00:00'}, …</summary>
        [Parameter(Mandatory = true)]
        [BackupScheduleTransformation]
        public ScpBackupScheduleSpec[] Schedule { get; set; } = Array.Empty<ScpBackupScheduleSpec>();

        /// <summary>Return the backup's schedules as they are after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            if (ScpBackupScheduleSpec.ValidateAll(Schedule) is string problem)
                ThrowTerminatingError(Errors.ScpErrorRecords.InvalidArgument(problem, Schedule));
        }

        protected override void ProcessRecord()
        {
            var schedules = Schedule.ToList();
            foreach (var backup in Backups())
            {
                if (!ShouldProcess(backup.Id, $"Replace the schedules with {string.Join("; ", schedules)}")) continue;
                var (id, passThru) = (backup.Id, PassThru.IsPresent);
                Run(new ScpWorkItem($"Set schedules of backup {id}", id, async ctx =>
                {
                    var bk = new BackupClient(ctx.Client);
                    await bk.SetSchedulesAsync(id, schedules, ctx.CancellationToken).ConfigureAwait(false);
                    if (passThru) foreach (var s in bk.ListSchedules(id, ctx.CancellationToken)) ctx.Output.Object(s);
                }, backup.From == null ? null : ConnectionFor(backup.From)));
            }
        }
    }
}

using System.Management.Automation;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Schedules
{
    /// <summary>Lists the schedules of piped backups (or -BackupId).</summary>
    [Cmdlet(VerbsCommon.Get, "ScpBackupSchedule", DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBackupSchedule))]
    public sealed class GetScpBackupScheduleCommand : BackupChildGetCmdlet
    {
        protected override void ProcessRecord() => WriteEach((c, id) => c.ListSchedules(id, CancelToken));
    }
}

using System.Management.Automation;
using ScpStorage.Cmdlets.Backup.Jobs;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Restores
{
    /// <summary>Lists the restores (SCP: restore histories) of piped backups, newest first.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpBackupRestoreJob", DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBackupRestoreJob))]
    public sealed class GetScpBackupRestoreJobCommand : BackupChildGetCmdlet
    {
        /// <summary>COMPLETED, PARTIAL_SUCCESS, FAILED or INPROGRESS.</summary>
        [Parameter]
        [ValidateSet("COMPLETED", "PARTIAL_SUCCESS", "FAILED", "INPROGRESS")]
        public string? State { get; set; }

        /// <summary>Only restores started at or after this time.</summary>
        [Parameter] public System.DateTime? After { get; set; }

        /// <summary>Only restores started at or before this time.</summary>
        [Parameter] public System.DateTime? Before { get; set; }

        /// <summary>Sort as SCP takes it (SCP's default created_at:desc).</summary>
        [Parameter]
        [ValidatePattern(@"^[a-z_]+(:(asc|desc))?$")]
        public string? Sort { get; set; }

        /// <summary>Stop after this many restores per backup.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? First { get; set; }

        protected override void ProcessRecord() => WriteEach((c, id) =>
            c.ListRestoreJobs(id, State, GetScpBackupJobCommand.Time(After), GetScpBackupJobCommand.Time(Before), Sort, BackupClient.DefaultPageSize, First, CancelToken));
    }
}

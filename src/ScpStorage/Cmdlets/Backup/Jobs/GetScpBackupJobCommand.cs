using System;
using System.Management.Automation;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Jobs
{
    /// <summary>Lists the jobs (SCP: backup histories) of piped backups, newest first unless -Sort says otherwise.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpBackupJob", DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBackupJob))]
    public sealed class GetScpBackupJobCommand : BackupChildGetCmdlet
    {
        /// <summary>Only jobs started at or after this time.</summary>
        [Parameter] public DateTime? After { get; set; }

        /// <summary>Only jobs started at or before this time.</summary>
        [Parameter] public DateTime? Before { get; set; }

        /// <summary>SUCCESS, PARTIAL_SUCCESS, FAILED, INPROGRESS (or ALL).</summary>
        [Parameter]
        [ValidateSet("SUCCESS", "PARTIAL_SUCCESS", "FAILED", "INPROGRESS", "ALL")]
        public string? State { get; set; }

        /// <summary>Sort as SCP takes it (default backup_start_time:desc).</summary>
        [Parameter]
        [ValidatePattern(@"^[a-z_]+(:(asc|desc))?$")]
        [ArgumentCompleter(typeof(Completion.BackupHistorySortCompleter))]
        public string Sort { get; set; } = "backup_start_time:desc";

        /// <summary>Stop after this many jobs per backup.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? First { get; set; }

        /// <summary>Jobs fetched per request (1–1000).</summary>
        [Parameter]
        [ValidateRange(1, BackupClient.MaxPageSize)]
        public int PageSize { get; set; } = BackupClient.DefaultPageSize;

        protected override void ProcessRecord() =>
            WriteEach((c, id) => c.ListBackupJobs(id, Time(After), Time(Before), State, Sort, PageSize, First, CancelToken));

        internal static DateTimeOffset? Time(DateTime? t) => t.HasValue ? new DateTimeOffset(t.Value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t.Value, DateTimeKind.Local) : t.Value) : (DateTimeOffset?)null;
    }
}

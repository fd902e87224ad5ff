using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Backup.Jobs;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Restores
{
    /// <summary>
    /// Lists the points piped backups can be restored from (SCP: restore targets), newest first;
    /// -Latest gives the newest restorable one per backup.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpBackupRecoveryPoint", DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBackupRecoveryPoint))]
    public sealed class GetScpBackupRecoveryPointCommand : BackupChildGetCmdlet
    {
        /// <summary>Only points taken at or after this time.</summary>
        [Parameter] public System.DateTime? After { get; set; }

        /// <summary>Only points taken at or before this time.</summary>
        [Parameter] public System.DateTime? Before { get; set; }

        /// <summary>Sort as SCP takes it (default backup_start_time:desc, newest first).</summary>
        [Parameter]
        [ValidatePattern(@"^[a-z_]+(:(asc|desc))?$")]
        [ArgumentCompleter(typeof(Completion.BackupHistorySortCompleter))]
        public string Sort { get; set; } = "backup_start_time:desc";

        /// <summary>Only points that can be restored now.</summary>
        [Parameter] public SwitchParameter AvailableOnly { get; set; }

        /// <summary>Only the newest restorable point of each backup.</summary>
        [Parameter] public SwitchParameter Latest { get; set; }

        /// <summary>Stop after this many points per backup.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? First { get; set; }

        protected override void ProcessRecord() => WriteEach((c, id) =>
        {
            var sort = Latest ? "backup_start_time:desc" : Sort;
            var points = c.ListRecoveryPoints(id, GetScpBackupJobCommand.Time(After), GetScpBackupJobCommand.Time(Before), sort,
                BackupClient.DefaultPageSize, AvailableOnly || Latest ? null : First, CancelToken);
            if (AvailableOnly || Latest) points = points.Where(p => p.IsRestoreAvailable);
            if (Latest) return points.Take(1);
            return First.HasValue ? points.Take(First.Value) : points;
        });
    }
}

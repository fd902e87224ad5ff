using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.Backup;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.Backup.Backups
{
    /// <summary>
    /// Changes a backup's retention period, replication (DR) or filesystem paths: one request per
    /// group given, in that order, each confirmed. -PassThru returns the backup re-read; with -Wait,
    /// after replication has reached the state asked for.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ScpBackup", SupportsShouldProcess = true, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBackup))]
    public sealed class SetScpBackupCommand : BackupTargetCmdlet
    {
        /// <summary>How long recovery points are kept: WEEK_2, MONTH_1, MONTH_3, MONTH_6 or YEAR_1 (future points only).</summary>
        [Parameter]
        [ValidateSet("WEEK_2", "MONTH_1", "MONTH_3", "MONTH_6", "YEAR_1")]
        public string? RetentionPeriod { get; set; }

        /// <summary>Turn replication to the partner region on ($true) or off ($false).</summary>
        [Parameter]
        public bool? DrEnabled { get; set; }

        /// <summary>Paths a FILESYSTEM backup protects (replaces the list).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? FilesystemPath { get; set; }

        /// <summary>Protect the whole filesystem ($true) or only the paths ($false).</summary>
        [Parameter]
        public bool? AllFilesystem { get; set; }

        /// <summary>Return the backup as it is after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            if (RetentionPeriod == null && DrEnabled == null && FilesystemPath == null && AllFilesystem == null)
                ThrowTerminatingError(Errors.ScpErrorRecords.InvalidArgument(
                    "Nothing to change: give -RetentionPeriod, -DrEnabled, -FilesystemPath or -AllFilesystem.", null));
        }

        protected override void ProcessRecord()
        {
            foreach (var backup in Targets())
            {
                if (FilesystemPath != null || AllFilesystem != null)
                    if (backup.PolicyType != null && backup.PolicyType != "FILESYSTEM")
                    {
                        WriteError(Errors.ScpErrorRecords.InvalidArgument(
                            $"Backup {backup} is a {backup.PolicyType} backup; filesystem paths belong to FILESYSTEM backups.", backup));
                        continue;
                    }
                var retention = RetentionPeriod != null && ShouldProcess(backup.ToString(), $"Set retention period to {RetentionPeriod}") ? RetentionPeriod : null;
                var dr = DrEnabled.HasValue && ShouldProcess(backup.ToString(), DrEnabled.Value ? "Turn replication on" : "Turn replication off") ? DrEnabled : null;
                var paths = (FilesystemPath != null || AllFilesystem != null) && ShouldProcess(backup.ToString(),
                    AllFilesystem == true ? "Protect the whole filesystem" : $"Set filesystem paths to {string.Join(", ", FilesystemPath ?? new string[0])}");
                if (retention == null && dr == null && !paths) continue;
                var (id, fsPaths, all, passThru) = (backup.Id, FilesystemPath?.ToList(), AllFilesystem, PassThru.IsPresent);
                Run(new ScpWorkItem($"Set backup {backup}", backup, async ctx =>
                {
                    var bk = new BackupClient(ctx.Client);
                    var ct = ctx.CancellationToken;
                    if (retention != null) await bk.UpdateRetentionPeriodAsync(id, retention, ct).ConfigureAwait(false);
                    if (dr.HasValue)
                    {
                        await bk.UpdateReplicationAsync(id, dr.Value, ct).ConfigureAwait(false);
                        if (ctx.Wait != null) await bk.WaitForReplicationAsync(id, dr.Value, ctx.Wait, ctx.Progress, ct).ConfigureAwait(false);
                    }
                    if (paths) await bk.SetFilesystemPathAsync(id, fsPaths, all, ct).ConfigureAwait(false);
                    if (passThru) ctx.Output.Object(await bk.GetBackupAsync(id, ct).ConfigureAwait(false));
                }, ConnectionFor(backup)));
            }
        }
    }
}

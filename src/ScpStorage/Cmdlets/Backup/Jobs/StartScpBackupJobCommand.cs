using System;
using System.Management.Automation;
using ScpStorage.Cmdlets.Backup.Backups;
using ScpStorage.Core.Backup;
using ScpStorage.Core.Logging;
using ScpStorage.Core.Waiting;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.Backup.Jobs
{
    /// <summary>
    /// Takes a backup now (SCP's Manual Backup) and returns the job it started, found in the
    /// backup's job history. With -Wait, follows the job to its end: SUCCESS is returned,
    /// PARTIAL_SUCCESS is returned with a warning, FAILED is an error.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "ScpBackupJob", SupportsShouldProcess = true, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBackupJob))]
    public sealed class StartScpBackupJobCommand : BackupTargetCmdlet
    {
        /// <summary>How long to wait, without -Wait, for SCP to list the job it started.</summary>
        private static readonly ScpWaitOptions Listed = new ScpWaitOptions(TimeSpan.FromSeconds(60));

        protected override void ProcessRecord()
        {
            foreach (var backup in Targets())
            {
                if (!ShouldProcess(backup.ToString(), "Start a backup job now")) continue;
                var (id, name) = (backup.Id, backup.ToString());
                Run(new ScpWorkItem($"Start backup job of {backup}", backup, async ctx =>
                {
                    var bk = new BackupClient(ctx.Client);
                    var ticket = await bk.StartBackupJobAsync(id, ctx.CancellationToken).ConfigureAwait(false);
                    ScpBackupJob job;
                    if (ctx.Wait == null) job = await bk.WaitForBackupJobListedAsync(ticket, Listed, null, ctx.CancellationToken).ConfigureAwait(false);
                    else
                    {
                        job = await bk.WaitForBackupJobAsync(ticket, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                        if (job.State == BackupStates.PartialSuccess)
                            ctx.Output.Log(new ScpLogEvent(ScpLogLevel.Warning, $"The backup job {job.Id} of {name} ended in PARTIAL_SUCCESS: part of the data was not backed up."));
                    }
                    ctx.Output.Object(job);
                }, ConnectionFor(backup)));
            }
        }
    }
}

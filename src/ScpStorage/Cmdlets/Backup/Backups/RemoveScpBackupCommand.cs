using System.Management.Automation;
using ScpStorage.Core.Backup;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.Backup.Backups
{
    /// <summary>
    /// Deletes backups with their schedules, jobs and recovery points. Asks for confirmation
    /// unless -Force or -Confirm:$false; -Wait returns once each backup is gone.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpBackup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpBackupCommand : BackupTargetCmdlet
    {
        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var backup in Targets())
            {
                if (!ShouldProcess(backup.ToString(), "Remove backup with its recovery points", Force)) continue;
                var id = backup.Id;
                Run(new ScpWorkItem($"Remove backup {backup}", backup, async ctx =>
                {
                    var bk = new BackupClient(ctx.Client);
                    await bk.DeleteBackupAsync(id, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) await bk.WaitForBackupDeletedAsync(id, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                }, ConnectionFor(backup)));
            }
        }
    }
}

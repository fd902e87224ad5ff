using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.FileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.FileStorage.Replications
{
    /// <summary>
    /// Pauses or resumes File Storage replications (-Policy) or changes their schedule
    /// (-Frequency, -BackupRetentionCount) with SetVolumeReplication; SCP takes one kind of change
    /// per request, so giving both sends two. -PassThru returns the replication read again; -Wait
    /// returns it once it is no longer creating.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ScpFileReplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpFileReplication))]
    public sealed class SetScpFileReplicationCommand : ReplicationEntryCmdlet
    {
        /// <summary>Use (replicate) or Paused.</summary>
        [Parameter]
        [ValidateSet("Use", "Paused")]
        public string? Policy { get; set; }

        /// <summary>5min, hourly, daily, weekly or monthly.</summary>
        [Parameter]
        [ValidateSet("5min", "hourly", "daily", "weekly", "monthly")]
        public string? Frequency { get; set; }

        /// <summary>Backup copies kept (1–128).</summary>
        [Parameter]
        [ValidateRange(1, 128)]
        public int? BackupRetentionCount { get; set; }

        /// <summary>Return the replication after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var change = new FileReplicationChange { Policy = Policy?.ToLowerInvariant(), Frequency = Frequency, BackupRetentionCount = BackupRetentionCount };
            if (!change.ChangesPolicy && !change.ChangesSchedule)
            {
                WriteError(Errors.ScpErrorRecords.InvalidArgument("Give -Policy, -Frequency or -BackupRetentionCount: there is nothing to change.", null));
                return;
            }
            foreach (var (replication, volumeId) in Replications())
            {
                var what = string.Join(", ", new[] { Policy == null ? null : "policy " + Policy, Frequency == null ? null : "frequency " + Frequency,
                    BackupRetentionCount == null ? null : $"retention {BackupRetentionCount}" }.Where(s => s != null));
                if (!ShouldProcess($"replication {replication} of file volume {volumeId}", "Set " + what)) continue;
                var (id, passThru) = (replication.Id, PassThru.IsPresent);
                Run(new ScpWorkItem($"Set replication {replication}", replication, async ctx =>
                {
                    var fs = new FileStorageClient(ctx.Client);
                    await fs.SetReplicationAsync(volumeId!, id, change, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) ctx.Output.Object(await fs.WaitForReplicationAsync(volumeId!, id, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false));
                    else if (passThru) ctx.Output.Object(await fs.GetReplicationAsync(volumeId!, id, ctx.CancellationToken).ConfigureAwait(false));
                }, ConnectionFor(replication)));
            }
        }
    }
}

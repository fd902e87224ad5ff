using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.Backup;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.Backup.Restores
{
    /// <summary>
    /// Deletes recovery points: each is confirmed, then the confirmed points of one backup go in
    /// one request. Asks for confirmation unless -Force or -Confirm:$false.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpBackupRecoveryPoint", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpBackupRecoveryPointCommand : ScpJobCmdlet
    {
        private const string ByObject = "ByObject";
        private const string ById = "ById";
        private readonly Dictionary<string, (List<string> Ids, ScpBackupRecoveryPoint? From)> _confirmed =
            new Dictionary<string, (List<string>, ScpBackupRecoveryPoint?)>(StringComparer.Ordinal);

        /// <summary>Recovery points from Get-ScpBackupRecoveryPoint.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByObject)]
        public ScpBackupRecoveryPoint[] RecoveryPoint { get; set; } = Array.Empty<ScpBackupRecoveryPoint>();

        /// <summary>The backup the points belong to.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.BackupCompleter))]
        public string BackupId { get; set; } = "";

        /// <summary>Ids of the recovery points (restore target ids).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("RecoveryPointId", "RestoreTargetId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var points = ParameterSetName == ById ? Id.Select(i => (BackupId, i, (ScpBackupRecoveryPoint?)null)) : RecoveryPoint.Select(p => (p.BackupId, p.Id, (ScpBackupRecoveryPoint?)p));
            foreach (var (backupId, id, from) in points)
            {
                if (!ShouldProcess($"{(from?.ToString() ?? id)} of backup {backupId}", "Remove recovery point", Force)) continue;
                if (!_confirmed.TryGetValue(backupId, out var group)) _confirmed[backupId] = group = (new List<string>(), from);
                group.Ids.Add(id);
            }
        }

        protected override void EndProcessing()
        {
            foreach (var pair in _confirmed)
            {
                var (backupId, ids) = (pair.Key, pair.Value.Ids);
                Run(new ScpWorkItem($"Remove {ids.Count} recovery point(s) of backup {backupId}", ids, async ctx =>
                    await new BackupClient(ctx.Client).DeleteRecoveryPointsAsync(backupId, ids, ctx.CancellationToken).ConfigureAwait(false),
                    pair.Value.From == null ? null : ConnectionFor(pair.Value.From)));
            }
            base.EndProcessing();
        }
    }
}

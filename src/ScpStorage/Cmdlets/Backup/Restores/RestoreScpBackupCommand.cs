using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.Backup;
using ScpStorage.Core.Logging;
using ScpStorage.Core.Waiting;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.Backup.Restores
{
    /// <summary>
    /// Restores a recovery point: a VM_IMAGE backup to a new server (-ServerName, -ServerTypeId,
    /// -SubnetId), a FILESYSTEM backup onto a server with an agent (-TargetServerId, -Path or
    /// -PathMap). Returns the restore found in the backup's restore history; with -Wait, once it
    /// ends (COMPLETED returned, PARTIAL_SUCCESS with a warning, FAILED an error).
    /// </summary>
    [Cmdlet(VerbsData.Restore, "ScpBackup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = NewServer)]
    [OutputType(typeof(ScpBackupRestoreJob))]
    public sealed class RestoreScpBackupCommand : ScpWaitCmdlet
    {
        private const string NewServer = "NewServer";
        private const string ToServer = "ToServer";
        private static readonly ScpWaitOptions Listed = new ScpWaitOptions(TimeSpan.FromSeconds(60));

        /// <summary>The recovery point to restore (Get-ScpBackupRecoveryPoint).</summary>
        [Parameter(ValueFromPipeline = true)]
        public ScpBackupRecoveryPoint? RecoveryPoint { get; set; }

        /// <summary>With -RecoveryPointId: the backup, when no recovery point is piped.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(Completion.BackupCompleter))]
        public string? BackupId { get; set; }

        /// <summary>With -BackupId: the recovery point's id (restore target id).</summary>
        [Parameter]
        [Alias("RestoreTargetId")]
        public string? RecoveryPointId { get; set; }

        /// <summary>Name of the new server: 1–63 letters, digits, spaces, '-' or '_'.</summary>
        [Parameter(Mandatory = true, ParameterSetName = NewServer)]
        [ValidatePattern("^[a-zA-Z0-9-_ ]{1,63}$")]
        public string ServerName { get; set; } = "";

        /// <summary>Server type of the new server, e.g. s1v1m2.</summary>
        [Parameter(Mandatory = true, ParameterSetName = NewServer)]
        [ValidateNotNullOrEmpty]
        public string ServerTypeId { get; set; } = "";

        /// <summary>Subnets of the new server (Get-ScpBackupRestoreSubnet).</summary>
        [Parameter(ParameterSetName = NewServer)]
        public string[]? SubnetId { get; set; }

        [Parameter(ParameterSetName = NewServer)]
        public string[]? SecurityGroupId { get; set; }

        /// <summary>Region of the new server (SCP's default: the backup's).</summary>
        [Parameter(ParameterSetName = NewServer)]
        public string? RestoreRegion { get; set; }

        /// <summary>The server to restore onto (Get-ScpBackupRestoreTargetServer).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ToServer)]
        [ValidateNotNullOrEmpty]
        public string TargetServerId { get; set; } = "";

        /// <summary>Paths restored to the same place on the target server.</summary>
        [Parameter(ParameterSetName = ToServer)]
        public string[]? Path { get; set; }

        /// <summary>Source path in the backup = destination path on the server, e.g. @{'/data'='/restore/data'}.</summary>
        [Parameter(ParameterSetName = ToServer)]
        public Hashtable? PathMap { get; set; }

        /// <summary>Overwrite files that exist at the destination.</summary>
        [Parameter(ParameterSetName = ToServer)]
        public SwitchParameter Overwrite { get; set; }

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var backupId = RecoveryPoint?.BackupId ?? BackupId;
            var pointId = RecoveryPoint?.Id ?? RecoveryPointId;
            if (string.IsNullOrEmpty(backupId) || string.IsNullOrEmpty(pointId))
            {
                WriteError(Errors.ScpErrorRecords.InvalidArgument("Pipe a recovery point (Get-ScpBackupRecoveryPoint) or give -BackupId and -RecoveryPointId.", null));
                return;
            }
            string? problem;
            BackupRestoreSpec? vm = null;
            AgentBackupRestoreSpec? agent = null;
            if (ParameterSetName == NewServer)
            {
                vm = new BackupRestoreSpec { RestoreTargetId = pointId!, RestoreServerName = ServerName, ServerTypeId = ServerTypeId,
                    SubnetIds = SubnetId?.ToList(), SecurityGroupIds = SecurityGroupId?.ToList(), Region = RestoreRegion };
                problem = vm.Validate();
            }
            else
            {
                var paths = (Path ?? Array.Empty<string>()).Select(p => new KeyValuePair<string, string>(p, p))
                    .Concat(PathMap?.Cast<DictionaryEntry>().Select(e => new KeyValuePair<string, string>(e.Key.ToString()!, e.Value?.ToString() ?? "")) ?? Enumerable.Empty<KeyValuePair<string, string>>())
                    .ToList();
                agent = new AgentBackupRestoreSpec { RestoreTargetId = pointId!, ServerUuid = TargetServerId, Paths = paths, Overwrite = Overwrite ? true : (bool?)null };
                problem = agent.Validate();
            }
            if (problem != null)
            {
                WriteError(Errors.ScpErrorRecords.InvalidArgument(problem, pointId));
                return;
            }
            var target = vm != null ? $"new server '{vm.RestoreServerName}'" : $"server {TargetServerId} ({string.Join(", ", agent!.Paths.Select(p => p.Key + " -> " + p.Value))})";
            if (!ShouldProcess($"recovery point {RecoveryPoint?.ToString() ?? pointId} of backup {backupId}", $"Restore to {target}", Force)) return;
            Run(new ScpWorkItem($"Restore backup {backupId} to {target}", pointId, async ctx =>
            {
                var bk = new BackupClient(ctx.Client);
                var ct = ctx.CancellationToken;
                BackupRestoreTicket ticket;
                if (vm != null)
                {
                    if (await bk.IsRestoreServerNameTakenAsync(vm.RestoreServerName, ct).ConfigureAwait(false))
                    {
                        ctx.Output.Error(Errors.ScpErrorRecords.InvalidOperation("ScpRestoreServerNameTaken",
                            $"A server named '{vm.RestoreServerName}' already exists or is being restored; choose another -ServerName.", vm.RestoreServerName, ErrorCategory.ResourceExists));
                        return;
                    }
                    ticket = await bk.RestoreBackupAsync(backupId!, vm, ct).ConfigureAwait(false);
                }
                else
                {
                    // The restore is found in the history by the target server's name; only agent servers qualify.
                    var server = bk.ListRestoreTargetServers(backupId!, ct: ct).FirstOrDefault(s => s.ServerUuid == agent!.ServerUuid);
                    if (server == null)
                    {
                        ctx.Output.Error(Errors.ScpErrorRecords.InvalidOperation("ScpNotARestoreTarget",
                            $"Server {agent!.ServerUuid} is not a server backup {backupId} can be restored onto: see Get-ScpBackupRestoreTargetServer.", agent.ServerUuid, ErrorCategory.InvalidArgument));
                        return;
                    }
                    ticket = await bk.RestoreAgentBackupAsync(backupId!, agent!, server.ServerName, ct).ConfigureAwait(false);
                }
                ScpBackupRestoreJob job;
                if (ctx.Wait == null) job = await bk.WaitForRestoreListedAsync(ticket, Listed, null, ct).ConfigureAwait(false);
                else
                {
                    job = await bk.WaitForRestoreAsync(ticket, ctx.Wait, ctx.Progress, ct).ConfigureAwait(false);
                    if (job.State == BackupStates.PartialSuccess)
                        ctx.Output.Log(new ScpLogEvent(ScpLogLevel.Warning, $"The restore of backup {backupId} to {job.RestoreServerName} ended in PARTIAL_SUCCESS: part of the data was not restored."));
                }
                ctx.Output.Object(job);
            }, RecoveryPoint == null ? null : ConnectionFor(RecoveryPoint)));
        }
    }
}

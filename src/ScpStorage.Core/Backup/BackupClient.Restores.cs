using ScpStorage.Core.Threading;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Core.Backup
{
    /// <summary>Recovery points (SCP: restore targets), restores and their history.</summary>
    public sealed partial class BackupClient
    {
        public IEnumerable<ScpBackupRecoveryPoint> ListRecoveryPoints(string backupId, DateTimeOffset? after = null, DateTimeOffset? before = null,
            string? sort = null, int pageSize = DefaultPageSize, int? first = null, CancellationToken ct = default)
        {
            var r = BackupOperations.ListRestoreTargets.Request().WithPath("backup_id", Id(backupId, nameof(backupId)))
                .WithQuery("backup_start_time", Utc(after)).WithQuery("backup_end_time", Utc(before)).WithQuery("sort", sort);
            return Stream<ScpBackupRecoveryPoint>(r, pageSize, first, p => p.Id, ct, p => p.BackupId = backupId);
        }

        /// <summary>Deletes recovery points of one backup in one request (DELETE with a body).</summary>
        public Task DeleteRecoveryPointsAsync(string backupId, IReadOnlyList<string> recoveryPointIds, CancellationToken ct = default)
        {
            if (recoveryPointIds == null || recoveryPointIds.Count == 0 || recoveryPointIds.Any(string.IsNullOrEmpty))
                throw new ArgumentException("Name at least one recovery point to delete.", nameof(recoveryPointIds));
            var r = BackupOperations.DeleteRestoreTargets.Request().WithPath("backup_id", Id(backupId, nameof(backupId)))
                .WithBody(new JObject { ["restore_target_ids"] = new JArray(recoveryPointIds) });
            // A retry refused with 404 after a lost answer: done when none of the points is listed any more.
            return Reconcile.ScpDoneOnRetry.SendAsync<object?>(_client, async c => { await SendAsync(r, c).ConfigureAwait(false); return null; },
                e => e.Status == 404,
                async c => (!(await ScpBlockingWork.Start(() => ListRecoveryPoints(backupId, ct: c).Any(p => recoveryPointIds.Contains(p.Id)), c).ConfigureAwait(false)), (object?)null),
                $"delete of recovery points {string.Join(", ", recoveryPointIds)}", ct);
        }

        public IEnumerable<ScpBackupRestoreJob> ListRestoreJobs(string backupId, string? state = null, DateTimeOffset? after = null, DateTimeOffset? before = null,
            string? sort = null, int pageSize = DefaultPageSize, int? first = null, CancellationToken ct = default)
        {
            var r = BackupOperations.ListRestoreHistories.Request().WithPath("backup_id", Id(backupId, nameof(backupId)))
                .WithQuery("restore_state", state).WithQuery("start_time", Utc(after)).WithQuery("end_time", Utc(before)).WithQuery("sort", sort);
            return Stream<ScpBackupRestoreJob>(r, pageSize, first, RestoreKey, ct, j => { if (string.IsNullOrEmpty(j.BackupId)) j.BackupId = backupId; });
        }

        /// <summary>Restores a VM_IMAGE recovery point to a new server (202); the restore is then found in the history by server name and time.</summary>
        public async Task<BackupRestoreTicket> RestoreBackupAsync(string backupId, BackupRestoreSpec spec, CancellationToken ct = default)
        {
            if (spec?.Validate() is string problem) throw new ArgumentException(problem, nameof(spec));
            var ticket = await NewRestoreTicket(backupId, spec!.RestoreServerName, ct).ConfigureAwait(false);
            await SendAsync(BackupOperations.RestoreBackup.Request().WithPath("backup_id", Id(backupId, nameof(backupId))).WithBody(spec.ToJson()), ct).ConfigureAwait(false);
            return ticket;
        }

        /// <summary>Restores paths of a FILESYSTEM recovery point onto a server with an agent (200); found in the history by the server's name.</summary>
        public async Task<BackupRestoreTicket> RestoreAgentBackupAsync(string backupId, AgentBackupRestoreSpec spec, string? targetServerName, CancellationToken ct = default)
        {
            if (spec?.Validate() is string problem) throw new ArgumentException(problem, nameof(spec));
            var ticket = await NewRestoreTicket(backupId, targetServerName, ct).ConfigureAwait(false);
            await SendAsync(BackupOperations.RestoreAgentBackup.Request().WithPath("backup_id", Id(backupId, nameof(backupId))).WithBody(spec!.ToJson()), ct).ConfigureAwait(false);
            return ticket;
        }

        /// <summary>The restore a ticket stands for once listed: a new entry since the call began, for the server named when known.</summary>
        public async Task<ScpBackupRestoreJob?> FindRestoreJobAsync(BackupRestoreTicket ticket, CancellationToken ct = default)
        {
            var listed = await ScpBlockingWork.Start(() => ListRestoreJobs(ticket.BackupId, after: ticket.Since, sort: "created_at:desc", ct: ct).ToList(), ct).ConfigureAwait(false);
            return listed.Where(j => !ticket.Known.Contains(RestoreKey(j)))
                .Where(j => ticket.ServerName == null || string.Equals(j.RestoreServerName, ticket.ServerName, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(j => j.RestoreStartTime ?? j.CreatedAt).FirstOrDefault();
        }

        public Task<ScpBackupRestoreJob> WaitForRestoreListedAsync(BackupRestoreTicket ticket, ScpWaitOptions options, Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync($"Waiting for the restore of backup {ticket.BackupId} to be listed", c => FindRestoreJobAsync(ticket, c),
                j => j == null ? ScpWaitStatus.Pending : ScpWaitStatus.Succeeded, j => j?.State ?? "not listed yet", options, progress, ct)!;

        /// <summary>Follows the restore to COMPLETED or PARTIAL_SUCCESS (returned) or FAILED (<see cref="ScpWaitException"/>).</summary>
        public Task<ScpBackupRestoreJob> WaitForRestoreAsync(BackupRestoreTicket ticket, ScpWaitOptions? options = null, Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync($"Waiting for the restore of backup {ticket.BackupId} to {ticket.ServerName}", c => FindRestoreJobAsync(ticket, c),
                j => j == null ? ScpWaitStatus.Pending : BackupStates.Restore.Classify(j.State), j => j?.State ?? "not listed yet",
                options ?? ScpWaitOptions.Default, progress, ct)!;

        private async Task<BackupRestoreTicket> NewRestoreTicket(string backupId, string? serverName, CancellationToken ct)
        {
            var since = DateTimeOffset.UtcNow - ClockSkew;
            var known = await ScpBlockingWork.Start(() => ListRestoreJobs(backupId, after: since, ct: ct).Select(RestoreKey).ToList(), ct).ConfigureAwait(false);
            return new BackupRestoreTicket(backupId, serverName, since, known);
        }

        /// <summary>Restores have no id: server name and start time tell them apart.</summary>
        private static string RestoreKey(ScpBackupRestoreJob j) => j.RestoreServerName + "@" + Utc(j.RestoreStartTime ?? j.CreatedAt);

        public IEnumerable<ScpBackupRestoreSubnet> ListRestoreSubnets(string backupId, string region, string? vpcId = null, string? state = null, CancellationToken ct = default)
        {
            if (string.IsNullOrWhiteSpace(region)) throw new ArgumentException("SCP needs the region to restore into.", nameof(region));
            var r = BackupOperations.ListRestoreSubnets.Request().WithPath("backup_id", Id(backupId, nameof(backupId)))
                .WithQuery("region", region).WithQuery("vpc_id", vpcId).WithQuery("state", state);
            return Single<ScpBackupRestoreSubnet>(r, "subnets", ct, s => s.BackupId = backupId);
        }

        public IEnumerable<ScpBackupRestoreTargetServer> ListRestoreTargetServers(string backupId, string? serverName = null,
            int pageSize = DefaultPageSize, int? first = null, CancellationToken ct = default)
        {
            var r = BackupOperations.ListRestoreTargetServers.Request().WithPath("backup_id", Id(backupId, nameof(backupId))).WithQuery("server_name", serverName);
            return Stream<ScpBackupRestoreTargetServer>(r, pageSize, first, s => s.ServerUuid, ct, s => s.BackupId = backupId);
        }

        /// <summary>True when a server of that name already exists or is being restored (the check's <c>result: true</c> = duplicate).</summary>
        public Task<bool> IsRestoreServerNameTakenAsync(string name, CancellationToken ct = default) =>
            Check(BackupOperations.CheckRestoreServerName.Request().WithQuery("restore_server_name", Required(name, nameof(name))), ct);

        /// <summary>Lists the files and directories at <paramref name="path"/> in a recovery point.</summary>
        public IEnumerable<ScpBackupFilesystemItem> ListFilesystemItems(string backupId, string recoveryPointId, string path = "/", CancellationToken ct = default)
        {
            var r = BackupOperations.ListFilesystemPath.Request().WithPath("backup_id", Id(backupId, nameof(backupId)))
                .WithQuery("restore_target_id", Id(recoveryPointId, nameof(recoveryPointId))).WithQuery("path", Required(path, nameof(path)));
            return Single<ScpBackupFilesystemItem>(r, "contents", ct, i => { i.BackupId = backupId; i.RestoreTargetId = recoveryPointId; });
        }
    }

    /// <summary>What is known about a restore just started: enough to find it in the history (restores have no id).</summary>
    public sealed class BackupRestoreTicket
    {
        public BackupRestoreTicket(string backupId, string? serverName, DateTimeOffset since, IReadOnlyCollection<string> known)
        {
            BackupId = backupId; ServerName = serverName; Since = since; Known = new HashSet<string>(known);
        }

        public string BackupId { get; }
        /// <summary>The server restored to (null: any new restore of the backup).</summary>
        public string? ServerName { get; }
        public DateTimeOffset Since { get; }
        public HashSet<string> Known { get; }
    }
}

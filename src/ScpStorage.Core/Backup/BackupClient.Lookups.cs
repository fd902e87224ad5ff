using ScpStorage.Core.Threading;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Http;
using ScpStorage.Core.Reconcile;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Core.Backup
{
    /// <summary>Targets, region relationships, duplicate checks, waits on backups, and the lookups that reconcile lost creates.</summary>
    public sealed partial class BackupClient
    {
        public IEnumerable<ScpBackupTarget> ListBackupTargets(string serverCategory, string policyType, string? serverName = null, string? region = null,
            int pageSize = DefaultPageSize, int? first = null, CancellationToken ct = default)
        {
            if (!PolicyTypes.Contains(policyType)) throw new ArgumentException($"Policy type '{policyType}' is not one of {string.Join(", ", PolicyTypes)}.", nameof(policyType));
            var r = BackupOperations.ListBackupTargets.Request().WithQuery("server_category", Category(serverCategory)).WithQuery("policy_type", policyType)
                .WithQuery("server_name", serverName).WithQuery("region", region);
            return Stream<ScpBackupTarget>(r, pageSize, first, t => t.ServerUuid, ct, t => { t.ServerCategory = serverCategory; t.PolicyType = policyType; });
        }

        public IEnumerable<ScpBackupRegionRelationship> ListRegionRelationships(string? fromRegion = null, string? fromZone = null, string? toRegion = null,
            string? toZone = null, string? backupMasterType = null, CancellationToken ct = default)
        {
            var r = BackupOperations.ListRegionRelationships.Request().WithQuery("from_region", fromRegion).WithQuery("from_availability_zone", fromZone)
                .WithQuery("to_region", toRegion).WithQuery("to_availability_zone", toZone).WithQuery("backup_master_type", backupMasterType);
            return Single<ScpBackupRegionRelationship>(r, "contents", ct);
        }

        /// <summary>True when a backup of that name exists (the check's <c>result: true</c> = duplicate).</summary>
        public Task<bool> IsBackupNameTakenAsync(string name, CancellationToken ct = default) =>
            Check(BackupOperations.CheckBackupName.Request().WithQuery("backup_name", Required(name, nameof(name))), ct);

        /// <summary>True when another backup of the server already protects <paramref name="path"/>.</summary>
        public Task<bool> IsFilesystemPathTakenAsync(string serverUuid, string path, CancellationToken ct = default) =>
            Check(BackupOperations.CheckFilesystemPath.Request().WithQuery("filesystem_path", Required(path, nameof(path)))
                .WithQuery("server_uuid", Required(serverUuid, nameof(serverUuid))), ct);

        /// <summary>Polls a backup until it is AVAILABLE (a target-state wait: SCP documents no other state).</summary>
        public Task<ScpBackup> WaitForBackupAsync(string backupId, ScpWaitOptions? options = null, Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync($"Waiting for backup {backupId}", c => GetBackupAsync(backupId, c), b => BackupStates.AvailableOrPending(b.State),
                b => b.State ?? "unknown", options ?? ScpWaitOptions.Default, progress, ct);

        public Task WaitForBackupDeletedAsync(string backupId, ScpWaitOptions? options = null, Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            WaitGone($"Waiting for backup {backupId} to be deleted", c => GetBackupAsync(backupId, c), b => b.State, options, progress, ct);

        /// <summary>Polls a backup until <c>dr_enabled</c> matches (and, when enabling, the replica is linked).</summary>
        public Task<ScpBackup> WaitForReplicationAsync(string backupId, bool enabled, ScpWaitOptions? options = null, Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync($"Waiting for replication of backup {backupId} to be {(enabled ? "on" : "off")}", c => GetBackupAsync(backupId, c),
                b => b.DrEnabled == enabled && (!enabled || !string.IsNullOrEmpty(b.ReplicaBackupId)) ? ScpWaitStatus.Succeeded : ScpWaitStatus.Pending,
                b => b.DrEnabled == true ? "replicating" : "not replicating", options ?? ScpWaitOptions.Default, progress, ct);

        /// <summary>A delete wait: 404 ends it; a state reading as an error fails it.</summary>
        private static async Task WaitGone<T>(string activity, Func<CancellationToken, Task<T>> read, Func<T, string?> state, ScpWaitOptions? options,
            Action<ScpWaitProgress>? progress, CancellationToken ct) where T : class =>
            await ScpWaiter.WaitAsync(activity, async c =>
                {
                    try { return await read(c).ConfigureAwait(false); }
                    catch (Errors.ScpRequestFailedException e) when (e.Status == 404) { return null; }
                },
                t => t == null ? ScpWaitStatus.Succeeded : BackupStates.LooksFailed(state(t)) ? ScpWaitStatus.Failed : ScpWaitStatus.Pending,
                t => t == null ? "deleted" : state(t) ?? "unknown", options ?? ScpWaitOptions.Default, progress, ct).ConfigureAwait(false);

        private async Task<bool> Check(ScpRequest request, CancellationToken ct) =>
            Decode<ScpBackupCheckResult>(await SendAsync(request, ct).ConfigureAwait(false)).Result;

        /// <summary>A backup name is unique, so the name finds a backup whose create answer was lost.</summary>
        private ScpCreateLookup<ScpBackup?> BackupLookup(string name) =>
            new ScpCreateLookup<ScpBackup?>($"backup '{name}'", $"Get-ScpBackup -Name '{name}'",
                async ct => await ScpBlockingWork.Start(() => (IReadOnlyList<ScpBackup?>)ListBackups(name, ct: ct).Where(b => b.Name == name).ToList(), ct).ConfigureAwait(false),
                b => b!.Id, b => b!.CreatedAt);

        /// <summary>
        /// A server has one agent, and the agent list does not carry the server's id: agents created
        /// since the call began are read in detail and matched on it.
        /// </summary>
        private ScpCreateLookup<ScpBackupAgent?> AgentLookup(string serverUuid, DateTimeOffset since) =>
            new ScpCreateLookup<ScpBackupAgent?>($"backup agent of server {serverUuid}", "Get-ScpBackupAgent",
                async ct =>
                {
                    var recent = await ScpBlockingWork.Start(() => ListAgents(ct: ct).Where(a => !(a.CreatedAt < since)).ToList(), ct).ConfigureAwait(false);
                    var found = new List<ScpBackupAgent?>();
                    foreach (var a in recent)
                    {
                        var detail = await GetAgentAsync(a.Id, ct).ConfigureAwait(false);
                        if (detail.ServerUuid == serverUuid) found.Add(detail);
                    }
                    return found;
                },
                a => a!.Id, a => a!.CreatedAt);

        private static string Required(string? value, string parameter) =>
            string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A value is required.", parameter) : value!;
    }
}

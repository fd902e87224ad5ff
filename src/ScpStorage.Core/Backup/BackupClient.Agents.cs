using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Core.Backup
{
    /// <summary>Backup agents: list, show, install, remove, connection check, installer.</summary>
    public sealed partial class BackupClient
    {
        public static readonly string[] OsTypes = { "WINDOWS", "LINUX" };

        public IEnumerable<ScpBackupAgent> ListAgents(string? name = null, string? serverName = null, string? agentIp = null, string? sort = null,
            int pageSize = DefaultPageSize, int? first = null, CancellationToken ct = default)
        {
            var r = BackupOperations.ListAgents.Request().WithQuery("name", name).WithQuery("server_name", serverName)
                .WithQuery("server_backup_agent_ip", agentIp).WithQuery("sort", sort);
            return Stream<ScpBackupAgent>(r, pageSize, first, a => a.Id, ct);
        }

        public async Task<ScpBackupAgent> GetAgentAsync(string agentId, CancellationToken ct = default) =>
            Decode<ScpBackupAgent>(await SendAsync(BackupOperations.GetAgent.Request().WithPath("backup_agent_id", Id(agentId, nameof(agentId))), ct).ConfigureAwait(false));

        /// <summary>
        /// Installs an agent on a server (200 or 202) and returns it. The answer does not name the
        /// agent, so it is found among the agents created since the call began by its server.
        /// </summary>
        public async Task<ScpBackupAgent> CreateAgentAsync(string serverUuid, string? subnetId = null, IDictionary<string, string>? tags = null, CancellationToken ct = default)
        {
            var body = new JObject { ["server_uuid"] = Required(serverUuid, nameof(serverUuid)) };
            if (subnetId != null) body["subnet_id"] = subnetId;
            if (tags != null && tags.Count > 0) body["tags"] = new JArray(tags.Select(t => new JObject { ["key"] = t.Key, ["value"] = t.Value }));
            var lookup = AgentLookup(serverUuid, DateTimeOffset.UtcNow - ClockSkew);
            var created = await Reconcile.ScpCreates.SendAsync<ScpBackupAgent?>(_client, BackupOperations.CreateAgent.Request().WithBody(body), _ => null, lookup, ct).ConfigureAwait(false);
            if (created != null) return created;
            var found = await lookup.Find(ct).ConfigureAwait(false);
            return found.Count == 1 ? found[0]!
                : throw new InvalidOperationException($"SCP accepted the agent for server {serverUuid} but lists {found.Count} new agents for it; check with Get-ScpBackupAgent.");
        }

        public Task DeleteAgentAsync(string agentId, CancellationToken ct = default) =>
            Reconcile.ScpDoneOnRetry.SendAsync<object?>(_client,
                async c => { await SendAsync(BackupOperations.DeleteAgent.Request().WithPath("backup_agent_id", Id(agentId, nameof(agentId))), c).ConfigureAwait(false); return null; },
                e => e.Status == 404, c => ConfirmGone(() => GetAgentAsync(agentId, c)), $"delete of backup agent {agentId}", ct);

        /// <summary>Asks the backup master to check its connection to the agent (a GET answered 202); the result shows in the agent later.</summary>
        public async Task<ScpBackupRequest> CheckAgentConnectionAsync(string agentId, CancellationToken ct = default) =>
            Decode<ScpBackupRequest>(await SendAsync(BackupOperations.CheckAgentConnection.Request().WithPath("backup_agent_id", Id(agentId, nameof(agentId))), ct).ConfigureAwait(false));

        /// <summary>
        /// Polls the agent until its <c>connection_check_time</c> is later than <paramref name="since"/>
        /// (the check has run). SUCCESS is returned; any other connection state fails the wait.
        /// </summary>
        public Task<ScpBackupAgent> WaitForConnectionCheckAsync(string agentId, DateTimeOffset since, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync($"Waiting for the connection check of backup agent {agentId}", c => GetAgentAsync(agentId, c),
                a => !(a.ConnectionCheckTime > since) ? ScpWaitStatus.Pending
                    : string.Equals(a.ConnectionState, "SUCCESS", StringComparison.OrdinalIgnoreCase) ? ScpWaitStatus.Succeeded : ScpWaitStatus.Failed,
                a => a.ConnectionCheckTime > since ? a.ConnectionState ?? "unknown" : "checking", options ?? ScpWaitOptions.Default, progress, ct);

        public IEnumerable<ScpBackupAgentTarget> ListAgentTargets(string serverCategory, string? serverName = null, string? sort = null,
            int pageSize = DefaultPageSize, int? first = null, CancellationToken ct = default)
        {
            var r = BackupOperations.ListAgentTargets.Request().WithQuery("server_category", Category(serverCategory))
                .WithQuery("server_name", serverName).WithQuery("sort", sort);
            return Stream<ScpBackupAgentTarget>(r, pageSize, first, t => t.ServerUuid, ct, t => t.ServerCategory = serverCategory);
        }

        public async Task<ScpBackupAgentInstaller> GetAgentInstallerAsync(string osType, CancellationToken ct = default)
        {
            var os = (osType ?? "").ToUpperInvariant();
            if (!OsTypes.Contains(os)) throw new ArgumentException($"OS type '{osType}' is not one of {string.Join(", ", OsTypes)}.", nameof(osType));
            var installer = Decode<ScpBackupAgentInstaller>(await SendAsync(BackupOperations.GetAgentInstaller.Request().WithQuery("os_type", os), ct).ConfigureAwait(false));
            installer.OsType = os;
            return installer;
        }

        public Task<ScpBackupAgent> WaitForAgentAsync(string agentId, ScpWaitOptions? options = null, Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync($"Waiting for backup agent {agentId}", c => GetAgentAsync(agentId, c), a => BackupStates.AvailableOrPending(a.State),
                a => a.State ?? "unknown", options ?? ScpWaitOptions.Default, progress, ct);

        public Task WaitForAgentDeletedAsync(string agentId, ScpWaitOptions? options = null, Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            WaitGone($"Waiting for backup agent {agentId} to be deleted", c => GetAgentAsync(agentId, c), a => a.State, options, progress, ct);

        private static string Category(string serverCategory) =>
            BackupClient.ServerCategories.Contains(serverCategory) ? serverCategory
            : throw new ArgumentException($"Server category '{serverCategory}' is not one of {string.Join(", ", ServerCategories)}.", nameof(serverCategory));
    }
}

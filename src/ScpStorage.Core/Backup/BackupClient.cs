using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Config;
using ScpStorage.Core.Http;
using ScpStorage.Core.Paging;

namespace ScpStorage.Core.Backup
{
    /// <summary>
    /// Typed Backup operations (CURRENT 1.2) over one <see cref="ScpClient"/>: backups and their
    /// settings (this file), schedules and jobs, recovery points and restores, agents, lookups and
    /// waits (the partial files beside it). Lists stream page by page (page/size, items in
    /// <c>contents</c>). Every failure is an <see cref="Errors.ScpRequestFailedException"/>.
    /// SCP's answers to changes carry a <c>resource.id</c> whose meaning is undocumented, so no
    /// method depends on it: new backups are found by name, jobs and restores in their histories.
    /// </summary>
    public sealed partial class BackupClient
    {
        public const string ServiceName = "backup";
        /// <summary>Page size used when the caller gives none (SCP documents no maximum).</summary>
        public const int DefaultPageSize = 500;
        public const int MaxPageSize = 1000;

        public static readonly string[] PolicyTypes = { "VM_IMAGE", "FILESYSTEM" };
        public static readonly string[] PolicyCategories = { "AGENTLESS", "AGENT" };
        public static readonly string[] ServerCategories = { "VIRTUAL_SERVER", "GPU_SERVER", "BAREMETAL_SERVER" };
        public static readonly string[] RetentionPeriods = { "WEEK_2", "MONTH_1", "MONTH_3", "MONTH_6", "YEAR_1" };

        private readonly ScpClient _client;

        public BackupClient(ScpClient client) { _client = client ?? throw new ArgumentNullException(nameof(client)); }

        public ScpConnection Connection => _client.Connection;

        // ---- Backups ----------------------------------------------------------------------------

        /// <summary>Streams backups (list items: detail fields are null). <paramref name="name"/> is sent as SCP's name filter.</summary>
        public IEnumerable<ScpBackup> ListBackups(string? name = null, string? serverName = null, string? sort = null,
            int pageSize = DefaultPageSize, int? first = null, CancellationToken ct = default)
        {
            var r = BackupOperations.ListBackups.Request().WithQuery("name", name).WithQuery("server_name", serverName).WithQuery("sort", sort);
            return Stream<ScpBackup>(r, pageSize, first, b => b.Id, ct);
        }

        public async Task<ScpBackup> GetBackupAsync(string backupId, CancellationToken ct = default) =>
            Decode<ScpBackup>(await SendAsync(BackupOperations.GetBackup.Request().WithPath("backup_id", Id(backupId, nameof(backupId))), ct).ConfigureAwait(false));

        /// <summary>
        /// Creates a backup and returns it as SCP shows it. The answer does not say which backup it
        /// made, so the new backup is found by its name (SCP refuses duplicate names), and a lost
        /// answer is reconciled the same way.
        /// </summary>
        public async Task<ScpBackup> CreateBackupAsync(BackupCreateSpec spec, CancellationToken ct = default)
        {
            if (spec == null) throw new ArgumentNullException(nameof(spec));
            if (spec.Validate() is string problem) throw new ArgumentException(problem, nameof(spec));
            var request = BackupOperations.CreateBackup.Request().WithBody(spec.ToJson());
            var lookup = BackupLookup(spec.Name);
            var created = await Reconcile.ScpCreates.SendAsync<ScpBackup?>(_client, request, _ => null, lookup, ct).ConfigureAwait(false);
            if (created != null) return await GetBackupAsync(created.Id, ct).ConfigureAwait(false);
            var found = await lookup.Find(ct).ConfigureAwait(false);
            if (found.Count == 1) return await GetBackupAsync(found[0]!.Id, ct).ConfigureAwait(false);
            throw new InvalidOperationException($"SCP accepted the backup '{spec.Name}' but lists {found.Count} backups of that name; check with Get-ScpBackup -Name '{spec.Name}'.");
        }

        /// <summary>Deletes a backup (200); a retry refused with 404 after a lost answer is our own delete.</summary>
        public Task DeleteBackupAsync(string backupId, CancellationToken ct = default) =>
            Reconcile.ScpDoneOnRetry.SendAsync<object?>(_client,
                async c => { await SendAsync(BackupOperations.DeleteBackup.Request().WithPath("backup_id", Id(backupId, nameof(backupId))), c).ConfigureAwait(false); return null; },
                e => e.Status == 404, c => ConfirmGone(() => GetBackupAsync(backupId, c)), $"delete of backup {backupId}", ct);

        /// <summary>Changes the retention of the backup and its future recovery points.</summary>
        public Task<ScpBackupRequest> UpdateRetentionPeriodAsync(string backupId, string retentionPeriod, CancellationToken ct = default)
        {
            if (!RetentionPeriods.Contains(retentionPeriod)) throw new ArgumentException($"Retention period '{retentionPeriod}' is not one of {string.Join(", ", RetentionPeriods)}.", nameof(retentionPeriod));
            return Change(BackupOperations.UpdateRetentionPeriod, backupId, new JObject { ["retention_period"] = retentionPeriod }, ct);
        }

        /// <summary>Turns replication (DR) on or off.</summary>
        public Task<ScpBackupRequest> UpdateReplicationAsync(string backupId, bool enabled, CancellationToken ct = default) =>
            Change(BackupOperations.UpdateReplicationUse, backupId, new JObject { ["dr_enabled"] = enabled }, ct);

        /// <summary>Sets the paths a FILESYSTEM backup protects, or all of the filesystem.</summary>
        public Task<ScpBackupRequest> SetFilesystemPathAsync(string backupId, IReadOnlyList<string>? paths, bool? allFilesystem, CancellationToken ct = default)
        {
            if ((paths == null || paths.Count == 0) && allFilesystem == null)
                throw new ArgumentException("Give the paths to back up or whether to back up all of the filesystem.", nameof(paths));
            var body = new JObject();
            if (paths != null && paths.Count > 0) body["backup_filesystem_paths"] = new JArray(paths);
            if (allFilesystem.HasValue) body["is_all_filesystem"] = allFilesystem.Value;
            return Change(BackupOperations.SetFilesystemPath, backupId, body, ct);
        }

        // ---- Shared plumbing --------------------------------------------------------------------

        /// <summary>A PUT on a backup's sub-resource; repeating it sends the same state again, so a retry needs no reconcile.</summary>
        private async Task<ScpBackupRequest> Change(VirtualServer.ScpOperation op, string backupId, JObject body, CancellationToken ct) =>
            Decode<ScpBackupRequest>(await SendAsync(op.Request().WithPath("backup_id", Id(backupId, nameof(backupId))).WithBody(body), ct).ConfigureAwait(false));

        private Task<ScpResponse> SendAsync(ScpRequest request, CancellationToken ct) => _client.SendAsync(request, ct);

        /// <summary>A page/size list (items in <c>contents</c>); <paramref name="stamp"/> fills in what SCP's items leave out.</summary>
        private IEnumerable<T> Stream<T>(ScpRequest request, int pageSize, int? first, Func<T, string?> keyOf, CancellationToken ct,
            Action<T>? stamp = null) where T : ScpResource =>
            ScpServiceCalls.Stream(_client, ServiceName, request, ScpPagingStyle.PageSize, "contents", pageSize, MaxPageSize, first, keyOf, ct, stamp);

        /// <summary>The items of an unpaged list (one request, on first enumeration).</summary>
        private IEnumerable<T> Single<T>(ScpRequest request, string itemsProperty, CancellationToken ct, Action<T>? stamp = null) where T : ScpResource =>
            ScpServiceCalls.Unpaged(_client, ServiceName, request, itemsProperty, ct, stamp);

        private T Decode<T>(ScpResponse response) where T : ScpResource => ScpServiceCalls.DecodeBody<T>(_client, ServiceName, response);

        private static async Task<(bool, object?)> ConfirmGone<T>(Func<Task<T>> read)
        {
            try { await read().ConfigureAwait(false); return (false, null); }
            catch (Errors.ScpRequestFailedException e) when (e.Status == 404) { return (true, null); }
        }

        /// <summary>UTC with 'Z', the form SCP's own examples use for date filters.</summary>
        private static string? Utc(DateTimeOffset? t) =>
            t?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        private static string Id(string? value, string parameter) => ScpServiceCalls.Id(value, parameter);
    }
}

using ScpStorage.Core.Threading;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Config;
using ScpStorage.Core.FileStorage;
using ScpStorage.Core.Http;
using ScpStorage.Core.Reconcile;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Core.ParallelFileStorage
{
    /// <summary>
    /// Typed Parallel File Storage operations: volumes (create, list, show, resize, delete),
    /// snapshots (create, list, delete, restore) and GPU-node access rules, plus waits. Shares
    /// File Storage's wire plumbing and settled-state rule; its answers differ (restore has no
    /// body, access rules change by add/remove arrays, create answers the whole volume).
    /// </summary>
    public sealed class ParallelFileStorageClient
    {
        public const string ServiceName = "parallel-filestorage";
        public const int DefaultPageSize = 100;
        public const int MaxPageSize = 1000;
        /// <summary>The only object type an access rule may name.</summary>
        public const string GpuNode = "GPU_NODE";

        public static readonly ScpSettledStates VolumeStates = new ScpSettledStates("available");
        public static readonly ScpSettledStates SnapshotStates = new ScpSettledStates("available");
        public static readonly ScpSettledStates AccessIpStates = new ScpSettledStates("active");

        private readonly ScpServiceWire _wire;

        public ParallelFileStorageClient(ScpClient client) { _wire = new ScpServiceWire(client, ServiceName); }

        public ScpConnection Connection => _wire.Client.Connection;

        public IEnumerable<ScpPfsVolume> ListVolumes(string? name = null, string? sort = null, int pageSize = DefaultPageSize, int? first = null, CancellationToken ct = default) =>
            _wire.Paged<ScpPfsVolume>(ParallelFileStorageOperations.ListVolumes.Request().WithQuery("name", name).WithQuery("sort", sort),
                "parallel_filestorages", pageSize, MaxPageSize, first, v => v.Id, ct);

        public async Task<ScpPfsVolume> GetVolumeAsync(string volumeId, CancellationToken ct = default) =>
            _wire.Decode<ScpPfsVolume>(await _wire.SendAsync(ParallelFileStorageOperations.ShowVolume.Request()
                .WithPath("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))), ct).ConfigureAwait(false));

        /// <summary>Creates a volume (202, the whole volume); names are unique, so a lost answer is found by name.</summary>
        public Task<ScpPfsVolume> CreateVolumeAsync(string name, int capacityTB, IDictionary<string, string?>? tags = null, CancellationToken ct = default)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("A volume needs a name.", nameof(name));
            var body = new JObject { ["name"] = name, ["capacity_tb"] = capacityTB };
            if (ScpServiceWire.Tags(tags) is JArray t) body["tags"] = t;
            var lookup = new ScpCreateLookup<ScpPfsVolume>($"parallel file volume '{name}'", $"Get-ScpPfsVolume -Name '{name}'",
                c => ScpBlockingWork.Start(() => (IReadOnlyList<ScpPfsVolume>)ListVolumes(name, ct: c).Where(v => v.Name == name).ToList(), c), v => v.Id, v => v.CreatedAt);
            return ScpCreates.SendAsync(_wire.Client, ParallelFileStorageOperations.CreateVolume.Request().WithBody(body), r => _wire.Decode<ScpPfsVolume>(r), lookup, ct);
        }

        /// <summary>Sets a volume's capacity (202, no body). A retry refused after a lost answer is done when the volume shows the capacity.</summary>
        public Task ResizeVolumeAsync(string volumeId, int capacityTB, CancellationToken ct = default) =>
            ScpDoneOnRetry.SendAsync<object?>(_wire.Client,
                async c => { await _wire.SendAsync(ParallelFileStorageOperations.SetVolumeCapacity.Request().WithPath("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId)))
                    .WithBody(new JObject { ["capacity_tb"] = capacityTB }), c).ConfigureAwait(false); return null; },
                e => e.Status == 400 || e.Status == 409,
                async c => ((await GetVolumeAsync(volumeId, c).ConfigureAwait(false)).CapacityTB == capacityTB, (object?)null),
                $"resize of parallel file volume {volumeId} to {capacityTB} TB", ct);

        public Task DeleteVolumeAsync(string volumeId, CancellationToken ct = default) =>
            Gone(c => _wire.SendAsync(ParallelFileStorageOperations.DeleteVolume.Request().WithPath("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))), c),
                async c => (await GetVolumeAsync(volumeId, c).ConfigureAwait(false)).State, $"delete of parallel file volume {volumeId}", ct);

        public IEnumerable<ScpPfsSnapshot> ListSnapshots(string volumeId, CancellationToken ct = default) =>
            _wire.Unpaged<ScpPfsSnapshot>(ParallelFileStorageOperations.ListSnapshots.Request().WithQuery("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))), "snapshots", ct)
                .Select(s => { s.VolumeId = volumeId; return s; });

        public Task<ScpPfsSnapshot> CreateSnapshotAsync(string volumeId, CancellationToken ct = default)
        {
            var lookup = new ScpCreateLookup<ScpPfsSnapshot>($"snapshot of parallel file volume {volumeId}", $"Get-ScpPfsSnapshot -VolumeId '{volumeId}'",
                c => ScpBlockingWork.Start(() => (IReadOnlyList<ScpPfsSnapshot>)ListSnapshots(volumeId, c).ToList(), c), s => s.Id, s => s.CreatedAt);
            return ScpCreates.SendAsync(_wire.Client, ParallelFileStorageOperations.CreateSnapshot.Request().WithBody(new JObject { ["volume_id"] = ScpServiceWire.Id(volumeId, nameof(volumeId)) }),
                r => { var s = _wire.Decode<ScpPfsSnapshot>(r, "snapshot"); if (string.IsNullOrEmpty(s.VolumeId)) s.VolumeId = volumeId; return s; }, lookup, ct);
        }

        public Task DeleteSnapshotAsync(string volumeId, string snapshotId, CancellationToken ct = default) =>
            Gone(c => _wire.SendAsync(ParallelFileStorageOperations.DeleteSnapshot.Request().WithPath("snapshot_id", ScpServiceWire.Id(snapshotId, nameof(snapshotId)))
                    .WithQuery("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))), c),
                c => ScpBlockingWork.Start(() => ListSnapshots(volumeId, c).FirstOrDefault(s => s.Id == snapshotId)?.State, c), $"delete of snapshot {snapshotId}", ct);

        /// <summary>Restores a volume to one of its snapshots (202, no body).</summary>
        public Task RestoreSnapshotAsync(string volumeId, string snapshotId, CancellationToken ct = default) =>
            _wire.SendAsync(ParallelFileStorageOperations.RestoreSnapshot.Request().WithPath("snapshot_id", ScpServiceWire.Id(snapshotId, nameof(snapshotId)))
                .WithQuery("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))), ct);

        public IEnumerable<ScpPfsAccessRule> ListAccessRules(string volumeId, CancellationToken ct = default) =>
            _wire.Unpaged<ScpPfsAccessRule>(ParallelFileStorageOperations.ListAccessRule.Request().WithPath("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))), "access_rules", ct)
                .Select(a => { a.VolumeId = volumeId; return a; });

        /// <summary>
        /// Adds and removes GPU nodes in one request (SetAccessRule, 202). SCP requires both arrays,
        /// so the unused one is sent empty. A retry refused after a lost answer (409) is done when
        /// the listed rules show every change.
        /// </summary>
        public Task<ScpPfsAccessRuleChange?> SetAccessRulesAsync(string volumeId, IReadOnlyCollection<string> add, IReadOnlyCollection<string> remove, CancellationToken ct = default)
        {
            if (add.Count == 0 && remove.Count == 0) throw new ArgumentException("Nothing to add or remove.", nameof(add));
            JArray Items(IEnumerable<string> ids) => new JArray(ids.Select(id => new JObject { ["object_id"] = id, ["object_type"] = GpuNode }));
            var r = ParallelFileStorageOperations.SetAccessRule.Request().WithPath("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId)))
                .WithBody(new JObject { ["add_access_rules"] = Items(add), ["remove_access_rules"] = Items(remove) });
            return ScpDoneOnRetry.SendAsync(_wire.Client,
                async c => _wire.Optional<ScpPfsAccessRuleChange>(await _wire.SendAsync(r, c).ConfigureAwait(false)),
                e => e.Status == 409,
                c => ScpBlockingWork.Start(() =>
                {
                    var listed = ListAccessRules(volumeId, c).Select(a => a.ObjectId).ToList();
                    return (add.All(listed.Contains) && !remove.Any(listed.Contains), (ScpPfsAccessRuleChange?)null);
                }, c),
                $"access change of parallel file volume {volumeId}", ct);
        }

        // ---- Waits ---------------------------------------------------------------------------

        public Task<ScpPfsVolume> WaitForVolumeAsync(string volumeId, string? name = null, Func<ScpPfsVolume, bool>? also = null, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync(FileStorageClient.Activity("parallel file volume", volumeId, name, null), c => GetVolumeAsync(volumeId, c),
                v => also != null && !also(v) && !ScpSettledStates.IsError(v.State) ? ScpWaitStatus.Pending : VolumeStates.Classify(v.State),
                v => v.State ?? "unknown", options ?? ScpWaitOptions.Default, progress, ct);

        public Task WaitForVolumeDeletedAsync(string volumeId, string? name = null, ScpWaitOptions? options = null, Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync(FileStorageClient.Activity("parallel file volume", volumeId, name, "to be deleted"), c => FileStorageClient.OrNull(GetVolumeAsync(volumeId, c)),
                v => FileStorageClient.Gone(v?.State), v => v?.State ?? "deleted", options ?? ScpWaitOptions.Default, progress, ct);

        public async Task<ScpPfsSnapshot> WaitForSnapshotAsync(string volumeId, string snapshotId, string? name = null, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            (await ScpWaiter.WaitAsync(FileStorageClient.Activity("snapshot", snapshotId, name, null),
                c => ScpBlockingWork.Start(() => ListSnapshots(volumeId, c).FirstOrDefault(s => s.Id == snapshotId), c),
                s => s == null ? ScpWaitStatus.Pending : SnapshotStates.Classify(s.State), s => s?.State ?? "not listed",
                options ?? ScpWaitOptions.Default, progress, ct).ConfigureAwait(false))!;

        public Task WaitForSnapshotDeletedAsync(string volumeId, string snapshotId, string? name = null, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync(FileStorageClient.Activity("snapshot", snapshotId, name, "to be deleted"),
                c => ScpBlockingWork.Start(() => ListSnapshots(volumeId, c).FirstOrDefault(s => s.Id == snapshotId), c),
                s => FileStorageClient.Gone(s?.State), s => s?.State ?? "deleted", options ?? ScpWaitOptions.Default, progress, ct);

        /// <summary>Until the node is listed with every IP active (present) or is no longer listed; returns the listed rule (null once gone).</summary>
        public Task<ScpPfsAccessRule?> WaitForAccessRuleAsync(string volumeId, string nodeId, bool present, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync<ScpPfsAccessRule?>(FileStorageClient.Activity("GPU node", nodeId, null, present ? $"to reach volume {volumeId}" : $"to leave volume {volumeId}"),
                c => ScpBlockingWork.Start<ScpPfsAccessRule?>(() => ListAccessRules(volumeId, c).FirstOrDefault(a => a.ObjectId == nodeId), c),
                a => !present ? FileStorageClient.Gone(a == null ? null : a.AccessState ?? "listed")
                    : a == null ? ScpWaitStatus.Pending : IpsSettled(a),
                a => a == null ? "absent" : string.Join(", ", a.AccessIps.Select(i => i.State)), options ?? ScpWaitOptions.Default, progress, ct);

        private static ScpWaitStatus IpsSettled(ScpPfsAccessRule a)
        {
            if (a.AccessIps.Any(i => ScpSettledStates.IsError(i.State))) return ScpWaitStatus.Failed;
            return a.AccessIps.Count > 0 && a.AccessIps.All(i => AccessIpStates.Classify(i.State) == ScpWaitStatus.Succeeded) ? ScpWaitStatus.Succeeded : ScpWaitStatus.Pending;
        }

        private Task Gone(Func<CancellationToken, Task> delete, Func<CancellationToken, Task<string?>> state, string what, CancellationToken ct) =>
            ScpDoneOnRetry.SendAsync<object?>(_wire.Client, async c => { await delete(c).ConfigureAwait(false); return null; },
                e => e.Status == 404 || e.Status == 409,
                async c =>
                {
                    try { var s = await state(c).ConfigureAwait(false); return (s == null || s.StartsWith("deleting", StringComparison.OrdinalIgnoreCase), (object?)null); }
                    catch (Errors.ScpRequestFailedException e) when (e.Status == 404) { return (true, null); }
                }, what, ct);
    }
}

using System;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Core.BareMetalBlockStorage
{
    /// <summary>
    /// Waits follow the resource's own state (never what a 202's <c>resource_id</c> means):
    /// volumes and groups until they settle, deletes until 404 or DELETED, replications until
    /// Show … Replication answers with a sync state, replication deletes until the source's
    /// has_replication is false.
    /// </summary>
    public sealed partial class BareMetalBlockStorageClient
    {
        public Task<ScpBmVolume> WaitForVolumeAsync(string volumeId, string? name = null, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync(Activity("volume", volumeId, name, null), c => GetVolumeAsync(volumeId, c),
                v => BareMetalBlockStorageStates.Volume.Settled(v.State), v => v.State ?? "unknown", options ?? ScpWaitOptions.Default, progress, ct);

        public Task WaitForVolumeDeletedAsync(string volumeId, string? name = null, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync(Activity("volume", volumeId, name, "to be deleted"), c => OrNull(GetVolumeAsync(volumeId, c)),
                v => Gone(v?.State, BareMetalBlockStorageStates.Volume), v => v?.State ?? "DELETED", options ?? ScpWaitOptions.Default, progress, ct);

        public Task<ScpBmVolumeGroup> WaitForVolumeGroupAsync(string volumeGroupId, string? name = null, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync(Activity("volume group", volumeGroupId, name, null), c => GetVolumeGroupAsync(volumeGroupId, c),
                g => BareMetalBlockStorageStates.VolumeGroup.Settled(g.State), g => g.State ?? "unknown", options ?? ScpWaitOptions.Default, progress, ct);

        /// <summary>Until the replication answers with a sync state (SCP documents no other end marker).</summary>
        public Task<ScpBmReplication> WaitForReplicationAsync(ScpBmTargetKind kind, string id, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync(Activity(kind == ScpBmTargetKind.Volume ? "replication of volume" : "replication of volume group", id, null, null),
                c => OrNull(GetReplicationAsync(kind, id, c)),
                r => string.IsNullOrEmpty(r?.SyncState) ? ScpWaitStatus.Pending : ScpWaitStatus.Succeeded,
                r => r?.SyncState ?? "not yet", options ?? ScpWaitOptions.Default, progress, ct)!;

        /// <summary>Until the source no longer reports a replication.</summary>
        public Task WaitForReplicationDeletedAsync(ScpBmTargetKind kind, string id, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync(Activity(kind == ScpBmTargetKind.Volume ? "replication of volume" : "replication of volume group", id, null, "to end"),
                c => HasReplication(kind, id, c), has => has == true ? ScpWaitStatus.Pending : ScpWaitStatus.Succeeded,
                has => has == true ? "replicating" : "ended", options ?? ScpWaitOptions.Default, progress, ct);

        private static string Activity(string kind, string id, string? name, string? what)
        {
            var target = string.IsNullOrEmpty(name) ? id : $"{name} ({id})";
            return what == null ? $"Waiting for {kind} {target}" : $"Waiting for {kind} {target} {what}";
        }

        private static ScpWaitStatus Gone(string? state, ScpStateTable table)
        {
            if (state == null || string.Equals(state, "DELETED", StringComparison.OrdinalIgnoreCase)) return ScpWaitStatus.Succeeded;
            return table.IsError(state) ? ScpWaitStatus.Failed : ScpWaitStatus.Pending;
        }

        private static async Task<T?> OrNull<T>(Task<T> get) where T : class
        {
            try { return await get.ConfigureAwait(false); }
            catch (ScpRequestFailedException e) when (e.Status == 404) { return null; }
        }
    }
}

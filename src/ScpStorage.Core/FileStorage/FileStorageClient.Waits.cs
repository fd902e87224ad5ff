using ScpStorage.Core.Threading;
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Core.FileStorage
{
    /// <summary>
    /// Waits, each for what the map names: a volume <c>available</c>, a snapshot listed
    /// <c>available</c>, a rule listed <c>active</c> (or gone), a replication no longer
    /// <c>creating</c>, a resource gone. States starting with <c>error</c> fail a wait; any other
    /// state keeps it polling (<see cref="ScpSettledStates"/>).
    /// </summary>
    public sealed partial class FileStorageClient
    {
        public Task<ScpFileVolume> WaitForVolumeAsync(string volumeId, string? name = null, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync(Activity("file volume", volumeId, name, null), c => GetVolumeAsync(volumeId, c),
                v => FileStorageStates.Volume.Classify(v.State), v => v.State ?? "unknown", options ?? ScpWaitOptions.Default, progress, ct);

        /// <summary>Until ShowVolume answers 404; an error state fails the wait.</summary>
        public Task WaitForVolumeDeletedAsync(string volumeId, string? name = null, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync(Activity("file volume", volumeId, name, "to be deleted"), c => OrNull(GetVolumeAsync(volumeId, c)),
                v => Gone(v?.State), v => v?.State ?? "deleted", options ?? ScpWaitOptions.Default, progress, ct);

        /// <summary>Until the volume lists the snapshot as available (a snapshot not listed yet keeps the wait going).</summary>
        public async Task<ScpFileSnapshot> WaitForSnapshotAsync(string volumeId, string snapshotId, string? name = null, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            (await ScpWaiter.WaitAsync(Activity("snapshot", snapshotId, name, null),
                c => ScpBlockingWork.Start(() => ListSnapshots(volumeId, c).FirstOrDefault(s => s.Id == snapshotId), c),
                s => s == null ? ScpWaitStatus.Pending : FileStorageStates.Snapshot.Classify(s.State),
                s => s?.State ?? "not listed", options ?? ScpWaitOptions.Default, progress, ct).ConfigureAwait(false))!;

        public Task WaitForSnapshotDeletedAsync(string volumeId, string snapshotId, string? name = null, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync(Activity("snapshot", snapshotId, name, "to be deleted"),
                c => ScpBlockingWork.Start(() => ListSnapshots(volumeId, c).FirstOrDefault(s => s.Id == snapshotId), c),
                s => Gone(s?.State), s => s?.State ?? "deleted", options ?? ScpWaitOptions.Default, progress, ct);

        /// <summary>
        /// Until the volume lists the rule as active (<paramref name="present"/> true) or no longer
        /// lists it; returns the listed rule (null once gone).
        /// </summary>
        public Task<ScpFileAccessRule?> WaitForAccessRuleAsync(string volumeId, string objectType, string objectId, bool present,
            ScpWaitOptions? options = null, Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync<ScpFileAccessRule?>(Activity("access rule", $"{objectType} {objectId}", null, present ? $"on volume {volumeId}" : $"to leave volume {volumeId}"),
                c => ScpBlockingWork.Start<ScpFileAccessRule?>(() => ListAccessRules(volumeId, c).FirstOrDefault(a => Same(a, objectType, objectId)), c),
                a => present ? (a == null ? ScpWaitStatus.Pending : FileStorageStates.AccessRule.Classify(a.State)) : Gone(a?.State),
                a => a?.State ?? "absent", options ?? ScpWaitOptions.Default, progress, ct);

        public Task<ScpFileReplication> WaitForReplicationAsync(string volumeId, string replicationId, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync(Activity("replication", replicationId, null, null), c => GetReplicationAsync(volumeId, replicationId, c),
                r => FileStorageStates.Replication(r.Status), r => r.Status ?? "unknown", options ?? ScpWaitOptions.Default, progress, ct);

        public Task WaitForReplicationDeletedAsync(string volumeId, string replicationId, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync(Activity("replication", replicationId, null, "to be deleted"), c => OrNull(GetReplicationAsync(volumeId, replicationId, c)),
                r => Gone(r?.Status), r => r?.Status ?? "deleted", options ?? ScpWaitOptions.Default, progress, ct);

        internal static string Activity(string kind, string id, string? name, string? what)
        {
            if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("A non-empty id is required.", nameof(id));
            var target = string.IsNullOrEmpty(name) ? id : $"{name} ({id})";
            return what == null ? $"Waiting for {kind} {target}" : $"Waiting for {kind} {target} {what}";
        }

        /// <summary>A removal wait ends when the resource is gone; an error state fails it; anything else is pending.</summary>
        internal static ScpWaitStatus Gone(string? state) =>
            state == null ? ScpWaitStatus.Succeeded : ScpSettledStates.IsError(state) ? ScpWaitStatus.Failed : ScpWaitStatus.Pending;

        internal static async Task<T?> OrNull<T>(Task<T> get) where T : class
        {
            try { return await get.ConfigureAwait(false); }
            catch (ScpRequestFailedException e) when (e.Status == 404) { return null; }
        }
    }
}

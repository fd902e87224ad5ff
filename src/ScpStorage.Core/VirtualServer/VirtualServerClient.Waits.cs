using System;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Core.VirtualServer
{
    public sealed partial class VirtualServerClient
    {
        /// <summary>
        /// Polls a volume until it settles (not creating, attaching, extending, ...). Returns the
        /// settled volume; throws <see cref="ScpWaitException"/> on an error state or the timeout.
        /// </summary>
        public Task<ScpVolume> WaitForVolumeAsync(string volumeId, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            WaitForVolumeAsync(volumeId, null, options, progress, ct);

        /// <summary>As above, naming the volume in progress text.</summary>
        public Task<ScpVolume> WaitForVolumeAsync(ScpVolume volume, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            WaitForVolumeAsync((volume ?? throw new ArgumentNullException(nameof(volume))).Id, volume.Name, options, progress, ct);

        /// <summary>Polls until the volume is gone (404 or state deleted); an error state such as error_deleting fails the wait.</summary>
        public Task WaitForVolumeDeletedAsync(string volumeId, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default, string? name = null) =>
            ScpWaiter.WaitAsync(Activity("volume", volumeId, name, "to be deleted"),
                c => OrNull(GetVolumeAsync(volumeId, c)), v => Gone(v?.State, VirtualServerStates.Volume),
                v => v?.State ?? "deleted", options ?? ScpWaitOptions.Default, progress, ct);

        public Task<ScpVolumeSnapshot> WaitForSnapshotAsync(string snapshotId, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            WaitForSnapshotAsync(snapshotId, null, options, progress, ct);

        public Task<ScpVolumeSnapshot> WaitForSnapshotAsync(ScpVolumeSnapshot snapshot, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            WaitForSnapshotAsync((snapshot ?? throw new ArgumentNullException(nameof(snapshot))).Id, snapshot.Name, options, progress, ct);

        public Task WaitForSnapshotDeletedAsync(string snapshotId, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default, string? name = null) =>
            ScpWaiter.WaitAsync(Activity("snapshot", snapshotId, name, "to be deleted"),
                c => OrNull(GetSnapshotAsync(snapshotId, c)), s => Gone(s?.State, VirtualServerStates.Snapshot),
                s => s?.State ?? "deleted", options ?? ScpWaitOptions.Default, progress, ct);

        private Task<ScpVolume> WaitForVolumeAsync(string volumeId, string? name, ScpWaitOptions? options,
            Action<ScpWaitProgress>? progress, CancellationToken ct) =>
            ScpWaiter.WaitAsync(Activity("volume", volumeId, name, null),
                c => GetVolumeAsync(volumeId, c), v => VirtualServerStates.Volume.Settled(v.State),
                v => v.State ?? "unknown", options ?? ScpWaitOptions.Default, progress, ct);

        private Task<ScpVolumeSnapshot> WaitForSnapshotAsync(string snapshotId, string? name, ScpWaitOptions? options,
            Action<ScpWaitProgress>? progress, CancellationToken ct) =>
            ScpWaiter.WaitAsync(Activity("snapshot", snapshotId, name, null),
                c => GetSnapshotAsync(snapshotId, c), s => VirtualServerStates.Snapshot.Settled(s.State),
                s => s.State ?? "unknown", options ?? ScpWaitOptions.Default, progress, ct);

        private static string Activity(string kind, string id, string? name, string? what)
        {
            if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("A non-empty id is required.", nameof(id));
            var target = string.IsNullOrEmpty(name) ? id : $"{name} ({id})";
            return what == null ? $"Waiting for {kind} {target}" : $"Waiting for {kind} {target} {what}";
        }

        /// <summary>A delete wait ends on 404 (or a "deleted" state); error states fail it; anything else is pending.</summary>
        private static ScpWaitStatus Gone(string? state, ScpStateTable table)
        {
            if (state == null || string.Equals(state, "deleted", StringComparison.OrdinalIgnoreCase)) return ScpWaitStatus.Succeeded;
            return table.IsError(state) ? ScpWaitStatus.Failed : ScpWaitStatus.Pending;
        }

        private static async Task<T?> OrNull<T>(Task<T> get) where T : class
        {
            try { return await get.ConfigureAwait(false); }
            catch (ScpRequestFailedException e) when (e.Status == 404) { return null; }
        }
    }
}

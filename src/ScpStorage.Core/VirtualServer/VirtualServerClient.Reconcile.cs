using ScpStorage.Core.Threading;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Reconcile;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>
    /// Virtual Server's rules for lost answers (the mechanism is <see cref="ScpCreates"/> and
    /// <see cref="ScpDoneOnRetry"/>; docs/design.md has the table): how each create finds what it
    /// asked for, and which refusals of a retried PUT/DELETE mean the work is already done.
    /// </summary>
    public sealed partial class VirtualServerClient
    {
        private ScpCreateLookup<ScpVolume> VolumeLookup(string name) =>
            new ScpCreateLookup<ScpVolume>($"volume '{name}'", $"Get-ScpVolume -Name '{name}'",
                async ct => await ScpBlockingWork.Start(() => (IReadOnlyList<ScpVolume>)ListVolumes(new VolumeFilter { Name = name }, ct: ct)
                    .Where(v => v.Name == name).ToList(), ct).ConfigureAwait(false),
                v => v.Id, v => v.CreatedAt);

        private ScpCreateLookup<ScpVolumeSnapshot> SnapshotLookup(string volumeId, string name) =>
            new ScpCreateLookup<ScpVolumeSnapshot>($"snapshot '{name}' of volume {volumeId}", $"Get-ScpVolumeSnapshot -VolumeId '{volumeId}' -Name '{name}'",
                async ct => await ScpBlockingWork.Start(() => (IReadOnlyList<ScpVolumeSnapshot>)ListSnapshots(new SnapshotFilter { VolumeId = volumeId, Name = name }, ct: ct)
                    .Where(s => s.Name == name && s.VolumeId == volumeId).ToList(), ct).ConfigureAwait(false),
                s => s.Id, s => s.CreatedAt);

        /// <summary>A volume has at most one pending transfer, so the volume id finds it; its auth key, though, was only in the lost answer.</summary>
        private ScpCreateLookup<ScpVolumeTransfer> TransferLookup(string volumeId) =>
            new ScpCreateLookup<ScpVolumeTransfer>($"transfer of volume {volumeId}", "Get-ScpVolumeTransfer",
                async ct => await ScpBlockingWork.Start(() => (IReadOnlyList<ScpVolumeTransfer>)ListVolumeTransfers(ct: ct)
                    .Where(t => t.VolumeId == volumeId).ToList(), ct).ConfigureAwait(false),
                t => t.Id, t => t.CreatedAt)
            {
                CannotAdopt = "its auth key was only in the lost answer. Remove it (Remove-ScpVolumeTransfer) and run again.",
            };

        /// <summary>A volume is attached to a server at most once, so the pair finds the attachment (SCP gives it no creation time).</summary>
        private ScpCreateLookup<ScpServerVolume> AttachmentLookup(string serverId, string volumeId) =>
            new ScpCreateLookup<ScpServerVolume>($"attachment of volume {volumeId} to server {serverId}", $"Get-ScpServerVolume -ServerId '{serverId}'",
                async ct => await ScpBlockingWork.Start(() => (IReadOnlyList<ScpServerVolume>)ListServerVolumes(serverId, ct)
                    .Where(a => a.VolumeId == volumeId).ToList(), ct).ConfigureAwait(false),
                a => a.AttachmentId ?? a.VolumeId, a => null);

        /// <summary>The same lookup typed for a create whose answer may carry no attachment.</summary>
        private static ScpCreateLookup<ScpServerVolume?> Nullable(ScpCreateLookup<ScpServerVolume> l) =>
            new ScpCreateLookup<ScpServerVolume?>(l.What, l.HowToCheck,
                async ct => (await l.Find(ct).ConfigureAwait(false)).Cast<ScpServerVolume?>().ToList(), a => l.Id(a!), a => null);

        /// <summary>A retried DELETE refused because the resource is gone (404) or already deleting (409).</summary>
        private static bool GoneOrGoing(ScpRequestFailedException e) => e.Status == 404 || e.Status == 409;

        /// <summary>Confirms a delete: the resource is gone, or in a deleting/deleted state.</summary>
        private static async Task<(bool, object?)> ConfirmGone<T>(Func<CancellationToken, Task<T>> read, Func<T, string?> state, CancellationToken ct)
        {
            try
            {
                var s = state(await read(ct).ConfigureAwait(false));
                return (s != null && (s.StartsWith("deleting", StringComparison.OrdinalIgnoreCase) || s.Equals("deleted", StringComparison.OrdinalIgnoreCase)), null);
            }
            catch (ScpRequestFailedException e) when (e.Status == 404) { return (true, null); }
        }

        private Task DeleteConfirmedAsync<T>(Func<CancellationToken, Task> delete, Func<CancellationToken, Task<T>> read, Func<T, string?> state,
            string what, CancellationToken ct) =>
            ScpDoneOnRetry.SendAsync<object?>(_client, async c => { await delete(c).ConfigureAwait(false); return null; },
                GoneOrGoing, c => ConfirmGone(read, state, c), what, ct);

        /// <summary>Confirms a detach: the volume no longer lists the server (or is detaching from it).</summary>
        private async Task<(bool, object?)> ConfirmDetached(string volumeId, string serverId, CancellationToken ct)
        {
            var v = await GetVolumeAsync(volumeId, ct).ConfigureAwait(false);
            var attached = v.Servers.Any(s => s.ServerId == serverId);
            return (!attached || string.Equals(v.State, "detaching", StringComparison.OrdinalIgnoreCase), null);
        }
    }
}

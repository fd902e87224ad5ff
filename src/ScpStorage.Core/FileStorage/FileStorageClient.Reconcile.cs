using ScpStorage.Core.Threading;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Reconcile;

namespace ScpStorage.Core.FileStorage
{
    /// <summary>
    /// File Storage's rules for lost answers (docs/design.md, File Storage): how each create finds
    /// what it asked for, and which refusals of a retried PUT/DELETE mean the work is done.
    /// </summary>
    public sealed partial class FileStorageClient
    {
        /// <summary>Volume names are unique: the exact name, created since the call began.</summary>
        private ScpCreateLookup<ScpFileVolume> VolumeLookup(string name) =>
            new ScpCreateLookup<ScpFileVolume>($"file volume '{name}'", $"Get-ScpFileVolume -Name '{name}'",
                ct => ScpBlockingWork.Start(() => (IReadOnlyList<ScpFileVolume>)ListVolumes(name, ct: ct).Where(v => v.Name == name).ToList(), ct),
                v => v.Id, v => v.CreatedAt);

        /// <summary>SCP names snapshots itself: any snapshot of the volume created since the call began.</summary>
        private ScpCreateLookup<ScpFileSnapshot> SnapshotLookup(string volumeId) =>
            new ScpCreateLookup<ScpFileSnapshot>($"snapshot of file volume {volumeId}", $"Get-ScpFileSnapshot -VolumeId '{volumeId}'",
                ct => ScpBlockingWork.Start(() => (IReadOnlyList<ScpFileSnapshot>)ListSnapshots(volumeId, ct).ToList(), ct),
                s => s.Id, s => s.CreatedAt);

        /// <summary>
        /// A schedule has no name or creation time: an entry with the same frequency, day and hour
        /// is ours (the cmdlet refuses to add a duplicate entry, so an older twin cannot exist).
        /// </summary>
        private ScpCreateLookup<ScpFileSnapshotSchedule> ScheduleLookup(string volumeId, FileScheduleSpec spec) =>
            new ScpCreateLookup<ScpFileSnapshotSchedule>($"snapshot schedule of file volume {volumeId}", $"Get-ScpFileSnapshotSchedule -VolumeId '{volumeId}'",
                ct => ScpBlockingWork.Start(() => (IReadOnlyList<ScpFileSnapshotSchedule>)ListSnapshotSchedules(volumeId, ct).Where(spec.Matches).ToList(), ct),
                s => s.Id ?? "(no id)", s => null);

        /// <summary>A replication is found by its replica's name (ShowVolumeReplication has it; the list does not).</summary>
        private ScpCreateLookup<ScpFileReplication> ReplicationLookup(FileReplicationSpec spec) =>
            new ScpCreateLookup<ScpFileReplication>($"replication '{spec.Name}' of file volume {spec.VolumeId}",
                $"Get-ScpFileReplication -VolumeId '{spec.VolumeId}'",
                async ct =>
                {
                    var found = new List<ScpFileReplication>();
                    foreach (var r in await ScpBlockingWork.Start(() => ListReplications(spec.VolumeId, ct).ToList(), ct).ConfigureAwait(false))
                    {
                        var shown = await GetReplicationAsync(spec.VolumeId, r.Id, ct).ConfigureAwait(false);
                        if (shown.Name == spec.Name) found.Add(shown);
                    }
                    return found;
                },
                r => r.Id, r => null);

        /// <summary>A delete retried after a lost answer and refused with 404/409 is done when the resource is gone or going.</summary>
        private Task DeleteConfirmedAsync(Func<CancellationToken, Task> delete, Func<CancellationToken, Task<string?>> state, string what, CancellationToken ct) =>
            ScpDoneOnRetry.SendAsync<object?>(_wire.Client, async c => { await delete(c).ConfigureAwait(false); return null; },
                e => e.Status == 404 || e.Status == 409,
                async c =>
                {
                    try
                    {
                        var s = await state(c).ConfigureAwait(false);
                        return (s == null || s.StartsWith("deleting", StringComparison.OrdinalIgnoreCase), (object?)null);
                    }
                    catch (ScpRequestFailedException e) when (e.Status == 404) { return (true, null); }
                },
                what, ct);
    }
}

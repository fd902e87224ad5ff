using System;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.FileStorage;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.FileStorage.Snapshots
{
    /// <summary>
    /// Restore-ScpSnapshot for File Storage snapshots: restores the snapshot's own volume
    /// (RestoreSnapshot, <c>?volume_id=</c>). The volume is read first so the confirmation names
    /// it; the output is the volume read again, or with -Wait once it is available.
    /// </summary>
    internal sealed class FileSnapshotRestoreHandler : ISnapshotRestoreHandler
    {
        public Type SnapshotType => typeof(ScpFileSnapshot);

        public string Describe => "ScpFileSnapshot (Get-ScpFileSnapshot)";

        /// <summary>A File Storage snapshot id alone cannot be restored (SCP needs its volume): -SnapshotId stays Virtual Server's.</summary>
        public object? ReadById(RestoreScpSnapshotCommand cmdlet, string id) => null;

        public SnapshotRestorePlan? Plan(RestoreScpSnapshotCommand cmdlet, object snapshotObject)
        {
            var snapshot = (ScpFileSnapshot)snapshotObject;
            if (string.IsNullOrEmpty(snapshot.VolumeId))
            {
                cmdlet.WriteError(ScpErrorRecords.InvalidArgument($"Snapshot {snapshot} does not name its volume, so there is nothing to restore.", snapshot));
                return null;
            }
            var connection = cmdlet.ConnectionFor(snapshot);
            var volume = ResourceTargets.ReadOne(cmdlet, FileStorageKinds.Volume, snapshot.VolumeId!, connection);
            if (volume == null) return null;
            var (volumeId, snapshotId) = (volume.Id, snapshot.Id);
            var target = $"file volume {volume} to snapshot {snapshot}";
            return new SnapshotRestorePlan("Restore", target, new ScpWorkItem("Restore " + target, snapshot, async ctx =>
            {
                var fs = new FileStorageClient(ctx.Client);
                await fs.RestoreSnapshotAsync(volumeId, snapshotId, ctx.CancellationToken).ConfigureAwait(false);
                var result = ctx.Wait != null
                    ? await fs.WaitForVolumeAsync(volumeId, volume.Name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                    : await fs.GetVolumeAsync(volumeId, ctx.CancellationToken).ConfigureAwait(false);
                ctx.Output.Object(result);
            }, connection));
        }
    }
}

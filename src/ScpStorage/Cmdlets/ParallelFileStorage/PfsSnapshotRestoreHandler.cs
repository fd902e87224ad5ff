using System;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.ParallelFileStorage;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ParallelFileStorage
{
    /// <summary>
    /// Restore-ScpSnapshot for Parallel File Storage snapshots: restores the snapshot's own volume
    /// (RestoreSnapshot, 202 without a body), read first so the confirmation names it; outputs
    /// the volume read again, or with -Wait once it is available.
    /// </summary>
    internal sealed class PfsSnapshotRestoreHandler : ISnapshotRestoreHandler
    {
        public Type SnapshotType => typeof(ScpPfsSnapshot);

        public string Describe => "ScpPfsSnapshot (Get-ScpPfsSnapshot)";

        /// <summary>An id alone cannot be restored (SCP needs its volume): -SnapshotId stays Virtual Server's.</summary>
        public object? ReadById(RestoreScpSnapshotCommand cmdlet, string id) => null;

        public SnapshotRestorePlan? Plan(RestoreScpSnapshotCommand cmdlet, object snapshotObject)
        {
            var snapshot = (ScpPfsSnapshot)snapshotObject;
            if (string.IsNullOrEmpty(snapshot.VolumeId))
            {
                cmdlet.WriteError(ScpErrorRecords.InvalidArgument($"Snapshot {snapshot} does not name its volume, so there is nothing to restore.", snapshot));
                return null;
            }
            var connection = cmdlet.ConnectionFor(snapshot);
            var volume = ResourceTargets.ReadOne(cmdlet, ParallelFileStorageKinds.Volume, snapshot.VolumeId!, connection);
            if (volume == null) return null;
            var (volumeId, snapshotId) = (volume.Id, snapshot.Id);
            var target = $"parallel file volume {volume} to snapshot {snapshot}";
            return new SnapshotRestorePlan("Restore", target, new ScpWorkItem("Restore " + target, snapshot, async ctx =>
            {
                var pfs = new ParallelFileStorageClient(ctx.Client);
                await pfs.RestoreSnapshotAsync(volumeId, snapshotId, ctx.CancellationToken).ConfigureAwait(false);
                var result = ctx.Wait != null
                    ? await pfs.WaitForVolumeAsync(volumeId, volume.Name, null, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                    : await pfs.GetVolumeAsync(volumeId, ctx.CancellationToken).ConfigureAwait(false);
                ctx.Output.Object(result);
            }, connection));
        }
    }
}

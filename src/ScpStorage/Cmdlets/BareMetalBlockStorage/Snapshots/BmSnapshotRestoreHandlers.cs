using System;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Snapshots
{
    /// <summary>
    /// Restore-ScpSnapshot for bare metal volume snapshots: restores the snapshot's own volume in
    /// place (Restore Volume Snapshot). The volume is read first so the confirmation names it.
    /// -SnapshotId stays Virtual-Server-only: a BM snapshot id alone cannot name its volume.
    /// </summary>
    internal sealed class BmSnapshotRestoreHandler : ISnapshotRestoreHandler
    {
        public Type SnapshotType => typeof(ScpBmSnapshot);
        public string Describe => "ScpBmSnapshot (Get-ScpBmSnapshot)";
        public object? ReadById(RestoreScpSnapshotCommand cmdlet, string id) => null;

        public SnapshotRestorePlan? Plan(RestoreScpSnapshotCommand cmdlet, object snapshotObject)
        {
            var snapshot = (ScpBmSnapshot)snapshotObject;
            var connection = cmdlet.ConnectionFor(snapshot);
            var volume = ResourceTargets.Read(cmdlet, BareMetalBlockStorageKinds.Volume, snapshot.VolumeId,
                (BareMetalBlockStorageClient c, System.Threading.CancellationToken ct) => c.GetVolumeAsync(snapshot.VolumeId, ct), connection);
            if (volume == null) return null;
            var (volumeId, name, snapshotId) = (volume.Id, volume.Name, snapshot.Id);
            var target = $"volume {volume} to snapshot {snapshot}";
            return new SnapshotRestorePlan("Restore", target, new ScpWorkItem("Restore " + target, snapshot, async ctx =>
            {
                var bm = new BareMetalBlockStorageClient(ctx.Client);
                await bm.RestoreSnapshotAsync(volumeId, snapshotId, ctx.CancellationToken).ConfigureAwait(false);
                ctx.Output.Object(ctx.Wait != null
                    ? await bm.WaitForVolumeAsync(volumeId, name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                    : await bm.GetVolumeAsync(volumeId, ctx.CancellationToken).ConfigureAwait(false));
            }, connection));
        }
    }

    /// <summary>Restore-ScpSnapshot for volume group snapshots: restores the group and every member in place (Restore Volume Group Snapshot).</summary>
    internal sealed class BmVolumeGroupSnapshotRestoreHandler : ISnapshotRestoreHandler
    {
        public Type SnapshotType => typeof(ScpBmVolumeGroupSnapshot);
        public string Describe => "ScpBmVolumeGroupSnapshot (Get-ScpBmVolumeGroupSnapshot)";
        public object? ReadById(RestoreScpSnapshotCommand cmdlet, string id) => null;

        public SnapshotRestorePlan? Plan(RestoreScpSnapshotCommand cmdlet, object snapshotObject)
        {
            var snapshot = (ScpBmVolumeGroupSnapshot)snapshotObject;
            var connection = cmdlet.ConnectionFor(snapshot);
            var group = ResourceTargets.Read(cmdlet, BareMetalBlockStorageKinds.VolumeGroup, snapshot.VolumeGroupId,
                (BareMetalBlockStorageClient c, System.Threading.CancellationToken ct) => c.GetVolumeGroupAsync(snapshot.VolumeGroupId, ct), connection);
            if (group == null) return null;
            var (groupId, name, snapshotId) = (group.Id, group.Name, snapshot.Id);
            var target = $"volume group {group} and its {group.MemberVolumes.Count} member volumes to snapshot {snapshot}";
            return new SnapshotRestorePlan("Restore", target, new ScpWorkItem("Restore " + target, snapshot, async ctx =>
            {
                var bm = new BareMetalBlockStorageClient(ctx.Client);
                await bm.RestoreVolumeGroupSnapshotAsync(groupId, snapshotId, ctx.CancellationToken).ConfigureAwait(false);
                ctx.Output.Object(ctx.Wait != null
                    ? await bm.WaitForVolumeGroupAsync(groupId, name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                    : await bm.GetVolumeGroupAsync(groupId, ctx.CancellationToken).ConfigureAwait(false));
            }, connection));
        }
    }
}

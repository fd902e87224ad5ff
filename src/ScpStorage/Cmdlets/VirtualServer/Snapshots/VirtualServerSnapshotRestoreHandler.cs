using System;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Http;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Snapshots
{
    /// <summary>
    /// Restore-ScpSnapshot for Virtual Server volume snapshots: reverts the snapshot's own volume
    /// (SCP only reverts a volume to one of its snapshots, so the volume is never a parameter).
    /// The volume is read first so confirmation names it; SCP then checks that it is available
    /// and answers 409 otherwise, which surfaces as a ResourceBusy error for that input.
    /// </summary>
    internal sealed class VirtualServerSnapshotRestoreHandler : ISnapshotRestoreHandler
    {
        public Type SnapshotType => typeof(ScpVolumeSnapshot);

        public string Describe => "ScpVolumeSnapshot (Get-ScpVolumeSnapshot)";

        public object? ReadById(RestoreScpSnapshotCommand cmdlet, string id) => SnapshotTarget.One(cmdlet, id);

        public SnapshotRestorePlan? Plan(RestoreScpSnapshotCommand cmdlet, object snapshotObject)
        {
            var snapshot = (ScpVolumeSnapshot)snapshotObject;
            if (string.IsNullOrEmpty(snapshot.VolumeId))
            {
                cmdlet.WriteError(ScpErrorRecords.InvalidArgument($"Snapshot {snapshot} does not name its volume, so there is nothing to revert.", snapshot));
                return null;
            }
            // The snapshot's own region: a snapshot read elsewhere is reverted there.
            var connection = cmdlet.ConnectionFor(snapshot);
            var volume = ReadVolume(cmdlet, cmdlet.Client<VirtualServerClient>(connection), snapshot);
            if (volume == null) return null;

            var (volumeId, snapshotId) = (volume.Id, snapshot.Id);
            var target = $"volume {volume} to snapshot {snapshot}";
            return new SnapshotRestorePlan("Revert", target, new ScpWorkItem("Revert " + target, snapshot, async ctx =>
            {
                var vs = new VirtualServerClient(ctx.Client);
                await vs.RevertVolumeAsync(volumeId, snapshotId, ctx.CancellationToken).ConfigureAwait(false);
                // Without -Wait the volume is read once more, so the caller sees it reverting.
                var result = ctx.Wait != null
                    ? await vs.WaitForVolumeAsync(volume, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                    : await vs.GetVolumeAsync(volumeId, ctx.CancellationToken).ConfigureAwait(false);
                ctx.Output.Object(result);
            }, connection));
        }

        private static ScpVolume? ReadVolume(RestoreScpSnapshotCommand cmdlet, VirtualServerClient vs, ScpVolumeSnapshot snapshot)
        {
            try
            {
                return cmdlet.InvokeCall(ct => vs.GetVolumeAsync(snapshot.VolumeId!, ct));
            }
            catch (ScpRequestFailedException e) when (e.Status == 404)
            {
                cmdlet.WriteError(ScpErrorRecords.NotFound("volume", snapshot.VolumeId!, VirtualServerClient.ServiceName));
            }
            catch (ScpRequestFailedException e)
            {
                cmdlet.WriteError(ScpErrorRecords.From(e, snapshot));
            }
            return null;
        }
    }
}

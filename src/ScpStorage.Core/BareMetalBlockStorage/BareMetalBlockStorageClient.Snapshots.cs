using System;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Http;
using Ops = ScpStorage.Core.BareMetalBlockStorage.BareMetalBlockStorageOperations;

namespace ScpStorage.Core.BareMetalBlockStorage
{
    public sealed partial class BareMetalBlockStorageClient
    {
        // ---- Volume snapshots (no paging, no show operation, no state) -----------------------

        /// <summary>A volume's snapshots and its snapshot usage (one unpaged request); every snapshot is stamped with the volume id.</summary>
        public async Task<ScpBmSnapshotUsage> ListSnapshotsAsync(string volumeId, CancellationToken ct = default)
        {
            var usage = Decode<ScpBmSnapshotUsage>(await SendAsync(Ops.ListVolumeSnapshots.Request().WithPath("volume_id", Id(volumeId, nameof(volumeId))), ct).ConfigureAwait(false));
            if (string.IsNullOrEmpty(usage.VolumeId)) usage.VolumeId = volumeId;
            foreach (var s in usage.Snapshots) { s.Stamp<ScpBmSnapshot>(ServiceName, Connection); s.VolumeId = volumeId; }
            return usage;
        }

        /// <summary>Takes a snapshot now (200; SCP names it).</summary>
        public Task<ScpBmSnapshot> CreateSnapshotAsync(string volumeId, CancellationToken ct = default) =>
            VolumeSnapshot(Ops.CreateVolumeSnapshot.Request(), volumeId, null, ct);

        public Task<ScpBmSnapshot> DeleteSnapshotAsync(string volumeId, string snapshotId, CancellationToken ct = default) =>
            VolumeSnapshot(Ops.DeleteVolumeSnapshot.Request(), volumeId, snapshotId, ct);

        /// <summary>Restores a volume in place to one of its snapshots (200).</summary>
        public Task<ScpBmSnapshot> RestoreSnapshotAsync(string volumeId, string snapshotId, CancellationToken ct = default) =>
            VolumeSnapshot(Ops.RestoreVolumeSnapshot.Request(), volumeId, snapshotId, ct);

        // ---- Volume group snapshots ----------------------------------------------------------

        public async Task<ScpBmVolumeGroupSnapshotList> ListVolumeGroupSnapshotsAsync(string volumeGroupId, CancellationToken ct = default)
        {
            var list = Decode<ScpBmVolumeGroupSnapshotList>(await SendAsync(Ops.ListVolumeGroupSnapshots.Request()
                .WithPath("volume_group_id", Id(volumeGroupId, nameof(volumeGroupId))), ct).ConfigureAwait(false));
            if (string.IsNullOrEmpty(list.VolumeGroupId)) list.VolumeGroupId = volumeGroupId;
            foreach (var s in list.Snapshots) { s.Stamp<ScpBmVolumeGroupSnapshot>(ServiceName, Connection); s.VolumeGroupId = volumeGroupId; }
            return list;
        }

        public Task<ScpBmVolumeGroupSnapshot> CreateVolumeGroupSnapshotAsync(string volumeGroupId, CancellationToken ct = default) =>
            GroupSnapshot(Ops.CreateVolumeGroupSnapshot.Request(), volumeGroupId, null, ct);

        public Task<ScpBmVolumeGroupSnapshot> DeleteVolumeGroupSnapshotAsync(string volumeGroupId, string snapshotId, CancellationToken ct = default) =>
            GroupSnapshot(Ops.DeleteVolumeGroupSnapshot.Request(), volumeGroupId, snapshotId, ct);

        /// <summary>Restores a group and every member volume in place (200).</summary>
        public Task<ScpBmVolumeGroupSnapshot> RestoreVolumeGroupSnapshotAsync(string volumeGroupId, string snapshotId, CancellationToken ct = default) =>
            GroupSnapshot(Ops.RestoreVolumeGroupSnapshot.Request(), volumeGroupId, snapshotId, ct);

        // ---- Snapshot rates (volumes only) ---------------------------------------------------

        public Task<ScpBmSnapshotRate> CreateSnapshotRateAsync(string volumeId, int rate, CancellationToken ct = default) =>
            Rate(Ops.CreateVolumeSnapshotRate.Request(), volumeId, rate, ct);

        public Task<ScpBmSnapshotRate> SetSnapshotRateAsync(string volumeId, int rate, CancellationToken ct = default) =>
            Rate(Ops.SetVolumeSnapshotRate.Request(), volumeId, rate, ct);

        /// <summary>Removes the rate (snapshots deactivated); answers the values it had.</summary>
        public Task<ScpBmSnapshotRate> DeleteSnapshotRateAsync(string volumeId, CancellationToken ct = default) =>
            Rate(Ops.DeleteVolumeSnapshotRate.Request(), volumeId, null, ct);

        // ---- Snapshot schedules (volume or group) --------------------------------------------

        /// <summary>Sets a schedule where none exists; <paramref name="dayOfWeek"/> null means daily (SUN..SAT otherwise).</summary>
        public Task<ScpBmSnapshotSchedule> CreateSnapshotScheduleAsync(ScpBmTargetKind kind, string id, int hour, string? dayOfWeek, CancellationToken ct = default) =>
            Schedule(kind == ScpBmTargetKind.Volume ? Ops.CreateVolumeSnapshotSchedule : Ops.CreateVolumeGroupSnapshotSchedule, kind, id, hour, dayOfWeek, ct);

        public Task<ScpBmSnapshotSchedule> SetSnapshotScheduleAsync(ScpBmTargetKind kind, string id, int hour, string? dayOfWeek, CancellationToken ct = default) =>
            Schedule(kind == ScpBmTargetKind.Volume ? Ops.SetVolumeSnapshotSchedule : Ops.SetVolumeGroupSnapshotSchedule, kind, id, hour, dayOfWeek, ct);

        /// <summary>Removes the schedule; answers the schedule removed.</summary>
        public Task<ScpBmSnapshotSchedule> DeleteSnapshotScheduleAsync(ScpBmTargetKind kind, string id, CancellationToken ct = default) =>
            Schedule(kind == ScpBmTargetKind.Volume ? Ops.DeleteVolumeSnapshotSchedule : Ops.DeleteVolumeGroupSnapshotSchedule, kind, id, null, null, ct);

        // ---- Plumbing ------------------------------------------------------------------------

        private async Task<ScpBmSnapshot> VolumeSnapshot(ScpRequest r, string volumeId, string? snapshotId, CancellationToken ct)
        {
            r.WithPath("volume_id", Id(volumeId, nameof(volumeId)));
            if (r.PathTemplate.Contains("{snapshot_id}")) r.WithPath("snapshot_id", Id(snapshotId, nameof(snapshotId)));
            var s = Decode<ScpBmSnapshot>(await SendAsync(r, ct).ConfigureAwait(false));
            if (string.IsNullOrEmpty(s.VolumeId)) s.VolumeId = volumeId;
            if (string.IsNullOrEmpty(s.Id) && snapshotId != null) s.Id = snapshotId;
            return s;
        }

        private async Task<ScpBmVolumeGroupSnapshot> GroupSnapshot(ScpRequest r, string groupId, string? snapshotId, CancellationToken ct)
        {
            r.WithPath("volume_group_id", Id(groupId, nameof(groupId)));
            if (r.PathTemplate.Contains("{snapshot_id}")) r.WithPath("snapshot_id", Id(snapshotId, nameof(snapshotId)));
            var s = Decode<ScpBmVolumeGroupSnapshot>(await SendAsync(r, ct).ConfigureAwait(false));
            if (string.IsNullOrEmpty(s.VolumeGroupId)) s.VolumeGroupId = groupId;
            if (string.IsNullOrEmpty(s.Id) && snapshotId != null) s.Id = snapshotId;
            return s;
        }

        private async Task<ScpBmSnapshotRate> Rate(ScpRequest r, string volumeId, int? rate, CancellationToken ct)
        {
            r.WithPath("volume_id", Id(volumeId, nameof(volumeId)));
            if (rate.HasValue) r.WithBody(new JObject { ["snapshot_rate"] = rate.Value });
            var answer = Decode<ScpBmSnapshotRate>(await SendAsync(r, ct).ConfigureAwait(false));
            if (string.IsNullOrEmpty(answer.VolumeId)) answer.VolumeId = volumeId;
            return answer;
        }

        private async Task<ScpBmSnapshotSchedule> Schedule(VirtualServer.ScpOperation op, ScpBmTargetKind kind, string id, int? hour, string? day, CancellationToken ct)
        {
            var r = op.Request().WithPath(kind == ScpBmTargetKind.Volume ? "volume_id" : "volume_group_id", Id(id, nameof(id)));
            if (hour.HasValue)
            {
                var body = new JObject { ["hour"] = hour.Value };
                if (!string.IsNullOrEmpty(day)) body["day_of_week"] = day;
                r.WithBody(body);
            }
            var s = Decode<ScpBmSnapshotSchedule>(await SendAsync(r, ct).ConfigureAwait(false));
            s.SourceKind = kind;
            s.SourceId = id;
            return s;
        }
    }
}

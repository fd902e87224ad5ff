using ScpStorage.Core.Threading;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Reconcile;

namespace ScpStorage.Core.FileStorage
{
    /// <summary>What a snapshot schedule entry says (CreateSnapshotSchedule / SetSnapshotSchedule).</summary>
    public sealed class FileScheduleSpec
    {
        /// <summary>WEEKLY or DAILY.</summary>
        public string Frequency { get; set; } = "DAILY";
        /// <summary>SUN … SAT; only for WEEKLY.</summary>
        public string? DayOfWeek { get; set; }
        /// <summary>0–23, sent as a string as SCP documents it.</summary>
        public int Hour { get; set; }
        /// <summary>Snapshots kept per volume (optional).</summary>
        public int? RetentionCount { get; set; }

        internal JObject Entry()
        {
            var e = new JObject { ["frequency"] = Frequency, ["hour"] = Hour.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            if (DayOfWeek != null) e["day_of_week"] = DayOfWeek;
            return e;
        }

        /// <summary>Whether a listed entry says the same as this spec (how a new entry, whose id the create answer omits, is found).</summary>
        public bool Matches(ScpFileSnapshotSchedule s) =>
            string.Equals(s.Frequency, Frequency, StringComparison.OrdinalIgnoreCase) && s.Hour == Hour
            && string.Equals(s.DayOfWeek ?? "", DayOfWeek ?? "", StringComparison.OrdinalIgnoreCase);
    }

    public sealed partial class FileStorageClient
    {
        // ---- Snapshots -----------------------------------------------------------------------

        /// <summary>The snapshots of one volume (unpaged), each carrying <paramref name="volumeId"/>.</summary>
        public IEnumerable<ScpFileSnapshot> ListSnapshots(string volumeId, CancellationToken ct = default)
        {
            var r = FileStorageOperations.ListSnapshots.Request().WithQuery("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId)));
            return _wire.Unpaged<ScpFileSnapshot>(r, "snapshots", ct).Select(s => { s.VolumeId = volumeId; return s; });
        }

        /// <summary>Takes a snapshot (202, wrapped in "snapshot"); SCP names it.</summary>
        public Task<ScpFileSnapshot> CreateSnapshotAsync(string volumeId, CancellationToken ct = default)
        {
            var r = FileStorageOperations.CreateSnapshot.Request().WithBody(new JObject { ["volume_id"] = ScpServiceWire.Id(volumeId, nameof(volumeId)) });
            return ScpCreates.SendAsync(_wire.Client, r, a => WithVolume(_wire.Decode<ScpFileSnapshot>(a, "snapshot"), volumeId), SnapshotLookup(volumeId), ct);
        }

        /// <summary>Starts deleting a snapshot (202, no body).</summary>
        public Task DeleteSnapshotAsync(string volumeId, string snapshotId, CancellationToken ct = default) =>
            DeleteConfirmedAsync(c => _wire.SendAsync(FileStorageOperations.DeleteSnapshot.Request()
                    .WithPath("snapshot_id", ScpServiceWire.Id(snapshotId, nameof(snapshotId))).WithQuery("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))), c),
                c => ScpBlockingWork.Start(() => ListSnapshots(volumeId, c).FirstOrDefault(s => s.Id == snapshotId)?.State, c), $"delete of snapshot {snapshotId}", ct);

        /// <summary>Restores a volume to one of its snapshots (202, the snapshot wrapped in "snapshot").</summary>
        public async Task<ScpFileSnapshot?> RestoreSnapshotAsync(string volumeId, string snapshotId, CancellationToken ct = default)
        {
            var r = FileStorageOperations.RestoreSnapshot.Request().WithPath("snapshot_id", ScpServiceWire.Id(snapshotId, nameof(snapshotId)))
                .WithQuery("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId)));
            var s = _wire.Optional<ScpFileSnapshot>(await _wire.SendAsync(r, ct).ConfigureAwait(false), "snapshot");
            return s == null ? null : WithVolume(s, volumeId);
        }

        // ---- Snapshot schedules --------------------------------------------------------------

        /// <summary>The schedule entries of one volume, each with the volume's retention count and policy flag.</summary>
        public IEnumerable<ScpFileSnapshotSchedule> ListSnapshotSchedules(string volumeId, CancellationToken ct = default)
        {
            var r = FileStorageOperations.ListSnapshotSchedule.Request().WithQuery("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId)));
            return Entries();
            IEnumerable<ScpFileSnapshotSchedule> Entries()
            {
                var list = _wire.Decode<FileSnapshotScheduleList>(_wire.Client.Send(r, ct));
                foreach (var e in list.Entries())
                {
                    e.VolumeId = volumeId;
                    e.RetentionCount = list.RetentionCount;
                    e.PolicyEnabled = list.PolicyEnabled;
                    yield return _wire.Stamp(e)!;
                }
            }
        }

        /// <summary>
        /// Adds a schedule entry (202; the answer has no id), then lists the volume's schedules to
        /// return the entry with its id; the answer itself when the list does not show it yet.
        /// </summary>
        public async Task<ScpFileSnapshotSchedule> CreateSnapshotScheduleAsync(string volumeId, FileScheduleSpec spec, CancellationToken ct = default)
        {
            if (spec == null) throw new ArgumentNullException(nameof(spec));
            var body = new JObject { ["volume_id"] = ScpServiceWire.Id(volumeId, nameof(volumeId)), ["snapshot_schedule"] = spec.Entry() };
            if (spec.RetentionCount.HasValue) body["snapshot_retention_count"] = spec.RetentionCount.Value;
            var answer = await ScpCreates.SendAsync(_wire.Client, FileStorageOperations.CreateSnapshotSchedule.Request().WithBody(body),
                a => WithVolume(_wire.Decode<ScpFileSnapshotSchedule>(a), volumeId), ScheduleLookup(volumeId, spec), ct).ConfigureAwait(false);
            return answer.Id != null ? answer : await Relisted(volumeId, s => spec.Matches(s), answer, ct).ConfigureAwait(false);
        }

        /// <summary>Replaces a schedule entry (202; <c>snapshot_schedule</c> is required), then returns it as listed.</summary>
        public async Task<ScpFileSnapshotSchedule> SetSnapshotScheduleAsync(string volumeId, string scheduleId, FileScheduleSpec spec, CancellationToken ct = default)
        {
            if (spec == null) throw new ArgumentNullException(nameof(spec));
            var body = new JObject { ["snapshot_schedule"] = spec.Entry() };
            if (spec.RetentionCount.HasValue) body["snapshot_retention_count"] = spec.RetentionCount.Value;
            var r = FileStorageOperations.SetSnapshotSchedule.Request().WithPath("snapshot_schedule_id", ScpServiceWire.Id(scheduleId, nameof(scheduleId)))
                .WithQuery("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))).WithBody(body);
            var answer = _wire.Optional<ScpFileSnapshotSchedule>(await _wire.SendAsync(r, ct).ConfigureAwait(false));
            return await Relisted(volumeId, s => s.Id == scheduleId, answer, ct).ConfigureAwait(false);
        }

        /// <summary>Deletes a schedule entry (202, no body).</summary>
        public Task DeleteSnapshotScheduleAsync(string volumeId, string scheduleId, CancellationToken ct = default) =>
            DeleteConfirmedAsync(c => _wire.SendAsync(FileStorageOperations.DeleteSnapshotSchedule.Request()
                    .WithPath("snapshot_schedule_id", ScpServiceWire.Id(scheduleId, nameof(scheduleId))).WithQuery("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))), c),
                c => ScpBlockingWork.Start(() => ListSnapshotSchedules(volumeId, c).Any(s => s.Id == scheduleId) ? "present" : null, c),
                $"delete of snapshot schedule {scheduleId}", ct);

        private async Task<ScpFileSnapshotSchedule> Relisted(string volumeId, Func<ScpFileSnapshotSchedule, bool> which,
            ScpFileSnapshotSchedule? fallback, CancellationToken ct)
        {
            var listed = await ScpBlockingWork.Start(() => ListSnapshotSchedules(volumeId, ct).FirstOrDefault(which), ct).ConfigureAwait(false);
            return listed ?? fallback ?? throw new FormatException("SCP answered without the schedule, and the volume's schedules do not list it.");
        }

        private static ScpFileSnapshot WithVolume(ScpFileSnapshot s, string volumeId)
        {
            if (string.IsNullOrEmpty(s.VolumeId)) s.VolumeId = volumeId;
            return s;
        }

        private static ScpFileSnapshotSchedule WithVolume(ScpFileSnapshotSchedule s, string volumeId)
        {
            if (string.IsNullOrEmpty(s.VolumeId)) s.VolumeId = volumeId;
            return s;
        }
    }
}

using Newtonsoft.Json;

namespace ScpStorage.Core.FileStorage
{
    /// <summary>
    /// One snapshot schedule entry of a File Storage volume (SnapshotScheduleShow), with the
    /// per-volume retention count and policy flag of the list envelope copied on, and the volume
    /// id stamped from the request. Create and Set answers hold the entry in
    /// <c>snapshot_schedule</c> without its id.
    /// </summary>
    public sealed class ScpFileSnapshotSchedule : ScpResource
    {
        /// <summary>The schedule id (only ListSnapshotSchedule returns it).</summary>
        public string? Id { get; internal set; }
        public string? VolumeId { get; internal set; }
        /// <summary>WEEKLY or DAILY.</summary>
        public string? Frequency { get; internal set; }
        /// <summary>SUN … SAT for WEEKLY schedules, else null.</summary>
        public string? DayOfWeek { get; internal set; }
        /// <summary>Hour of the day, 0–23 (SCP sends it as a string).</summary>
        public int? Hour { get; internal set; }
        /// <summary>Snapshots kept per volume (the volume's setting, shown on each entry).</summary>
        [JsonProperty("snapshot_retention_count")]
        public int? RetentionCount { get; internal set; }
        /// <summary>Whether the volume's snapshot policy is on (list only; SCP may send "true").</summary>
        [JsonProperty("snapshot_policy_enabled")]
        public bool? PolicyEnabled { get; internal set; }

        /// <summary>Create/Set answers: the entry nested in <c>snapshot_schedule</c>.</summary>
        [JsonProperty("snapshot_schedule")]
        private ScpFileSnapshotSchedule? Entry
        {
            set
            {
                if (value == null) return;
                Frequency = value.Frequency; DayOfWeek = value.DayOfWeek; Hour = value.Hour;
                if (value.Id != null) Id = value.Id;
                if (value.AdditionalProperties != null) AdditionalProperties = value.AdditionalProperties;
            }
        }

        public override string ToString() =>
            Frequency + (DayOfWeek == null ? "" : " " + DayOfWeek) + (Hour.HasValue ? $" {Hour:00}:00" : "") + (Id == null ? "" : $" ({Id})");
    }

    /// <summary>ListSnapshotSchedule's envelope (SnapshotScheduleListResponse): per-volume settings and the entries.</summary>
    internal sealed class FileSnapshotScheduleList : ScpResource
    {
        [JsonProperty("snapshot_retention_count")] public int? RetentionCount { get; set; }
        public string? VolumeId { get; set; }
        [JsonProperty("snapshot_policy_enabled")] public bool? PolicyEnabled { get; set; }

        /// <summary>The entries: an array as documented; a single object (the shape of the create answer) is read as one entry.</summary>
        [JsonProperty("snapshot_schedule")]
        public Newtonsoft.Json.Linq.JToken? Schedule { get; set; }

        public System.Collections.Generic.IEnumerable<ScpFileSnapshotSchedule> Entries()
        {
            var items = Schedule is Newtonsoft.Json.Linq.JArray a ? (System.Collections.Generic.IEnumerable<Newtonsoft.Json.Linq.JToken>)a
                : Schedule is Newtonsoft.Json.Linq.JObject o ? new[] { o } : new Newtonsoft.Json.Linq.JToken[0];
            foreach (var item in items)
                if (item is Newtonsoft.Json.Linq.JObject entry && ScpJson.Decode<ScpFileSnapshotSchedule>(entry) is ScpFileSnapshotSchedule s) yield return s;
        }
    }
}

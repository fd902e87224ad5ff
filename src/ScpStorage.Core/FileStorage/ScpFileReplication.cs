using Newtonsoft.Json;

namespace ScpStorage.Core.FileStorage
{
    /// <summary>
    /// A replication (or File Storage's own backup copy) of a volume to another region: list item
    /// (Replication), ShowVolumeReplication, or the create and set answers. The source volume is
    /// the one SCP's child paths take as <c>volume_id</c>, so it is also <see cref="VolumeId"/>.
    /// </summary>
    public sealed class ScpFileReplication : ScpResource
    {
        [JsonProperty("replication_id")]
        public string Id { get; internal set; } = "";
        /// <summary>The replica volume's name (ShowVolumeReplication only).</summary>
        [JsonProperty("replication_volume_name")]
        public string? Name { get; internal set; }
        /// <summary>replication or backup.</summary>
        public string? ReplicationType { get; internal set; }
        /// <summary>5min, hourly, daily, weekly or monthly.</summary>
        [JsonProperty("replication_frequency")]
        public string? Frequency { get; internal set; }
        /// <summary>use or paused (ShowVolumeReplication only).</summary>
        [JsonProperty("replication_policy")]
        public string? Policy { get; internal set; }
        /// <summary>Only <c>creating</c> is documented (Show and create answers).</summary>
        [JsonProperty("replication_status")]
        public string? Status { get; internal set; }
        public int? BackupRetentionCount { get; internal set; }
        public string? Protocol { get; internal set; }
        public string? SourceVolumeId { get; internal set; }
        public string? SourceVolumeName { get; internal set; }
        public string? SourceVolumeRegion { get; internal set; }
        public string? SourceVolumeAccessLevel { get; internal set; }
        public string? ReplicationVolumeId { get; internal set; }
        public string? ReplicationVolumeRegion { get; internal set; }
        public string? ReplicationVolumeAccessLevel { get; internal set; }

        /// <summary>The source volume: replications are read, changed and deleted with it (<c>?volume_id=</c>).</summary>
        [JsonIgnore] public string? VolumeId => SourceVolumeId;

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }
}

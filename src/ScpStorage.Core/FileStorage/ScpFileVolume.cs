using System;
using Newtonsoft.Json;

namespace ScpStorage.Core.FileStorage
{
    /// <summary>
    /// A File Storage volume: list item (Volume), ShowVolume (VolumeShowResponse) or the create
    /// answer (VolumeCreateResponse, which names the id <c>volume_id</c> and the name
    /// <c>volume_name</c>). List items lack the Show-only fields (Path, Usage, ...), so
    /// <see cref="IsDetailed"/> says which one this is. There is no capacity in SCP's API.
    /// </summary>
    public sealed class ScpFileVolume : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        /// <summary>NFS or CIFS.</summary>
        public string? Protocol { get; internal set; }
        /// <summary>Only <c>available</c> is documented; see <see cref="FileStorageStates"/>.</summary>
        public string? State { get; internal set; }
        public string? AccountId { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        public string? TypeId { get; internal set; }
        /// <summary>HDD, SSD or HighPerformanceSSD.</summary>
        public string? TypeName { get; internal set; }
        /// <summary>Why the volume exists, e.g. <c>replication</c> for a replica (values for ordinary volumes are undocumented).</summary>
        public string? Purpose { get; internal set; }
        /// <summary>Mount path, e.g. 10.0.0.5:/fs_1a2b (ShowVolume only).</summary>
        public string? Path { get; internal set; }
        /// <summary>Used capacity (unit undocumented); null when SCP sends "" (ShowVolume only).</summary>
        public long? Usage { get; internal set; }
        public bool? EncryptionEnabled { get; internal set; }
        /// <summary>Whether single files can be recovered (the only settable property).</summary>
        public bool? FileUnitRecoveryEnabled { get; internal set; }
        /// <summary>CIFS account id (CIFS volumes).</summary>
        public string? CifsId { get; internal set; }
        public string? EndpointPath { get; internal set; }
        /// <summary>The snapshot the volume was created from (create answer only).</summary>
        public string? SnapshotId { get; internal set; }

        /// <summary>True when read by ShowVolume (every field present); false for list items and create answers.</summary>
        [JsonIgnore] public bool IsDetailed { get; internal set; }

        [JsonProperty("volume_id")]
        private string? VolumeIdAlias { set { if (Id.Length == 0 && value != null) Id = value; } }

        [JsonProperty("volume_name")]
        private string? VolumeNameAlias { set { if (Name == null) Name = value; } }

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }
}

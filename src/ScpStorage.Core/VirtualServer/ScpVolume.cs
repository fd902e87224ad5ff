using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>A Virtual Server block storage volume (VolumeShowResponse). Wire names: snake_case of each property unless marked.</summary>
    public sealed class ScpVolume : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        /// <summary>OpenStack-style state: creating, available, in-use, extending, error, ... (see <see cref="VirtualServerStates.Volume"/>).</summary>
        public string? State { get; internal set; }
        /// <summary>Size in GB.</summary>
        public int Size { get; internal set; }
        /// <summary>Volume type name, e.g. SSD.</summary>
        public string? VolumeType { get; internal set; }
        public string? VolumeTypeId { get; internal set; }
        public bool Bootable { get; internal set; }
        public bool Encrypted { get; internal set; }
        public bool Multiattach { get; internal set; }
        /// <summary>The snapshot the volume was created from, if any.</summary>
        public string? SnapshotId { get; internal set; }
        public string? UserId { get; internal set; }
        public string? Description { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        public DateTimeOffset? ModifiedAt { get; internal set; }
        /// <summary>Servers the volume is attached to (empty when detached).</summary>
        public ScpList<ScpVolumeAttachment> Servers { get; internal set; } = new ScpList<ScpVolumeAttachment>();
        /// <summary>The image metadata of a volume created from an image (volume_image_metadata), else null.</summary>
        [JsonProperty("volume_image_metadata"), JsonConverter(typeof(ScpPlainDictionaryConverter))]
        public ScpMap<object?>? ImageMetadata { get; internal set; }
        /// <summary>Tags (key → value) when the payload carries them, else null.</summary>
        [JsonConverter(typeof(VsTagsConverter))]
        public ScpMap<string?>? Tags { get; internal set; }

        /// <summary>Some payloads say <c>status</c> instead of <c>state</c>; <c>state</c> wins when both come.</summary>
        [JsonProperty("status")]
        private string? StatusAlias { set { if (State == null) State = value; } }

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }
}

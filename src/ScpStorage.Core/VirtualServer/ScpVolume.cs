using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Config;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>A Virtual Server block storage volume (VolumeShowResponse).</summary>
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
        public ScpVolumeAttachment[] Servers { get; internal set; } = Array.Empty<ScpVolumeAttachment>();
        /// <summary>The image metadata of a volume created from an image (volume_image_metadata), else null.</summary>
        public IDictionary<string, object?>? ImageMetadata { get; internal set; }
        /// <summary>Tags (key → value) when the payload carries them, else null.</summary>
        public IDictionary<string, string?>? Tags { get; internal set; }

        internal static ScpVolume FromJson(JObject o, ScpConnection? c) => new ScpVolume
        {
            Id = VsJson.Str(o, "id") ?? "",
            Name = VsJson.Str(o, "name"),
            State = VsJson.Str(o, "state") ?? VsJson.Str(o, "status"),
            Size = VsJson.Int(o, "size") ?? 0,
            VolumeType = VsJson.Str(o, "volume_type"),
            VolumeTypeId = VsJson.Str(o, "volume_type_id"),
            Bootable = VsJson.Bool(o, "bootable") ?? false,
            Encrypted = VsJson.Bool(o, "encrypted") ?? false,
            Multiattach = VsJson.Bool(o, "multiattach") ?? false,
            SnapshotId = VsJson.Str(o, "snapshot_id"),
            UserId = VsJson.Str(o, "user_id"),
            Description = VsJson.Str(o, "description"),
            CreatedAt = VsJson.Date(o, "created_at"),
            ModifiedAt = VsJson.Date(o, "modified_at"),
            Servers = VsJson.Objects(o, "servers").Select(ScpVolumeAttachment.FromJson).ToArray(),
            ImageMetadata = VsJson.Dict(o, "volume_image_metadata"),
            Tags = VsTags.Read(o["tags"]),
        }.Stamp<ScpVolume>(VirtualServerClient.ServiceName, c);

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }
}

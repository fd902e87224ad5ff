using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Config;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>A snapshot of a Virtual Server volume (SnapshotDetailResponse).</summary>
    public sealed class ScpVolumeSnapshot : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        public string? VolumeId { get; internal set; }
        /// <summary>Read from the payload's <c>status</c> field (snapshots say status, volumes say state).</summary>
        public string? State { get; internal set; }
        /// <summary>Size in GB (the volume's size when the snapshot was taken).</summary>
        public int Size { get; internal set; }
        public string? Description { get; internal set; }
        public string? UserId { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        public DateTimeOffset? UpdatedAt { get; internal set; }
        /// <summary>User metadata given at creation (may be empty).</summary>
        public IDictionary<string, object?>? Metadata { get; internal set; }

        internal static ScpVolumeSnapshot FromJson(JObject o, ScpConnection? c) => new ScpVolumeSnapshot
        {
            Id = VsJson.Str(o, "id") ?? "",
            Name = VsJson.Str(o, "name"),
            VolumeId = VsJson.Str(o, "volume_id"),
            State = VsJson.Str(o, "status") ?? VsJson.Str(o, "state"),
            Size = VsJson.Int(o, "size") ?? 0,
            Description = VsJson.Str(o, "description"),
            UserId = VsJson.Str(o, "user_id"),
            CreatedAt = VsJson.Date(o, "created_at"),
            UpdatedAt = VsJson.Date(o, "updated_at"),
            Metadata = VsJson.Dict(o, "metadata"),
        }.Stamp<ScpVolumeSnapshot>(VirtualServerClient.ServiceName, c);

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }
}

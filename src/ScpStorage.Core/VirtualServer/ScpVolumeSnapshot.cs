using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>A snapshot of a Virtual Server volume (SnapshotDetailResponse).</summary>
    public sealed class ScpVolumeSnapshot : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        public string? VolumeId { get; internal set; }
        /// <summary>Read from the payload's <c>status</c> field (snapshots say status, volumes say state).</summary>
        [JsonProperty("status")]
        public string? State { get; internal set; }
        /// <summary>Size in GB (the volume's size when the snapshot was taken).</summary>
        public int Size { get; internal set; }
        public string? Description { get; internal set; }
        public string? UserId { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        public DateTimeOffset? UpdatedAt { get; internal set; }
        /// <summary>User metadata given at creation (may be empty).</summary>
        [JsonConverter(typeof(ScpPlainDictionaryConverter))]
        public ScpMap<object?>? Metadata { get; internal set; }

        /// <summary>A payload with <c>state</c> instead of <c>status</c>; <c>status</c> wins when both come.</summary>
        [JsonProperty("state")]
        private string? StateAlias { set { if (State == null) State = value; } }

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }
}

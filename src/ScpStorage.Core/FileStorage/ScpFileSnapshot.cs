using Newtonsoft.Json;
using System;

namespace ScpStorage.Core.FileStorage
{
    /// <summary>
    /// A snapshot of a File Storage volume (Snapshot, SnapshotDetail). List items and the restore
    /// answer carry no <c>volume_id</c>; the client stamps <see cref="VolumeId"/> from the request,
    /// because deleting and restoring need it.
    /// </summary>
    public sealed class ScpFileSnapshot : ScpResource
    {
        public string Id { get; internal set; } = "";
        /// <summary>SCP names snapshots itself: <c>&lt;volume&gt;.&lt;date&gt;</c>.</summary>
        public string? Name { get; internal set; }
        public string? State { get; internal set; }
        /// <summary>Size (unit undocumented); null when SCP sends "".</summary>
        public long? Size { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        public string? VolumeId { get; internal set; }

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }
}

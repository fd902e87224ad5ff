using Newtonsoft.Json;

namespace ScpStorage.Core.ArchiveStorage
{
    /// <summary>
    /// An archiving policy: copies objects from an Object Storage bucket into the archive bucket.
    /// One model for the show/create/update answers (nested <c>archiving_source</c>) and the list
    /// item (flat <c>object_path</c>, with the bucket id and source bucket name in the envelope,
    /// stamped by the client). SCP has no operation to delete a policy: it can only be made INACTIVE.
    /// </summary>
    public sealed class ScpArchivingPolicy : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string BucketId { get; internal set; } = "";
        /// <summary>The Object Storage bucket archived from.</summary>
        [JsonIgnore] public string? SourceBucketName { get; internal set; }
        /// <summary>The source path (SCP allows only <c>/</c>).</summary>
        public string? ObjectPath { get; internal set; }
        /// <summary>SCP's "Object LifeCycle" (sent as a string such as "1"; days, presumably: the unit is not documented).</summary>
        public int? ObjectLifecycle { get; internal set; }
        /// <summary>ACTIVE or INACTIVE.</summary>
        public string? State { get; internal set; }

        public override string ToString() => Id;

        // ---- wire shapes ----------------------------------------------------------------------

        [JsonProperty("archiving_source")]
        private WireSource? SourceWire
        {
            set
            {
                if (value == null) return;
                if (value.BucketName != null) SourceBucketName = value.BucketName;
                if (value.ObjectPath != null) ObjectPath = value.ObjectPath;
            }
        }

        private sealed class WireSource
        {
            public string? BucketName { get; set; }
            public string? ObjectPath { get; set; }
        }
    }
}

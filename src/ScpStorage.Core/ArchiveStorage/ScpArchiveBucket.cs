using Newtonsoft.Json;

namespace ScpStorage.Core.ArchiveStorage
{
    /// <summary>
    /// An archive bucket (BucketShowResponse; the list item BucketWithName has only id and name).
    /// Objects reach it only through an archiving policy that copies from an Object Storage bucket.
    /// </summary>
    public sealed class ScpArchiveBucket : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        /// <summary>ACTIVE is the only documented value; null for a bucket read from the list only.</summary>
        public string? State { get; internal set; }
        /// <summary>Usage as SCP reports it (sent as a string such as "10"; the unit is not documented).</summary>
        public long? Usage { get; internal set; }
        /// <summary>The Object Storage bucket its archiving policy copies from; null before a policy exists.</summary>
        [JsonProperty("archiving_source_bucket_name")]
        public string? SourceBucketName { get; internal set; }

        /// <summary>The bucket's own id under the name every other Archive object uses, so a bucket pipes as a BucketId.</summary>
        [JsonIgnore] public string BucketId => Id;

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }

    /// <summary>A bucket's encryption setting (BucketEncryptionResponse: id, enabled).</summary>
    public sealed class ScpArchiveBucketEncryption : ScpResource
    {
        /// <summary>The bucket's id (SCP sends it as <c>id</c>).</summary>
        [JsonProperty("id")]
        public string BucketId { get; internal set; } = "";
        public bool Enabled { get; internal set; }

        public override string ToString() => $"{BucketId}: encryption {(Enabled ? "enabled" : "disabled")}";
    }

    /// <summary>A bucket's versioning setting (BucketVersioningResponse: id, enabled).</summary>
    public sealed class ScpArchiveBucketVersioning : ScpResource
    {
        /// <summary>The bucket's id (SCP sends it as <c>id</c>).</summary>
        [JsonProperty("id")]
        public string BucketId { get; internal set; } = "";
        public bool Enabled { get; internal set; }

        public override string ToString() => $"{BucketId}: versioning {(Enabled ? "enabled" : "disabled")}";
    }
}

using System;
using Newtonsoft.Json;

namespace ScpStorage.Core.ArchiveStorage
{
    /// <summary>An archived object or folder (Object). SCP's payload does not name the bucket: the client stamps <see cref="BucketId"/>.</summary>
    public sealed class ScpArchiveObject : ScpResource
    {
        /// <summary>The archive bucket it is in (from the request, never typed twice).</summary>
        [JsonIgnore] public string BucketId { get; internal set; } = "";
        /// <summary>The full key, e.g. <c>hello/TODO.txt</c>; a folder ends with <c>/</c>.</summary>
        public string ObjectName { get; internal set; } = "";
        /// <summary>FILE or FOLDER.</summary>
        public string? ObjectType { get; internal set; }
        /// <summary>Size as SCP reports it (a string such as "3581"; bytes, presumably).</summary>
        public long? ObjectSize { get; internal set; }
        public DateTimeOffset? ModifiedAt { get; internal set; }

        public override string ToString() => ObjectName;
    }

    /// <summary>One version of an archived object (ObjectVersions); <see cref="BucketId"/> is stamped by the client.</summary>
    public sealed class ScpArchiveObjectVersion : ScpResource
    {
        [JsonIgnore] public string BucketId { get; internal set; } = "";
        /// <summary>The object's key.</summary>
        public string ObjectPath { get; internal set; } = "";
        public string ObjectVersionId { get; internal set; } = "";
        /// <summary>Whether this is the object's current version.</summary>
        public bool Latest { get; internal set; }
        public DateTimeOffset? ModifiedAt { get; internal set; }
        public string? Etag { get; internal set; }
        /// <summary>Size as SCP reports it (a numeric string such as "20").</summary>
        public long? Size { get; internal set; }

        public override string ToString() => $"{ObjectPath} ({ObjectVersionId})";
    }
}

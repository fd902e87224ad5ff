using System;

namespace ScpStorage.Core.ArchiveStorage
{
    /// <summary>
    /// An archiving run (ArchivingHistory; the detail answer adds bucket_id and archiving_infos).
    /// Finished when <see cref="EndAt"/> is set; SUCCESS is the only documented state.
    /// </summary>
    public sealed class ScpArchivingJob : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string BucketId { get; internal set; } = "";
        /// <summary>"Archiving ID" (in SCP's examples the same as the policy id).</summary>
        public string? ArchivingId { get; internal set; }
        public string? ArchivingPolicyId { get; internal set; }
        public string? State { get; internal set; }
        public DateTimeOffset? StartAt { get; internal set; }
        public DateTimeOffset? EndAt { get; internal set; }
        /// <summary>Per source path (detail only; null in listings).</summary>
        public ScpList<ScpArchivingInfo>? ArchivingInfos { get; internal set; }

        public override string ToString() => Id;
    }

    /// <summary>What one source path of an archiving run did (ArchivingInfo).</summary>
    public sealed class ScpArchivingInfo
    {
        public string? SourceObjectPath { get; set; }
        public long? Usage { get; set; }
        public int? TotalObjectCount { get; set; }
        public int? ArchivingObjectCount { get; set; }
        public int? ArchivingRate { get; set; }

        public override string ToString() => $"{SourceObjectPath}: {ArchivingObjectCount}/{TotalObjectCount}";
    }

    /// <summary>
    /// A recovery run that copies archived objects back to an Object Storage bucket
    /// (RecoveryHistory; the detail answer adds bucket_id and recovery_infos).
    /// </summary>
    public sealed class ScpArchiveRecoveryJob : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string BucketId { get; internal set; } = "";
        /// <summary>SCP's recovery id (<c>ARC-…</c>); no documented operation takes it.</summary>
        public string? RecoveryId { get; internal set; }
        public string? State { get; internal set; }
        /// <summary>The Object Storage bucket the objects are copied to.</summary>
        public string? RecoveryTargetBucketName { get; internal set; }
        public DateTimeOffset? StartAt { get; internal set; }
        public DateTimeOffset? EndAt { get; internal set; }
        /// <summary>Per source path (detail only; null in listings).</summary>
        public ScpList<ScpRecoveryInfo>? RecoveryInfos { get; internal set; }

        public override string ToString() => Id;
    }

    /// <summary>What one source path of a recovery did (RecoveryInfo).</summary>
    public sealed class ScpRecoveryInfo
    {
        public string? SourceObjectPath { get; set; }
        public long? Usage { get; set; }
        public int? TotalObjectCount { get; set; }
        public int? RecoveryObjectCount { get; set; }
        public int? RecoveryRate { get; set; }

        public override string ToString() => $"{SourceObjectPath}: {RecoveryObjectCount}/{TotalObjectCount}";
    }

    /// <summary>
    /// The answer to RecoverObjects / RecoverObjectVersions (202): <c>id</c> and the target bucket.
    /// SCP does not say what <c>id</c> names (its example is a bucket id), so the client never
    /// relies on it: the recovery started is found in the bucket's recovery history.
    /// </summary>
    public sealed class ScpArchiveRecoveryStart : ScpResource
    {
        public string? Id { get; internal set; }
        public string? RecoveryTargetBucketName { get; internal set; }
    }

    /// <summary>The answer to CreateBucket (201): only the new bucket's id.</summary>
    public sealed class ScpArchiveBucketCreated : ScpResource
    {
        public string Id { get; internal set; } = "";
    }
}

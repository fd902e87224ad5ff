using System.Collections.Generic;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Core.ArchiveStorage
{
    /// <summary>
    /// The 25 Archive Storage operations (CURRENT 1.1), named exactly as in SCP's reference
    /// (reference/operations.tsv). A test compares this table with that file.
    /// </summary>
    public static class ArchiveStorageOperations
    {
        private static ScpOperation Op(string name, string method, string path) =>
            new ScpOperation(ArchiveStorageClient.ServiceName, name, method, path);

        // Buckets and their settings
        public static readonly ScpOperation ListBuckets = Op("ListBuckets", "GET", "/v1/buckets");
        public static readonly ScpOperation CreateBucket = Op("CreateBucket", "POST", "/v1/buckets");
        public static readonly ScpOperation ShowBucket = Op("ShowBucket", "GET", "/v1/buckets/{bucket_id}");
        public static readonly ScpOperation DeleteBucket = Op("DeleteBucket", "DELETE", "/v1/buckets/{bucket_id}");
        public static readonly ScpOperation ShowBucketEncryption = Op("ShowBucketEncryption", "GET", "/v1/buckets/{bucket_id}/encryption");
        public static readonly ScpOperation SetBucketEncryption = Op("SetBucketEncryption", "PUT", "/v1/buckets/{bucket_id}/encryption");
        public static readonly ScpOperation ShowBucketVersioning = Op("ShowBucketVersioning", "GET", "/v1/buckets/{bucket_id}/versioning");
        public static readonly ScpOperation SetBucketVersioning = Op("SetBucketVersioning", "PUT", "/v1/buckets/{bucket_id}/versioning");

        // Objects and versions
        public static readonly ScpOperation ListBucketObjects = Op("ListBucketObjects", "GET", "/v1/buckets/{bucket_id}/objects");
        public static readonly ScpOperation DeleteBucketObjects = Op("DeleteBucketObjects", "DELETE", "/v1/buckets/{bucket_id}/objects");
        public static readonly ScpOperation ListBucketObjectVersions = Op("ListBucketObjectVersions", "GET", "/v1/buckets/{bucket_id}/object-versions");
        public static readonly ScpOperation DeleteBucketObjectVersions = Op("DeleteBucketObjectVersions", "DELETE", "/v1/buckets/{bucket_id}/object-versions");
        public static readonly ScpOperation RecoverObjects = Op("RecoverObjects", "PUT", "/v1/buckets/{bucket_id}/recover-objects");
        public static readonly ScpOperation RecoverObjectVersions = Op("RecoverObjectVersions", "PUT", "/v1/buckets/{bucket_id}/recover-object-versions");

        // Archiving policies
        public static readonly ScpOperation ListArchivingPolicies = Op("ListArchivingPolicies", "GET", "/v1/archiving-policies");
        public static readonly ScpOperation CreateArchivingPolicy = Op("CreateArchivingPolicy", "POST", "/v1/archiving-policies");
        public static readonly ScpOperation ShowArchivingPolicy = Op("ShowArchivingPolicy", "GET", "/v1/archiving-policies/{archiving_policy_id}");
        public static readonly ScpOperation SetArchivingPolicy = Op("SetArchivingPolicy", "PUT", "/v1/archiving-policies/{archiving_policy_id}");
        public static readonly ScpOperation SetArchivingPolicyState = Op("SetArchivingPolicyState", "PUT", "/v1/archiving-policies/{archiving_policy_id}/state");

        // Archiving and recovery histories
        public static readonly ScpOperation ListArchivingHistories = Op("ListArchivingHistories", "GET", "/v1/archiving-histories");
        public static readonly ScpOperation ShowArchivingHistory = Op("ShowArchivingHistory", "GET", "/v1/archiving-histories/detail");
        public static readonly ScpOperation CancelArchiving = Op("CancelArchiving", "PUT", "/v1/archiving-histories/cancel-archiving");
        public static readonly ScpOperation ListRecoveryHistories = Op("ListRecoveryHistories", "GET", "/v1/recovery-histories");
        public static readonly ScpOperation ShowRecoveryHistory = Op("ShowRecoveryHistory", "GET", "/v1/recovery-histories/detail");
        public static readonly ScpOperation CancelRecovery = Op("CancelRecovery", "PUT", "/v1/recovery-histories/cancel-recovery");

        /// <summary>Every operation above, in declaration order.</summary>
        public static IReadOnlyList<ScpOperation> All { get; } = new[]
        {
            ListBuckets, CreateBucket, ShowBucket, DeleteBucket, ShowBucketEncryption, SetBucketEncryption, ShowBucketVersioning, SetBucketVersioning,
            ListBucketObjects, DeleteBucketObjects, ListBucketObjectVersions, DeleteBucketObjectVersions, RecoverObjects, RecoverObjectVersions,
            ListArchivingPolicies, CreateArchivingPolicy, ShowArchivingPolicy, SetArchivingPolicy, SetArchivingPolicyState,
            ListArchivingHistories, ShowArchivingHistory, CancelArchiving, ListRecoveryHistories, ShowRecoveryHistory, CancelRecovery,
        };
    }
}

using ScpStorage.Core.Threading;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Paging;

namespace ScpStorage.Core.ArchiveStorage
{
    /// <summary>Server-side filters of ListBucketObjects (matching rules are not documented; callers re-check).</summary>
    public sealed class ArchiveObjectFilter
    {
        /// <summary><c>object_path</c>: the folder to list, e.g. <c>/</c> or <c>docs/</c>.</summary>
        public string? ObjectPath { get; set; }
        /// <summary><c>object_name</c>: an object's key.</summary>
        public string? ObjectName { get; set; }
        /// <summary><c>object_type</c>: FILE or FOLDER.</summary>
        public string? ObjectType { get; set; }
    }

    public sealed partial class ArchiveStorageClient
    {
        /// <summary>The page size ListBucketObjects uses when none is given (SCP's default, 200).</summary>
        public const int DefaultObjectPageSize = 200;
        /// <summary>The page size for versions and histories (SCP's default is 20; fewer round trips).</summary>
        public const int DefaultPageSize = 100;

        /// <summary>
        /// Streams a bucket's objects page by page (marker + <c>is_truncated</c>): the next marker is
        /// the answer's <c>marker</c>, else the last key. Each object carries the bucket id.
        /// </summary>
        public IEnumerable<ScpArchiveObject> ListObjects(string bucketId, ArchiveObjectFilter? filter = null, int pageSize = DefaultObjectPageSize,
            int? first = null, CancellationToken ct = default)
        {
            var id = Id(bucketId, nameof(bucketId));
            var r = ArchiveStorageOperations.ListBucketObjects.Request().WithPath("bucket_id", id)
                .WithQuery("object_path", filter?.ObjectPath).WithQuery("object_name", filter?.ObjectName).WithQuery("object_type", filter?.ObjectType);
            return Stream<ScpArchiveObject>(r, ScpPagingStyle.MarkerTruncated, pageSize, first, o => o.ObjectName, o => o.BucketId = id, ct);
        }

        /// <summary>Deletes objects of one bucket in one request (202); a path ending in <c>/</c> is a folder.</summary>
        public Task DeleteObjectsAsync(string bucketId, IEnumerable<string> paths, CancellationToken ct = default)
        {
            var list = (paths ?? throw new ArgumentNullException(nameof(paths))).ToList();
            if (list.Count == 0 || list.Any(string.IsNullOrEmpty)) throw new ArgumentException("At least one non-empty object path is required.", nameof(paths));
            return SendAsync(ArchiveStorageOperations.DeleteBucketObjects.Request().WithPath("bucket_id", Id(bucketId, nameof(bucketId)))
                .WithBody(new JObject { ["paths"] = new JArray(list) }), ct);
        }

        /// <summary>Streams the versions of one object (offset/limit); each carries the bucket id.</summary>
        public IEnumerable<ScpArchiveObjectVersion> ListObjectVersions(string bucketId, string objectPath, int pageSize = DefaultPageSize,
            int? first = null, CancellationToken ct = default)
        {
            var id = Id(bucketId, nameof(bucketId));
            if (string.IsNullOrEmpty(objectPath)) throw new ArgumentException("The object's path is required.", nameof(objectPath));
            var r = ArchiveStorageOperations.ListBucketObjectVersions.Request().WithPath("bucket_id", id).WithQuery("object_path", objectPath);
            return Stream<ScpArchiveObjectVersion>(r, ScpPagingStyle.OffsetLimit, pageSize, first, v => v.ObjectVersionId, v => v.BucketId = id, ct);
        }

        /// <summary>Deletes versions of one object in one request (202). A retry refused with 404 after a lost answer is confirmed by listing.</summary>
        public Task DeleteObjectVersionsAsync(string bucketId, string objectPath, IEnumerable<string> versionIds, CancellationToken ct = default)
        {
            var id = Id(bucketId, nameof(bucketId));
            if (string.IsNullOrEmpty(objectPath)) throw new ArgumentException("The object's path is required.", nameof(objectPath));
            var versions = (versionIds ?? throw new ArgumentNullException(nameof(versionIds))).ToList();
            if (versions.Count == 0 || versions.Any(string.IsNullOrEmpty)) throw new ArgumentException("At least one version id is required.", nameof(versionIds));
            var r = ArchiveStorageOperations.DeleteBucketObjectVersions.Request().WithPath("bucket_id", id)
                .WithBody(new JObject { ["path"] = objectPath, ["versions"] = new JArray(versions) });
            return Reconcile.ScpDoneOnRetry.SendAsync<object?>(_client, async c => { await SendAsync(r, c).ConfigureAwait(false); return null; },
                e => e.Status == 404, async c => (await ScpBlockingWork.Start(() => !ListObjectVersions(id, objectPath, ct: c).Any(v => versions.Contains(v.ObjectVersionId)), c).ConfigureAwait(false), (object?)null),
                $"delete of {versions.Count} version(s) of {objectPath}", ct);
        }

        /// <summary>
        /// Recovers objects of one bucket to an Object Storage bucket (one request for all of them)
        /// and returns the recovery job it started, found in the bucket's recovery history (SCP's
        /// answer does not name it); null when it does not show up there within <paramref name="findFor"/>.
        /// </summary>
        public Task<ScpArchiveRecoveryJob?> RecoverObjectsAsync(string bucketId, string targetBucketName,
            IEnumerable<(string Path, string Type)> objects, bool overwrite, TimeSpan? findFor = null, CancellationToken ct = default)
        {
            var id = Id(bucketId, nameof(bucketId));
            var infos = (objects ?? throw new ArgumentNullException(nameof(objects))).ToList();
            if (infos.Count == 0) throw new ArgumentException("At least one object is required.", nameof(objects));
            foreach (var (path, type) in infos)
            {
                if (string.IsNullOrEmpty(path)) throw new ArgumentException("Every object needs a path.", nameof(objects));
                if (type != "FILE" && type != "FOLDER") throw new ArgumentException($"Object type '{type}' is not FILE or FOLDER.", nameof(objects));
            }
            var body = new JObject
            {
                ["recovery_target_bucket_name"] = Target(targetBucketName),
                ["recovery_infos"] = new JArray(infos.Select(i => new JObject { ["source_object_path"] = i.Path, ["object_type"] = i.Type })),
                ["overwrite"] = overwrite,
            };
            return StartRecoveryAsync(id, targetBucketName, ArchiveStorageOperations.RecoverObjects.Request().WithPath("bucket_id", id).WithBody(body), findFor, ct);
        }

        /// <summary>Recovers one version of one object to an Object Storage bucket; returns the recovery job, as <see cref="RecoverObjectsAsync"/>.</summary>
        public Task<ScpArchiveRecoveryJob?> RecoverObjectVersionAsync(string bucketId, string targetBucketName, string objectPath, string versionId,
            bool overwrite, TimeSpan? findFor = null, CancellationToken ct = default)
        {
            var id = Id(bucketId, nameof(bucketId));
            if (string.IsNullOrEmpty(objectPath)) throw new ArgumentException("The object's path is required.", nameof(objectPath));
            var body = new JObject
            {
                ["recovery_target_bucket_name"] = Target(targetBucketName),
                ["source_object_path"] = objectPath,
                ["source_object_version"] = Id(versionId, nameof(versionId)),
                ["overwrite"] = overwrite,
            };
            return StartRecoveryAsync(id, targetBucketName, ArchiveStorageOperations.RecoverObjectVersions.Request().WithPath("bucket_id", id).WithBody(body), findFor, ct);
        }

        private static string Target(string? name) =>
            string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("The target Object Storage bucket name is required.", nameof(name)) : name!;
    }
}

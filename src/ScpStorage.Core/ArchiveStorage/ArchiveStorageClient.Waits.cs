using ScpStorage.Core.Threading;
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Core.ArchiveStorage
{
    public sealed partial class ArchiveStorageClient
    {
        /// <summary>
        /// Polls an archiving run until SCP sets its end time. SUCCESS returns it; another state
        /// fails the wait with that state's text, unless <paramref name="stopping"/> (a cancel this
        /// caller asked for), when the run is returned as it ended.
        /// </summary>
        public Task<ScpArchivingJob> WaitForArchivingJobAsync(string bucketId, string jobId, bool stopping = false, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync($"Waiting for archiving run {jobId} to end", c => GetArchivingJobAsync(bucketId, jobId, c),
                j => Ended(j.EndAt, j.State, stopping), j => j.State ?? "unknown", options ?? ScpWaitOptions.Default, progress, ct);

        /// <summary>As <see cref="WaitForArchivingJobAsync"/>, for a recovery.</summary>
        public Task<ScpArchiveRecoveryJob> WaitForRecoveryJobAsync(string bucketId, string jobId, bool stopping = false, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync($"Waiting for recovery {jobId} to end", c => GetRecoveryJobAsync(bucketId, jobId, c),
                j => Ended(j.EndAt, j.State, stopping), j => j.State ?? "unknown", options ?? ScpWaitOptions.Default, progress, ct);

        /// <summary>Polls until the bucket is gone (404).</summary>
        public Task WaitForBucketDeletedAsync(string bucketId, ScpWaitOptions? options = null, Action<ScpWaitProgress>? progress = null,
            CancellationToken ct = default) =>
            ScpWaiter.WaitAsync($"Waiting for archive bucket {bucketId} to be deleted", async c =>
                {
                    try { return (await GetBucketAsync(bucketId, c).ConfigureAwait(false)).State ?? "unknown"; }
                    catch (ScpRequestFailedException e) when (e.Status == 404) { return null; }
                },
                s => s == null ? ScpWaitStatus.Succeeded : ScpWaitStatus.Pending, s => s ?? "deleted", options ?? ScpWaitOptions.Default, progress, ct);

        /// <summary>Polls until none of <paramref name="paths"/> is listed any more (a folder path: nothing under it).</summary>
        public Task WaitForObjectsDeletedAsync(string bucketId, string[] paths, ScpWaitOptions? options = null, Action<ScpWaitProgress>? progress = null,
            CancellationToken ct = default) =>
            ScpWaiter.WaitAsync($"Waiting for {paths.Length} object(s) of bucket {bucketId} to be deleted",
                c => ScpBlockingWork.Start(() => paths.Count(p => ListObjects(bucketId, new ArchiveObjectFilter { ObjectName = p }, ct: c)
                    .Any(o => o.ObjectName == p || (p.EndsWith("/", StringComparison.Ordinal) && o.ObjectName.StartsWith(p, StringComparison.Ordinal)))), c),
                left => left == 0 ? ScpWaitStatus.Succeeded : ScpWaitStatus.Pending, left => $"{left} left", options ?? ScpWaitOptions.Default, progress, ct);

        /// <summary>Polls until none of <paramref name="versionIds"/> of the object is listed any more.</summary>
        public Task WaitForVersionsDeletedAsync(string bucketId, string objectPath, string[] versionIds, ScpWaitOptions? options = null,
            Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync($"Waiting for {versionIds.Length} version(s) of {objectPath} to be deleted",
                c => ScpBlockingWork.Start(() => ListObjectVersions(bucketId, objectPath, ct: c).Count(v => versionIds.Contains(v.ObjectVersionId)), c),
                left => left == 0 ? ScpWaitStatus.Succeeded : ScpWaitStatus.Pending, left => $"{left} left", options ?? ScpWaitOptions.Default, progress, ct);

        private static ScpWaitStatus Ended(DateTimeOffset? endAt, string? state, bool stopping)
        {
            if (!ArchiveStorageStates.IsFinished(endAt)) return ScpWaitStatus.Pending;
            return ArchiveStorageStates.IsSuccess(state) || stopping ? ScpWaitStatus.Succeeded : ScpWaitStatus.Failed;
        }
    }
}

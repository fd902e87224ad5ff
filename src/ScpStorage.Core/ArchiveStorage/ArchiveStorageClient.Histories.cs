using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Http;
using ScpStorage.Core.Paging;

namespace ScpStorage.Core.ArchiveStorage
{
    public sealed partial class ArchiveStorageClient
    {
        /// <summary>Streams a bucket's archiving runs that started between <paramref name="from"/> and <paramref name="to"/> (both required by SCP).</summary>
        public IEnumerable<ScpArchivingJob> ListArchivingJobs(string bucketId, DateTimeOffset from, DateTimeOffset to, string? state = null,
            int pageSize = DefaultPageSize, int? first = null, CancellationToken ct = default)
        {
            var r = HistoryQuery(ArchiveStorageOperations.ListArchivingHistories.Request(), bucketId, from, to, state, out var id);
            return Stream<ScpArchivingJob>(r, ScpPagingStyle.OffsetLimit, pageSize, first, j => j.Id, j => j.BucketId = id, ct);
        }

        public async Task<ScpArchivingJob> GetArchivingJobAsync(string bucketId, string jobId, CancellationToken ct = default)
        {
            var job = Decode<ScpArchivingJob>(await SendAsync(ByIdQuery(ArchiveStorageOperations.ShowArchivingHistory.Request(), bucketId, jobId), ct).ConfigureAwait(false));
            if (string.IsNullOrEmpty(job.BucketId)) job.BucketId = bucketId;
            return job;
        }

        /// <summary>Asks SCP to cancel an archiving run (202). A retry refused with 409 after a lost answer is done when the run has ended.</summary>
        public Task CancelArchivingAsync(string bucketId, string jobId, CancellationToken ct = default) =>
            Reconcile.ScpDoneOnRetry.SendAsync<object?>(_client,
                async c => { await SendAsync(ByIdQuery(ArchiveStorageOperations.CancelArchiving.Request(), bucketId, jobId), c).ConfigureAwait(false); return null; },
                e => e.Status == 409, async c => ((await GetArchivingJobAsync(bucketId, jobId, c).ConfigureAwait(false)).EndAt.HasValue, (object?)null),
                $"cancel of archiving run {jobId}", ct);

        /// <summary>Streams a bucket's recoveries that started between <paramref name="from"/> and <paramref name="to"/> (both required by SCP).</summary>
        public IEnumerable<ScpArchiveRecoveryJob> ListRecoveryJobs(string bucketId, DateTimeOffset from, DateTimeOffset to, string? state = null,
            int pageSize = DefaultPageSize, int? first = null, CancellationToken ct = default)
        {
            var r = HistoryQuery(ArchiveStorageOperations.ListRecoveryHistories.Request(), bucketId, from, to, state, out var id);
            return Stream<ScpArchiveRecoveryJob>(r, ScpPagingStyle.OffsetLimit, pageSize, first, j => j.Id, j => j.BucketId = id, ct);
        }

        public async Task<ScpArchiveRecoveryJob> GetRecoveryJobAsync(string bucketId, string jobId, CancellationToken ct = default)
        {
            var job = Decode<ScpArchiveRecoveryJob>(await SendAsync(ByIdQuery(ArchiveStorageOperations.ShowRecoveryHistory.Request(), bucketId, jobId), ct).ConfigureAwait(false));
            if (string.IsNullOrEmpty(job.BucketId)) job.BucketId = bucketId;
            return job;
        }

        /// <summary>Asks SCP to cancel a recovery (202). A retry refused with 409 after a lost answer is done when the recovery has ended.</summary>
        public Task CancelRecoveryAsync(string bucketId, string jobId, CancellationToken ct = default) =>
            Reconcile.ScpDoneOnRetry.SendAsync<object?>(_client,
                async c => { await SendAsync(ByIdQuery(ArchiveStorageOperations.CancelRecovery.Request(), bucketId, jobId), c).ConfigureAwait(false); return null; },
                e => e.Status == 409, async c => ((await GetRecoveryJobAsync(bucketId, jobId, c).ConfigureAwait(false)).EndAt.HasValue, (object?)null),
                $"cancel of recovery {jobId}", ct);

        private static ScpRequest HistoryQuery(ScpRequest r, string bucketId, DateTimeOffset from, DateTimeOffset to, string? state, out string id)
        {
            id = Id(bucketId, nameof(bucketId));
            if (from > to) throw new ArgumentException($"The window starts ({from:u}) after it ends ({to:u}).", nameof(from));
            return r.WithQuery("bucket_id", id).WithQuery("start_at_from", WireDate(from)).WithQuery("start_at_to", WireDate(to)).WithQuery("state", state);
        }

        private static ScpRequest ByIdQuery(ScpRequest r, string bucketId, string jobId) =>
            r.WithQuery("id", Id(jobId, nameof(jobId))).WithQuery("bucket_id", Id(bucketId, nameof(bucketId)));
    }
}

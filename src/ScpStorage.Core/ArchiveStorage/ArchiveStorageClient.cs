using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Config;
using ScpStorage.Core.Http;
using ScpStorage.Core.Paging;

namespace ScpStorage.Core.ArchiveStorage
{
    /// <summary>
    /// Typed Archive Storage operations over one <see cref="ScpClient"/>: buckets and their
    /// settings, objects and versions, recovery, archiving policies and histories, plus waits.
    /// Everything is bucket-scoped, and every model it returns carries its <c>BucketId</c>
    /// (stamped from the request when SCP's payload leaves it out). Three paging styles: buckets
    /// are unpaged, objects page by marker + <c>is_truncated</c>, versions and histories by
    /// offset/limit. Every failure is an <see cref="Errors.ScpRequestFailedException"/>.
    /// </summary>
    public sealed partial class ArchiveStorageClient
    {
        /// <summary>The service name in endpoints and the Scp-Api-Version header.</summary>
        public const string ServiceName = "archivestorage";
        /// <summary>ListBuckets cannot page (only <c>limit</c>, default 20): ask for this many in one request.</summary>
        public const int BucketListLimit = 1000;
        /// <summary>Largest page the client asks for (SCP documents no maximum).</summary>
        public const int MaxPageSize = 1000;

        private readonly ScpClient _client;

        public ArchiveStorageClient(ScpClient client) { _client = client ?? throw new ArgumentNullException(nameof(client)); }

        public ScpConnection Connection => _client.Connection;

        // ---- Buckets -------------------------------------------------------------------------

        /// <summary>
        /// Lists buckets in one request (the operation cannot page; a Warning says when the answer
        /// fills the limit). The list item has only id and name; <paramref name="details"/> reads
        /// each bucket (ShowBucket) so state, usage and source come out too.
        /// </summary>
        public IEnumerable<ScpArchiveBucket> ListBuckets(string? name = null, int? first = null, bool details = true, CancellationToken ct = default)
        {
            var spec = new ScpPageSpec(ScpPagingStyle.Unpaged, "buckets", BucketListLimit, first);
            var listed = ScpPager.Stream<ScpArchiveBucket>(_client, ArchiveStorageOperations.ListBuckets.Request().WithQuery("name", name), spec, b => b.Id, ct)
                .Select(b => b.Stamp<ScpArchiveBucket>(ServiceName, Connection));
            return details ? listed.Select(b => GetBucketAsync(b.Id, ct).GetAwaiter().GetResult()) : listed;
        }

        public async Task<ScpArchiveBucket> GetBucketAsync(string bucketId, CancellationToken ct = default) =>
            Decode<ScpArchiveBucket>(await SendAsync(ArchiveStorageOperations.ShowBucket.Request().WithPath("bucket_id", Id(bucketId, nameof(bucketId))), ct).ConfigureAwait(false));

        /// <summary>Creates a bucket (201 with only its id) and reads it back.</summary>
        public async Task<ScpArchiveBucket> CreateBucketAsync(string name, IDictionary<string, string?>? tags = null, CancellationToken ct = default)
        {
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A bucket needs a name.", nameof(name));
            var body = new JObject { ["name"] = name };
            if (tags != null && tags.Count > 0)
                body["tags"] = new JArray(tags.Select(t => new JObject { ["key"] = t.Key, ["value"] = t.Value }));
            var id = await Reconcile.ScpCreates.SendAsync(_client, ArchiveStorageOperations.CreateBucket.Request().WithBody(body),
                r => Decode<ScpArchiveBucketCreated>(r).Id, BucketLookup(name), ct).ConfigureAwait(false);
            return await GetBucketAsync(id, ct).ConfigureAwait(false);
        }

        /// <summary>Starts deleting a bucket (202, no body).</summary>
        public Task DeleteBucketAsync(string bucketId, CancellationToken ct = default) =>
            Reconcile.ScpDoneOnRetry.SendAsync<object?>(_client,
                async c => { await SendAsync(ArchiveStorageOperations.DeleteBucket.Request().WithPath("bucket_id", Id(bucketId, nameof(bucketId))), c).ConfigureAwait(false); return null; },
                e => e.Status == 404, c => ConfirmBucketGone(bucketId, c), $"delete of archive bucket {bucketId}", ct);

        public async Task<ScpArchiveBucketEncryption> GetBucketEncryptionAsync(string bucketId, CancellationToken ct = default) =>
            Decode<ScpArchiveBucketEncryption>(await SendAsync(ArchiveStorageOperations.ShowBucketEncryption.Request().WithPath("bucket_id", Id(bucketId, nameof(bucketId))), ct).ConfigureAwait(false));

        /// <summary>Turns a bucket's encryption on or off (200 with the setting; a repeated PUT is answered normally).</summary>
        public async Task<ScpArchiveBucketEncryption> SetBucketEncryptionAsync(string bucketId, bool enabled, CancellationToken ct = default) =>
            Decode<ScpArchiveBucketEncryption>(await SendAsync(ArchiveStorageOperations.SetBucketEncryption.Request().WithPath("bucket_id", Id(bucketId, nameof(bucketId)))
                .WithBody(new JObject { ["enabled"] = enabled }), ct).ConfigureAwait(false));

        public async Task<ScpArchiveBucketVersioning> GetBucketVersioningAsync(string bucketId, CancellationToken ct = default) =>
            Decode<ScpArchiveBucketVersioning>(await SendAsync(ArchiveStorageOperations.ShowBucketVersioning.Request().WithPath("bucket_id", Id(bucketId, nameof(bucketId))), ct).ConfigureAwait(false));

        public async Task<ScpArchiveBucketVersioning> SetBucketVersioningAsync(string bucketId, bool enabled, CancellationToken ct = default) =>
            Decode<ScpArchiveBucketVersioning>(await SendAsync(ArchiveStorageOperations.SetBucketVersioning.Request().WithPath("bucket_id", Id(bucketId, nameof(bucketId)))
                .WithBody(new JObject { ["enabled"] = enabled }), ct).ConfigureAwait(false));

        // ---- Shared plumbing -----------------------------------------------------------------

        private Task<ScpResponse> SendAsync(ScpRequest request, CancellationToken ct) => _client.SendAsync(request, ct);

        /// <summary>One model from a single answer's body, decoded by the shared serializer and stamped with where it came from.</summary>
        private T Decode<T>(ScpResponse response) where T : ScpResource => ScpServiceCalls.DecodeBody<T>(_client, ServiceName, response);

        /// <summary>Streams a paged list of one bucket, stamping each item with the bucket (SCP's items do not carry it); pages are read one at a time, no read-ahead.</summary>
        private IEnumerable<T> Stream<T>(ScpRequest request, ScpPagingStyle style, int pageSize, int? first, Func<T, string?> keyOf,
            Action<T> stampBucket, CancellationToken ct) where T : ScpResource =>
            ScpServiceCalls.Stream(_client, ServiceName, request, style, "contents", pageSize, MaxPageSize, first, keyOf, ct, stampBucket, readAhead: false);

        /// <summary>History bounds as SCP's date-time: UTC with <c>Z</c> (no <c>+</c> that a form decoder could read as a space).</summary>
        internal static string WireDate(DateTimeOffset value) =>
            value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        private static string Id(string? value, string parameter) => ScpServiceCalls.Id(value, parameter);
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage
{
    /// <summary>
    /// The Archive Storage kind the shared bases target: buckets (read by id, listed with an exact
    /// name filter). Everything else in the service is bucket-scoped and carries its BucketId, so
    /// those cmdlets bind -BucketId by property name instead.
    /// </summary>
    internal static class ArchiveStorageKinds
    {
        public static readonly ResourceKind<ArchiveStorageClient, ScpArchiveBucket> Bucket = new ResourceKind<ArchiveStorageClient, ScpArchiveBucket>(
            "archive bucket", "BucketId", (c, id, ct) => c.GetBucketAsync(id, ct),
            (c, name, ct) => c.ListBuckets(name, null, details: true, ct), b => b.Id, b => b.Name,
            completer: new Completion.ArchiveBucketCompleter());
    }
}

namespace ScpStorage.Completion
{
    /// <summary>Completes archive bucket names and ids (-Name, -Id, -BucketId).</summary>
    public sealed class ArchiveBucketCompleter : ResourceCompleter<ArchiveStorageClient>
    {
        protected override string Kind => "archive-bucket";
        protected override IEnumerable<(string Name, string Id)> Fetch(ArchiveStorageClient client, int max, CancellationToken ct) =>
            client.ListBuckets(null, max, details: false, ct).Select(b => (b.Name ?? "", b.Id));
    }
}

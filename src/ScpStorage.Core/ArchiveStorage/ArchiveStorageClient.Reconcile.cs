using ScpStorage.Core.Threading;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Http;
using ScpStorage.Core.Reconcile;

namespace ScpStorage.Core.ArchiveStorage
{
    /// <summary>
    /// Lost answers (see docs/design.md, "Lost answers"): creates are found again by what they
    /// asked for, and a recovery (a PUT that starts work) is found in the recovery history, so a
    /// retried request never reports a false failure or starts a second recovery unnoticed.
    /// </summary>
    public sealed partial class ArchiveStorageClient
    {
        /// <summary>How far back a recovery's start may be stamped by SCP's clock and still be ours.</summary>
        private static readonly TimeSpan StartSkew = TimeSpan.FromMinutes(2);

        /// <summary>Buckets with that exact name (SCP gives buckets no creation time, so every match counts as new).</summary>
        private ScpCreateLookup<string> BucketLookup(string name) =>
            new ScpCreateLookup<string>($"archive bucket '{name}'", $"Get-ScpArchiveBucket -Name '{name}'",
                async ct => await ScpBlockingWork.Start(() => (IReadOnlyList<string>)ListBuckets(name, details: false, ct: ct)
                    .Where(b => b.Name == name).Select(b => b.Id).ToList(), ct).ConfigureAwait(false),
                id => id, id => null);

        /// <summary>A bucket archives from one source: the policy of this bucket with that source bucket is ours.</summary>
        private ScpCreateLookup<ScpArchivingPolicy> PolicyLookup(string bucketId, string source) =>
            new ScpCreateLookup<ScpArchivingPolicy>($"archiving policy of bucket {bucketId} from '{source}'", $"Get-ScpArchivingPolicy -BucketId '{bucketId}'",
                async ct => await ScpBlockingWork.Start(() => (IReadOnlyList<ScpArchivingPolicy>)ListPolicies(bucketId, ct)
                    .Where(p => p.SourceBucketName == source).ToList(), ct).ConfigureAwait(false),
                p => p.Id, p => null);

        private async Task<(bool, object?)> ConfirmBucketGone(string bucketId, CancellationToken ct)
        {
            try { await GetBucketAsync(bucketId, ct).ConfigureAwait(false); return (false, null); }
            catch (ScpRequestFailedException e) when (e.Status == 404) { return (true, null); }
        }

        /// <summary>
        /// Sends a Recover* request and finds the recovery it started: a history of this bucket to
        /// this target that was not there before. A retry refused with 409 after a lost answer is
        /// our own earlier attempt when such a history exists.
        /// </summary>
        private async Task<ScpArchiveRecoveryJob?> StartRecoveryAsync(string bucketId, string target, ScpRequest request, TimeSpan? findFor, CancellationToken ct)
        {
            var since = DateTimeOffset.UtcNow - StartSkew;
            var before = new HashSet<string>(await ScpBlockingWork.Start(() => ListRecoveryJobs(bucketId, since, DateTimeOffset.UtcNow + StartSkew, ct: ct)
                .Select(j => j.Id).ToList(), ct).ConfigureAwait(false));
            Func<CancellationToken, Task<ScpArchiveRecoveryJob?>> findNew = c => ScpBlockingWork.Start<ScpArchiveRecoveryJob?>(() => ListRecoveryJobs(bucketId, since, DateTimeOffset.UtcNow + StartSkew, ct: c)
                .FirstOrDefault(j => !before.Contains(j.Id) && string.Equals(j.RecoveryTargetBucketName, target, StringComparison.Ordinal)), c);

            await ScpDoneOnRetry.SendAsync<object?>(_client, async c => { await SendAsync(request, c).ConfigureAwait(false); return null; },
                e => e.Status == 409, async c => (await findNew(c).ConfigureAwait(false) != null, (object?)null),
                $"recovery from bucket {bucketId} to '{target}'", ct).ConfigureAwait(false);

            // SCP's answer does not name the recovery: look for it in the history for a while.
            var limit = findFor ?? TimeSpan.FromSeconds(30);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var delay = TimeSpan.FromMilliseconds(200);
            while (true)
            {
                if (await findNew(ct).ConfigureAwait(false) is ScpArchiveRecoveryJob job) return job;
                if (watch.Elapsed + delay > limit) return null;
                await Task.Delay(delay, ct).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ArchiveStorage.Jobs
{
    /// <summary>
    /// What the job cmdlets need of one archive job kind (archiving runs, recoveries): SCP keeps
    /// both as a bucket's history with the same calls, so Get- and Stop- are written once
    /// (<see cref="ArchiveJobGetCmdlet{TJob}"/>, <see cref="ArchiveJobStopCmdlet{TJob}"/>) and a
    /// kind is one row of <see cref="ArchiveJobKinds"/>.
    /// </summary>
    internal sealed class ArchiveJobKind<TJob> where TJob : class
    {
        public delegate IEnumerable<TJob> Lister(ArchiveStorageClient c, string bucketId, DateTimeOffset from, DateTimeOffset to,
            string? state, int pageSize, int? first, CancellationToken ct);

        public ArchiveJobKind(string noun, Lister list, Func<ArchiveStorageClient, string, string, CancellationToken, Task<TJob>> read,
            Func<ArchiveStorageClient, string, string, CancellationToken, Task> cancel,
            Func<ArchiveStorageClient, string, string, ScpWorkContext, Task<TJob>> waitEnded, Func<TJob, string> id)
        {
            Noun = noun; List = list; Read = read; Cancel = cancel; WaitEnded = waitEnded; IdOf = id;
        }

        /// <summary>The words for one job in messages, e.g. "archiving job".</summary>
        public string Noun { get; }
        /// <summary>The bucket's jobs in a time window, streamed page by page.</summary>
        public Lister List { get; }
        /// <summary>One job in detail.</summary>
        public Func<ArchiveStorageClient, string, string, CancellationToken, Task<TJob>> Read { get; }
        /// <summary>Asks SCP to stop a running job.</summary>
        public Func<ArchiveStorageClient, string, string, CancellationToken, Task> Cancel { get; }
        /// <summary>Waits until a stopped job has ended (-Wait of Stop-).</summary>
        public Func<ArchiveStorageClient, string, string, ScpWorkContext, Task<TJob>> WaitEnded { get; }
        public Func<TJob, string> IdOf { get; }
    }

    /// <summary>The two archive job kinds.</summary>
    internal static class ArchiveJobKinds
    {
        public static readonly ArchiveJobKind<ScpArchivingJob> Archiving = new ArchiveJobKind<ScpArchivingJob>("archiving job",
            (c, bucketId, from, to, state, pageSize, first, ct) => c.ListArchivingJobs(bucketId, from, to, state, pageSize, first, ct),
            (c, bucketId, id, ct) => c.GetArchivingJobAsync(bucketId, id, ct),
            (c, bucketId, id, ct) => c.CancelArchivingAsync(bucketId, id, ct),
            (c, bucketId, id, ctx) => c.WaitForArchivingJobAsync(bucketId, id, stopping: true, ctx.Wait, ctx.Progress, ctx.CancellationToken),
            j => j.Id);

        public static readonly ArchiveJobKind<ScpArchiveRecoveryJob> Recovery = new ArchiveJobKind<ScpArchiveRecoveryJob>("recovery job",
            (c, bucketId, from, to, state, pageSize, first, ct) => c.ListRecoveryJobs(bucketId, from, to, state, pageSize, first, ct),
            (c, bucketId, id, ct) => c.GetRecoveryJobAsync(bucketId, id, ct),
            (c, bucketId, id, ct) => c.CancelRecoveryAsync(bucketId, id, ct),
            (c, bucketId, id, ctx) => c.WaitForRecoveryJobAsync(bucketId, id, stopping: true, ctx.Wait, ctx.Progress, ctx.CancellationToken),
            j => j.Id);
    }
}

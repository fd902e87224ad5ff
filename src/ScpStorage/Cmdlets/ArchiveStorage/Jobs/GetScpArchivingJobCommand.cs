using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Jobs
{
    /// <summary>Lists a bucket's archiving runs (SCP's archiving history) in a time window, or reads runs by -Id.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpArchivingJob")]
    [OutputType(typeof(ScpArchivingJob))]
    public sealed class GetScpArchivingJobCommand : ArchiveJobGetCmdlet<ScpArchivingJob>
    {
        private protected override string Noun => "archiving job";
        private protected override IEnumerable<ScpArchivingJob> List(ArchiveStorageClient c, string bucketId, DateTimeOffset from, DateTimeOffset to, string? state, int pageSize, int? first, CancellationToken ct) =>
            c.ListArchivingJobs(bucketId, from, to, state, pageSize, first, ct);
        private protected override Task<ScpArchivingJob> Read(ArchiveStorageClient c, string bucketId, string id, CancellationToken ct) => c.GetArchivingJobAsync(bucketId, id, ct);
        private protected override string IdOf(ScpArchivingJob job) => job.Id;
    }
}

using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Jobs
{
    /// <summary>Lists a bucket's recoveries to Object Storage (SCP's recovery history) in a time window, or reads them by -Id.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpArchiveRecoveryJob")]
    [OutputType(typeof(ScpArchiveRecoveryJob))]
    public sealed class GetScpArchiveRecoveryJobCommand : ArchiveJobGetCmdlet<ScpArchiveRecoveryJob>
    {
        private protected override string Noun => "recovery job";
        private protected override IEnumerable<ScpArchiveRecoveryJob> List(ArchiveStorageClient c, string bucketId, DateTimeOffset from, DateTimeOffset to, string? state, int pageSize, int? first, CancellationToken ct) =>
            c.ListRecoveryJobs(bucketId, from, to, state, pageSize, first, ct);
        private protected override Task<ScpArchiveRecoveryJob> Read(ArchiveStorageClient c, string bucketId, string id, CancellationToken ct) => c.GetRecoveryJobAsync(bucketId, id, ct);
        private protected override string IdOf(ScpArchiveRecoveryJob job) => job.Id;
    }
}

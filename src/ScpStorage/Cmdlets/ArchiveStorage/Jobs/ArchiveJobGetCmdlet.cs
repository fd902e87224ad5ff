using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Jobs
{
    /// <summary>
    /// The shape of Get-ScpArchivingJob and Get-ScpArchiveRecoveryJob: a bucket's history in a time
    /// window (SCP requires both bounds: -After defaults to seven days before -Before, which
    /// defaults to now), streamed page by page; -Id reads single jobs in detail.
    /// </summary>
    public abstract class ArchiveJobGetCmdlet<TJob> : ArchiveReadCmdlet where TJob : class
    {
        /// <summary>Job ids (EXE-…) to read in detail; without it, the bucket's jobs in the window.</summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        /// <summary>Jobs that started at or after this time (default: seven days before -Before).</summary>
        [Parameter]
        public DateTime? After { get; set; }

        /// <summary>Jobs that started at or before this time (default: now).</summary>
        [Parameter]
        public DateTime? Before { get; set; }

        /// <summary>Only jobs in this state, e.g. SUCCESS (sent to SCP as is).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? State { get; set; }

        /// <summary>Read each listed job in detail (with its per-path counts).</summary>
        [Parameter]
        public SwitchParameter Detailed { get; set; }

        /// <summary>Stop after this many jobs.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? First { get; set; }

        /// <summary>Jobs fetched per request (1–1000).</summary>
        [Parameter]
        [ValidateRange(1, ArchiveStorageClient.MaxPageSize)]
        public int PageSize { get; set; } = ArchiveStorageClient.DefaultPageSize;

        /// <summary>The job kind this cmdlet lists: one row of <see cref="ArchiveJobKinds"/>.</summary>
        internal abstract ArchiveJobKind<TJob> Job { get; }

        protected override void ProcessRecord()
        {
            var archive = Archive;
            var bucketId = BucketId;
            if (Id != null)
            {
                foreach (var id in Id) ReadOne(archive, bucketId, id);
                return;
            }
            DateTimeOffset from, to;
            try { (from, to) = ArchiveWindow.Of(After, Before); }
            catch (PSArgumentException e) { WriteError(Errors.ScpErrorRecords.InvalidArgument(e.Message, After)); return; }
            var job = Job;
            var listed = job.List(archive, bucketId, from, to, State, PageSize, First, CancelToken);
            var detailed = Detailed.IsPresent;
            RunListing(output =>
            {
                foreach (var listedJob in listed)
                    output.Object(detailed ? job.Read(archive, bucketId, job.IdOf(listedJob), CancelToken).GetAwaiter().GetResult() : listedJob);
            }, bucketId);
        }

        private void ReadOne(ArchiveStorageClient archive, string bucketId, string id)
        {
            try { WriteObject(InvokeCall(ct => Job.Read(archive, bucketId, id, ct))); }
            catch (Core.Errors.ScpRequestFailedException e) when (e.Status == 404) { WriteError(Errors.ScpErrorRecords.NotFound(Job.Noun, id, ArchiveStorageClient.ServiceName)); }
            catch (Core.Errors.ScpRequestFailedException e) { WriteScpError(e, id); }
        }
    }
}

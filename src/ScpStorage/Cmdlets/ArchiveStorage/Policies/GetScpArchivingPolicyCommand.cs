using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Policies
{
    /// <summary>Lists the archiving policies of a bucket (piped buckets bind by BucketId), or reads one by -Id.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpArchivingPolicy")]
    [OutputType(typeof(ScpArchivingPolicy))]
    public sealed class GetScpArchivingPolicyCommand : ArchiveReadCmdlet
    {
        /// <summary>Policy ids to read (SCH-…); without it, every policy of the bucket.</summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        protected override void ProcessRecord()
        {
            var archive = Archive;
            var bucketId = BucketId;
            if (Id == null)
            {
                RunListing(output => { foreach (var p in archive.ListPolicies(bucketId, CancelToken)) output.Object(p); }, bucketId);
                return;
            }
            foreach (var id in Id)
            {
                try { WriteObject(InvokeCall(ct => archive.GetPolicyAsync(bucketId, id, ct))); }
                catch (Core.Errors.ScpRequestFailedException e) when (e.Status == 404) { WriteError(Errors.ScpErrorRecords.NotFound("archiving policy", id, ArchiveStorageClient.ServiceName)); }
                catch (Core.Errors.ScpRequestFailedException e) { WriteScpError(e, id); }
            }
        }
    }
}

using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Buckets
{
    /// <summary>Shows whether an archive bucket keeps versions of archived objects.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpArchiveBucketVersioning")]
    [OutputType(typeof(ScpArchiveBucketVersioning))]
    public sealed class GetScpArchiveBucketVersioningCommand : ArchiveReadCmdlet
    {
        protected override void ProcessRecord()
        {
            var archive = Archive;
            var id = BucketId;
            try { WriteObject(InvokeCall(ct => archive.GetBucketVersioningAsync(id, ct))); }
            catch (Core.Errors.ScpRequestFailedException e) { WriteScpError(e, id); }
        }
    }
}

using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Buckets
{
    /// <summary>Shows whether an archive bucket is encrypted.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpArchiveBucketEncryption")]
    [OutputType(typeof(ScpArchiveBucketEncryption))]
    public sealed class GetScpArchiveBucketEncryptionCommand : ArchiveReadCmdlet
    {
        protected override void ProcessRecord()
        {
            var archive = Archive;
            var id = BucketId;
            try { WriteObject(InvokeCall(ct => archive.GetBucketEncryptionAsync(id, ct))); }
            catch (Core.Errors.ScpRequestFailedException e) { WriteScpError(e, id); }
        }
    }
}

using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Buckets
{
    /// <summary>Turns an archive bucket's encryption on or off; turning it off asks for confirmation unless -Force.</summary>
    [Cmdlet(VerbsCommon.Set, "ScpArchiveBucketEncryption", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ScpArchiveBucketEncryption))]
    public sealed class SetScpArchiveBucketEncryptionCommand : ArchiveSettingCmdlet
    {
        private protected override string Setting => "encryption";
        private protected override Func<ArchiveStorageClient, string, bool, CancellationToken, Task<ScpResource>> Apply =>
            async (c, id, on, ct) => await c.SetBucketEncryptionAsync(id, on, ct).ConfigureAwait(false);
    }
}

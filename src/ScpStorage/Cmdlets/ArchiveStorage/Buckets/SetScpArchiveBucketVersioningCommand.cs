using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Buckets
{
    /// <summary>Turns versioning of an archive bucket on or off: with it on, archiving an existing key adds a version instead of replacing it.</summary>
    [Cmdlet(VerbsCommon.Set, "ScpArchiveBucketVersioning", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ScpArchiveBucketVersioning))]
    public sealed class SetScpArchiveBucketVersioningCommand : ArchiveSettingCmdlet
    {
        private protected override string Setting => "versioning";
        private protected override Func<ArchiveStorageClient, string, bool, CancellationToken, Task<ScpResource>> Apply =>
            async (c, id, on, ct) => await c.SetBucketVersioningAsync(id, on, ct).ConfigureAwait(false);
    }
}

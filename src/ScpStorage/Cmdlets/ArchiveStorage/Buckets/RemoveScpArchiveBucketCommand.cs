using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ArchiveStorage.Buckets
{
    /// <summary>
    /// Deletes archive buckets. Asks for confirmation unless -Force (what is archived is gone for
    /// good); -Wait returns once each bucket is gone. SCP refuses (409) a bucket that still holds
    /// something (the emulator: objects, an ACTIVE policy or a running job).
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpArchiveBucket", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpArchiveBucketCommand : ScpTargetCmdlet<ArchiveStorageClient, ScpArchiveBucket>
    {
        internal override ResourceKind<ArchiveStorageClient, ScpArchiveBucket> Kind => ArchiveStorageKinds.Bucket;

        /// <summary>Ids of the buckets to delete; -BucketId is accepted as an alias.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById)]
        [Alias("BucketId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var bucket in Targets())
            {
                if (!ShouldProcess(bucket.ToString(), "Remove archive bucket", Force)) continue;
                var id = bucket.Id;
                Run(new ScpWorkItem($"Remove archive bucket {bucket}", bucket, async ctx =>
                {
                    var archive = new ArchiveStorageClient(ctx.Client);
                    await archive.DeleteBucketAsync(id, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) await archive.WaitForBucketDeletedAsync(id, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                }, ConnectionFor(bucket)));
            }
        }
    }
}

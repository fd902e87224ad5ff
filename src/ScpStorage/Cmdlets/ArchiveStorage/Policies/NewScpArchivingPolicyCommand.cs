using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ArchiveStorage.Policies
{
    /// <summary>
    /// Creates an archiving policy: objects of an Object Storage bucket older than
    /// -ObjectLifecycle (days, presumably: SCP does not document the unit) are archived into the
    /// bucket. SCP allows only / as the source path; the policy starts ACTIVE. There is no delete:
    /// Disable-ScpArchivingPolicy stops it.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ScpArchivingPolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ScpArchivingPolicy))]
    public sealed class NewScpArchivingPolicyCommand : ScpJobCmdlet
    {
        /// <summary>The archive bucket (bound from a piped bucket's BucketId).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ArchiveBucketCompleter))]
        public string BucketId { get; set; } = "";

        /// <summary>The Object Storage bucket to archive from.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string SourceBucketName { get; set; } = "";

        /// <summary>SCP's "Object LifeCycle": a whole number of at least 1 (days, presumably).</summary>
        [Parameter(Mandatory = true)]
        [ValidateRange(1, 36500)]
        public int ObjectLifecycle { get; set; }

        /// <summary>The source path; SCP allows only / (the default).</summary>
        [Parameter]
        [ValidateSet("/")]
        public string ObjectPath { get; set; } = "/";

        protected override void ProcessRecord()
        {
            var (bucketId, source, days, path) = (BucketId, SourceBucketName, ObjectLifecycle, ObjectPath);
            if (!ShouldProcess($"archive bucket {bucketId}", $"Create archiving policy from '{source}' after {days} day(s)")) return;
            Run(new ScpWorkItem($"Create archiving policy of bucket {bucketId}", bucketId, async ctx =>
                ctx.Output.Object(await new ArchiveStorageClient(ctx.Client).CreatePolicyAsync(bucketId, source, days, path, ctx.CancellationToken).ConfigureAwait(false))));
        }
    }
}

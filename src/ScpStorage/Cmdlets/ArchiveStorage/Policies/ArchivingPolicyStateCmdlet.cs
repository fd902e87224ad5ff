using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ArchiveStorage.Policies
{
    /// <summary>
    /// Enable- and Disable-ScpArchivingPolicy: sets each targeted policy's state (SCP's
    /// SetArchivingPolicyState) and returns the policy as it is now. The two differ only in the
    /// state they set.
    /// </summary>
    public abstract class ArchivingPolicyStateCmdlet : ArchivingPolicyTargetCmdlet
    {
        /// <summary>True: ACTIVE; false: INACTIVE.</summary>
        private protected abstract bool Active { get; }

        protected override void ProcessRecord()
        {
            var active = Active;
            var state = active ? "ACTIVE" : "INACTIVE";
            foreach (var p in Targets())
            {
                if (!ShouldProcess($"archiving policy {p.Id} of bucket {p.BucketId}", "Set state " + state)) continue;
                var (bucketId, id) = (p.BucketId, p.Id);
                Run(new ScpWorkItem($"Set archiving policy {id} {state}", p, async ctx =>
                    ctx.Output.Object(await new ArchiveStorageClient(ctx.Client).SetPolicyStateAsync(bucketId, id, active, ctx.CancellationToken).ConfigureAwait(false)),
                    ConnectionFor(p)));
            }
        }
    }
}

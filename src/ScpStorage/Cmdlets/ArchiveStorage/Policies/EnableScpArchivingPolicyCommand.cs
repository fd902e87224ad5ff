using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ArchiveStorage.Policies
{
    /// <summary>Sets archiving policies ACTIVE (SCP's SetArchivingPolicyState) and returns them as they are now.</summary>
    [Cmdlet(VerbsLifecycle.Enable, "ScpArchivingPolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpArchivingPolicy))]
    public sealed class EnableScpArchivingPolicyCommand : ArchivingPolicyTargetCmdlet
    {
        protected override void ProcessRecord()
        {
            foreach (var p in Targets())
            {
                if (!ShouldProcess($"archiving policy {p.Id} of bucket {p.BucketId}", "Set state ACTIVE")) continue;
                var (bucketId, id) = (p.BucketId, p.Id);
                Run(new ScpWorkItem($"Set archiving policy {id} ACTIVE", p, async ctx =>
                    ctx.Output.Object(await new ArchiveStorageClient(ctx.Client).SetPolicyStateAsync(bucketId, id, true, ctx.CancellationToken).ConfigureAwait(false)),
                    ConnectionFor(p)));
            }
        }
    }
}

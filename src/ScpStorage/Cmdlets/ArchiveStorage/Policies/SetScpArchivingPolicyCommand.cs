using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ArchiveStorage.Policies
{
    /// <summary>Changes an archiving policy's object lifecycle (the only setting SCP lets change).</summary>
    [Cmdlet(VerbsCommon.Set, "ScpArchivingPolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpArchivingPolicy))]
    public sealed class SetScpArchivingPolicyCommand : ArchivingPolicyTargetCmdlet
    {
        /// <summary>The new "Object LifeCycle": a whole number of at least 1 (days, presumably).</summary>
        [Parameter(Mandatory = true)]
        [ValidateRange(1, 36500)]
        public int ObjectLifecycle { get; set; }

        protected override void ProcessRecord()
        {
            var days = ObjectLifecycle;
            foreach (var p in Targets())
            {
                if (!ShouldProcess($"archiving policy {p.Id} of bucket {p.BucketId}", $"Set object lifecycle to {days}")) continue;
                var (bucketId, id) = (p.BucketId, p.Id);
                Run(new ScpWorkItem($"Set archiving policy {id}", p, async ctx =>
                    ctx.Output.Object(await new ArchiveStorageClient(ctx.Client).SetPolicyAsync(bucketId, id, days, ctx.CancellationToken).ConfigureAwait(false)),
                    ConnectionFor(p)));
            }
        }
    }
}

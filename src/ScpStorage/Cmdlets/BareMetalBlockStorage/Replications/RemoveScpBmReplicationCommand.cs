using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Replications
{
    /// <summary>Ends the replication of a volume or volume group (Delete Volume / Volume Group Replication); -Wait until the source no longer reports one.</summary>
    [Cmdlet(VerbsCommon.Remove, "ScpBmReplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpBmReplicationCommand : BmSourceCmdlet
    {
        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!(Source() is BmSource source) || !ShouldProcess("replication of " + source.Display, "Remove replication", Force)) return;
            var (kind, id) = (source.Kind, source.Id);
            Run(new ScpWorkItem("Remove replication of " + source.Display, source.From ?? (object)id, async ctx =>
            {
                var bm = new BareMetalBlockStorageClient(ctx.Client);
                await bm.DeleteReplicationAsync(kind, id, ctx.CancellationToken).ConfigureAwait(false);
                if (ctx.Wait != null) await bm.WaitForReplicationDeletedAsync(kind, id, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
            }, source.From == null ? null : ConnectionFor(source.From)));
        }
    }
}

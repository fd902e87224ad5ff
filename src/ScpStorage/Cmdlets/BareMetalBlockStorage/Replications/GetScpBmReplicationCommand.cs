using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Replications
{
    /// <summary>
    /// Reads the replication of volumes or volume groups (Show Volume / Volume Group Replication);
    /// the piped object's type picks which. -Wait waits until SCP reports a sync state.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpBmReplication", DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBmReplication))]
    public sealed class GetScpBmReplicationCommand : BmSourceCmdlet
    {
        protected override void ProcessRecord()
        {
            if (!(Source() is BmSource source)) return;
            var (kind, id) = (source.Kind, source.Id);
            Run(new ScpWorkItem("Read replication of " + source.Display, source.From ?? (object)id, async ctx =>
            {
                var bm = new BareMetalBlockStorageClient(ctx.Client);
                ctx.Output.Object(ctx.Wait != null
                    ? await bm.WaitForReplicationAsync(kind, id, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                    : await bm.GetReplicationAsync(kind, id, ctx.CancellationToken).ConfigureAwait(false));
            }, source.From == null ? null : ConnectionFor(source.From)));
        }
    }
}

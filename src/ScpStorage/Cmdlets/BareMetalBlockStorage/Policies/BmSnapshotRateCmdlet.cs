using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Policies
{
    /// <summary>
    /// New-, Set- and Remove-ScpBmSnapshotRate: a volume's snapshot rate (POST/PUT/DELETE
    /// …/snapshot-rates). SCP does not define the rate; the cmdlets pass the number as given.
    /// </summary>
    public abstract class BmSnapshotRateCmdlet : BmSourceCmdlet
    {
        internal override bool TakesGroups => false;
        internal abstract string Action { get; }
        internal abstract Task<ScpBmSnapshotRate> Send(BareMetalBlockStorageClient bm, string volumeId, CancellationToken ct);

        protected override void ProcessRecord()
        {
            if (!(Source() is BmSource source) || !ShouldProcess(source.Display, Action)) return;
            var id = source.Id;
            Run(new ScpWorkItem($"{Action} of {source.Display}", source.From ?? (object)id, async ctx =>
                ctx.Output.Object(await Send(new BareMetalBlockStorageClient(ctx.Client), id, ctx.CancellationToken).ConfigureAwait(false)),
                source.From == null ? null : ConnectionFor(source.From)));
        }
    }
}

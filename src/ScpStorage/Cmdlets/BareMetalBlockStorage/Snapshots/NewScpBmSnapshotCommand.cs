using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Snapshots
{
    /// <summary>Takes a snapshot of bare metal volumes now (Create Volume Snapshot, 200; SCP names it, snapshots have no state).</summary>
    [Cmdlet(VerbsCommon.New, "ScpBmSnapshot", SupportsShouldProcess = true, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBmSnapshot))]
    public sealed class NewScpBmSnapshotCommand : BmSourceCmdlet
    {
        internal override bool TakesGroups => false;

        protected override void ProcessRecord()
        {
            if (!(Source() is BmSource source) || !ShouldProcess(source.Display, "Create snapshot")) return;
            var id = source.Id;
            Run(new ScpWorkItem("Snapshot " + source.Display, source.From ?? (object)id, async ctx =>
                ctx.Output.Object(await new BareMetalBlockStorageClient(ctx.Client).CreateSnapshotAsync(id, ctx.CancellationToken).ConfigureAwait(false)),
                source.From == null ? null : ConnectionFor(source.From)));
        }
    }
}

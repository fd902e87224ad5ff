using System.Management.Automation;
using ScpStorage.Core.ParallelFileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ParallelFileStorage
{
    /// <summary>Takes a snapshot of Parallel File Storage volumes (CreateSnapshot; SCP names it). -Wait returns it once the volume lists it as available.</summary>
    [Cmdlet(VerbsCommon.New, "ScpPfsSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = ByVolume)]
    [OutputType(typeof(ScpPfsSnapshot))]
    public sealed class NewScpPfsSnapshotCommand : PfsChildCmdlet
    {
        protected override void ProcessRecord()
        {
            foreach (var volume in Volumes())
            {
                if (!ShouldProcess(volume.ToString(), "Create parallel file snapshot")) continue;
                var volumeId = volume.Id;
                Run(new ScpWorkItem($"New snapshot of parallel file volume {volume}", volume, async ctx =>
                {
                    var pfs = new ParallelFileStorageClient(ctx.Client);
                    var snapshot = await pfs.CreateSnapshotAsync(volumeId, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) snapshot = await pfs.WaitForSnapshotAsync(volumeId, snapshot.Id, snapshot.Name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                    ctx.Output.Object(snapshot);
                }, ConnectionFor(volume)));
            }
        }
    }
}

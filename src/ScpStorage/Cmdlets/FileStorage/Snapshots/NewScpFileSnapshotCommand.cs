using System.Management.Automation;
using ScpStorage.Core.FileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.FileStorage.Snapshots
{
    /// <summary>
    /// Takes a snapshot of File Storage volumes (CreateSnapshot; SCP names it
    /// &lt;volume&gt;.&lt;date&gt;). Returns SCP's answer, or with -Wait the snapshot once the volume
    /// lists it as available.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ScpFileSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = ByVolume)]
    [OutputType(typeof(ScpFileSnapshot))]
    public sealed class NewScpFileSnapshotCommand : FileChildCmdlet
    {
        protected override void ProcessRecord()
        {
            foreach (var volume in Volumes())
            {
                if (!ShouldProcess(volume.ToString(), "Create file snapshot")) continue;
                var volumeId = volume.Id;
                Run(new ScpWorkItem($"New snapshot of file volume {volume}", volume, async ctx =>
                {
                    var fs = new FileStorageClient(ctx.Client);
                    var snapshot = await fs.CreateSnapshotAsync(volumeId, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null)
                        snapshot = await fs.WaitForSnapshotAsync(volumeId, snapshot.Id, snapshot.Name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                    ctx.Output.Object(snapshot);
                }, ConnectionFor(volume)));
            }
        }
    }
}

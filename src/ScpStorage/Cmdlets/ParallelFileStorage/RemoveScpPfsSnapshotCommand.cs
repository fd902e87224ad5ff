using System.Management.Automation;
using System.Threading.Tasks;
using ScpStorage.Cmdlets.FileStorage.Snapshots;
using ScpStorage.Core.ParallelFileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ParallelFileStorage
{
    /// <summary>Deletes Parallel File Storage snapshots (DeleteSnapshot): piped, or -VolumeId with -Id. Asks unless -Force or -Confirm:$false.</summary>
    [Cmdlet(VerbsCommon.Remove, "ScpPfsSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpPfsSnapshotCommand : FileSnapshotRemoveCmdlet<ScpPfsSnapshot>
    {
        /// <summary>The volume the snapshots belong to.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.PfsVolumeCompleter))]
        public string VolumeId { get; set; } = "";

        protected override string VolumeIdParameter => VolumeId;
        protected override (string? VolumeId, string Id, string? Name) Describe(ScpPfsSnapshot s) => (s.VolumeId, s.Id, s.Name);
        protected override string Kind => "parallel file";

        protected override async Task DeleteAsync(ScpWorkContext ctx, string volumeId, string id, string? name)
        {
            var client = new ParallelFileStorageClient(ctx.Client);
            await client.DeleteSnapshotAsync(volumeId, id, ctx.CancellationToken).ConfigureAwait(false);
            if (ctx.Wait != null) await client.WaitForSnapshotDeletedAsync(volumeId, id, name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
        }
    }
}

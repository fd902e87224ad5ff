using System.Management.Automation;
using System.Threading.Tasks;
using ScpStorage.Core.FileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.FileStorage.Snapshots
{
    /// <summary>
    /// Deletes File Storage snapshots (DeleteSnapshot): piped from Get-ScpFileSnapshot, or by
    /// -VolumeId and -Id (SCP needs both). Asks for confirmation unless -Force or
    /// -Confirm:$false; -Wait returns once the volume no longer lists each snapshot.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpFileSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpFileSnapshotCommand : FileSnapshotRemoveCmdlet<ScpFileSnapshot>
    {
        /// <summary>The volume the snapshots belong to.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.FileVolumeCompleter))]
        public string VolumeId { get; set; } = "";

        protected override string VolumeIdParameter => VolumeId;
        protected override (string? VolumeId, string Id, string? Name) Describe(ScpFileSnapshot s) => (s.VolumeId, s.Id, s.Name);
        protected override string Kind => "file";

        protected override async Task DeleteAsync(ScpWorkContext ctx, string volumeId, string id, string? name)
        {
            var client = new FileStorageClient(ctx.Client);
            await client.DeleteSnapshotAsync(volumeId, id, ctx.CancellationToken).ConfigureAwait(false);
            if (ctx.Wait != null) await client.WaitForSnapshotDeletedAsync(volumeId, id, name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
        }
    }
}

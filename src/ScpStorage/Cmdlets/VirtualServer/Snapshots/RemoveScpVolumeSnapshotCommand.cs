using System;
using System.Management.Automation;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Snapshots
{
    /// <summary>
    /// Deletes Virtual Server volume snapshots. Asks for confirmation unless -Force or
    /// -Confirm:$false, because a deleted snapshot is a restore point gone for good; -Wait
    /// returns once each snapshot is gone.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpVolumeSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = SnapshotTarget.ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpVolumeSnapshotCommand : ScpWaitCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = SnapshotTarget.ById, ValueFromPipelineByPropertyName = true)]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.SnapshotCompleter))]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Snapshot names; wildcards allowed (every match is removed, each confirmed).</summary>
        [Parameter(Mandatory = true, ParameterSetName = SnapshotTarget.ByName)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.SnapshotCompleter))]
        public string[] Name { get; set; } = Array.Empty<string>();

        [Parameter(Mandatory = true, ParameterSetName = SnapshotTarget.ByObject, ValueFromPipeline = true)]
        public ScpVolumeSnapshot[] InputObject { get; set; } = Array.Empty<ScpVolumeSnapshot>();

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var snapshot in SnapshotTarget.Resolve(this, ParameterSetName, Id, Name, InputObject))
            {
                if (!ShouldProcess(snapshot.ToString(), "Remove snapshot", Force)) continue;
                var (id, name) = (snapshot.Id, snapshot.Name);
                Run(new ScpWorkItem($"Remove snapshot {snapshot}", snapshot, async ctx =>
                {
                    var vs = new VirtualServerClient(ctx.Client);
                    await vs.DeleteSnapshotAsync(id, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null)
                        await vs.WaitForSnapshotDeletedAsync(id, ctx.Wait, ctx.Progress, ctx.CancellationToken, name).ConfigureAwait(false);
                }, ConnectionFor(snapshot)));
            }
        }
    }
}

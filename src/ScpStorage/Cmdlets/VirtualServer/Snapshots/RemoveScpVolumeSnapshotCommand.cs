using System;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Snapshots
{
    /// <summary>
    /// Deletes Virtual Server volume snapshots. Asks for confirmation unless -Force or
    /// -Confirm:$false, because a deleted snapshot is a restore point gone for good; -Wait
    /// returns once each snapshot is gone.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpVolumeSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpVolumeSnapshotCommand : ScpTargetCmdlet<VirtualServerClient, ScpVolumeSnapshot>
    {
        internal override ResourceKind<VirtualServerClient, ScpVolumeSnapshot> Kind => VirtualServerKinds.Snapshot;

        /// <summary>Ids to act on; -SnapshotId is the spelling scripts used before the shared base (an alias only, nothing binds by property name).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById)]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var snapshot in Targets())
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

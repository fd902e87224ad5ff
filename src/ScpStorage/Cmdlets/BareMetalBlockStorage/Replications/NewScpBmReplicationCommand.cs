using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Replications
{
    /// <summary>
    /// Starts replicating a volume or volume group to a region (Create Volume / Volume Group
    /// Replication, 202). -Wait returns once SCP reports a sync state.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ScpBmReplication", SupportsShouldProcess = true, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBmReplication))]
    public sealed class NewScpBmReplicationCommand : BmSourceCmdlet
    {
        /// <summary>Name of the replica.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        /// <summary>Target region, e.g. kr-east1.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.RegionCompleter))]
        public string TargetRegion { get; set; } = "";

        /// <summary>How often the replica is synchronized.</summary>
        [Parameter(Mandatory = true)]
        [ValidateSet("5MIN", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", IgnoreCase = true)]
        public string Cycle { get; set; } = "";

        /// <summary>Name prefix of the replica volumes (required by SCP for a volume group).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? VolumeNamePrefix { get; set; }

        protected override void ProcessRecord()
        {
            if (!(Source() is BmSource source)) return;
            if (source.Kind == ScpBmTargetKind.VolumeGroup && VolumeNamePrefix == null)
            {
                WriteError(Errors.ScpErrorRecords.InvalidArgument($"Replicating {source.Display} needs -VolumeNamePrefix (the replica volumes' name prefix).", source.From ?? (object)source.Id));
                return;
            }
            if (!ShouldProcess(source.Display, $"Replicate to {TargetRegion} as {Name} ({Cycle})")) return;
            var (kind, id, name, region, cycle, prefix) = (source.Kind, source.Id, Name, TargetRegion, Cycle.ToUpperInvariant(), VolumeNamePrefix);
            Run(new ScpWorkItem("Replicate " + source.Display, source.From ?? (object)id, async ctx =>
            {
                var bm = new BareMetalBlockStorageClient(ctx.Client);
                await bm.CreateReplicationAsync(kind, id, name, region, cycle, prefix, ctx.CancellationToken).ConfigureAwait(false);
                ctx.Output.Object(ctx.Wait != null
                    ? await bm.WaitForReplicationAsync(kind, id, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                    : await bm.GetReplicationAsync(kind, id, ctx.CancellationToken).ConfigureAwait(false));
            }, source.From == null ? null : ConnectionFor(source.From)));
        }
    }
}

using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Replications
{
    /// <summary>
    /// Changes a replication's cycle (Set … Replication Cycle) and/or applies a policy, RESYNC or
    /// BREAK (Set … Replication Policy); with both, the cycle first. Outputs the replication re-read.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ScpBmReplication", SupportsShouldProcess = true, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBmReplication))]
    public sealed class SetScpBmReplicationCommand : BmSourceCmdlet
    {
        [Parameter]
        [ValidateSet("5MIN", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", IgnoreCase = true)]
        public string? Cycle { get; set; }

        /// <summary>RESYNC or BREAK.</summary>
        [Parameter]
        [ValidateSet("RESYNC", "BREAK", IgnoreCase = true)]
        public string? Policy { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (Cycle == null && Policy == null)
                ThrowTerminatingError(Errors.ScpErrorRecords.InvalidArgument("Give -Cycle, -Policy or both.", null));
        }

        protected override void ProcessRecord()
        {
            if (!(Source() is BmSource source)) return;
            var what = string.Join(" and ", new[] { Cycle == null ? null : "cycle " + Cycle.ToUpperInvariant(), Policy == null ? null : "policy " + Policy.ToUpperInvariant() }
                .Where(w => w != null));
            if (!ShouldProcess("replication of " + source.Display, "Set " + what)) return;
            var (kind, id, cycle, policy) = (source.Kind, source.Id, Cycle?.ToUpperInvariant(), Policy?.ToUpperInvariant());
            Run(new ScpWorkItem("Change replication of " + source.Display, source.From ?? (object)id, async ctx =>
            {
                var bm = new BareMetalBlockStorageClient(ctx.Client);
                if (cycle != null) await bm.SetReplicationCycleAsync(kind, id, cycle, ctx.CancellationToken).ConfigureAwait(false);
                if (policy != null) await bm.SetReplicationPolicyAsync(kind, id, policy, ctx.CancellationToken).ConfigureAwait(false);
                ctx.Output.Object(await bm.GetReplicationAsync(kind, id, ctx.CancellationToken).ConfigureAwait(false));
            }, source.From == null ? null : ConnectionFor(source.From)));
        }
    }
}

using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.ParallelFileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ParallelFileStorage
{
    /// <summary>
    /// Stops GPU nodes from mounting a Parallel File Storage volume (SetAccessRule: the nodes in
    /// remove_access_rules): rules piped from Get-ScpPfsAccessRule, or -Volume/-VolumeId with
    /// -ObjectId. Asks unless -Force or -Confirm:$false; -Wait returns once the nodes are gone.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpPfsAccessRule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpPfsAccessRuleCommand : ScpWaitCmdlet
    {
        private const string ByObject = "ByObject";
        private const string ByVolume = "ByVolume";

        /// <summary>Rules from Get-ScpPfsAccessRule.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true, Position = 0)]
        public ScpPfsAccessRule[] InputObject { get; set; } = Array.Empty<ScpPfsAccessRule>();

        /// <summary>The volume: an ScpPfsVolume, a volume id or name, or an object with a VolumeId.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByVolume, Position = 0)]
        [ValidateNotNull]
        public PSObject Volume { get; set; } = null!;

        /// <summary>Ids of the GPU nodes to shut out.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByVolume)]
        [ValidateNotNullOrEmpty]
        public string[] ObjectId { get; set; } = Array.Empty<string>();

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var targets = InputObject.Where(r => r != null).Select(r => (r.VolumeId ?? "", r.ObjectId ?? "", (object)r, ConnectionFor(r)));
            if (ParameterSetName == ByVolume)
            {
                var volumes = Shared.ResourceTargets.Piped(this, ParallelFileStorageKinds.Volume, Volume).ToList();
                targets = volumes.SelectMany(v => ObjectId.Select(id => (v.Id, id, (object)v, ConnectionFor(v))));
            }
            foreach (var (volumeId, node, target, connection) in targets)
            {
                if (volumeId.Length == 0 || node.Length == 0)
                {
                    WriteError(Errors.ScpErrorRecords.InvalidArgument("The rule does not name its volume and node; read it with Get-ScpPfsAccessRule.", target));
                    continue;
                }
                if (!ShouldProcess($"parallel file volume {volumeId}", $"Stop GPU node {node} from mounting the volume", Force)) continue;
                Run(new ScpWorkItem($"Remove GPU node {node} from parallel file volume {volumeId}", target, async ctx =>
                {
                    var pfs = new ParallelFileStorageClient(ctx.Client);
                    await pfs.SetAccessRulesAsync(volumeId, Array.Empty<string>(), new[] { node }, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) await pfs.WaitForAccessRuleAsync(volumeId, node, present: false, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                }, connection));
            }
        }
    }
}

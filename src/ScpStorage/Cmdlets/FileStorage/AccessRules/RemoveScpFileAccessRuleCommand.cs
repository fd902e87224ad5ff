using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.FileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.FileStorage.AccessRules
{
    /// <summary>
    /// Stops objects from mounting a File Storage volume (SetAccessRule, action remove): rules
    /// piped from Get-ScpFileAccessRule, or -Volume with -ObjectType and -ObjectId. Asks for
    /// confirmation unless -Force or -Confirm:$false; -Wait returns once the volume no longer lists the rule.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpFileAccessRule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpFileAccessRuleCommand : ScpWaitCmdlet
    {
        private const string ByObject = "ByObject";
        private const string ByObjectId = "ByObjectId";

        /// <summary>Rules from Get-ScpFileAccessRule.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true, Position = 0)]
        public ScpFileAccessRule[] InputObject { get; set; } = Array.Empty<ScpFileAccessRule>();

        /// <summary>The volume: an ScpFileVolume, a volume id or name, or an object with a VolumeId.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObjectId, Position = 0)]
        [ValidateNotNull]
        public PSObject Volume { get; set; } = null!;

        /// <summary>VM, BM, GPU, GPU_NODE or ENDPOINT.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObjectId)]
        [ValidateSet("VM", "BM", "GPU", "GPU_NODE", "ENDPOINT")]
        public string ObjectType { get; set; } = "";

        /// <summary>Ids of the objects to shut out.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObjectId)]
        [ValidateNotNullOrEmpty]
        public string[] ObjectId { get; set; } = Array.Empty<string>();

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var rules = InputObject.Where(r => r != null).Select(r => (r.VolumeId ?? "", r.ObjectType ?? "", r.ObjectId ?? "", (object)r, ConnectionFor(r)));
            if (ParameterSetName == ByObjectId)
            {
                var volume = FileVolumes.One(this, Volume);
                if (volume == null) return;
                rules = ObjectId.Select(id => (volume.Id, ObjectType, id, (object)volume, ConnectionFor(volume)));
            }
            foreach (var (volumeId, type, id, target, connection) in rules)
            {
                if (volumeId.Length == 0 || type.Length == 0 || id.Length == 0)
                {
                    WriteError(Errors.ScpErrorRecords.InvalidArgument("The rule does not name its volume, object type and object id; read it with Get-ScpFileAccessRule.", target));
                    continue;
                }
                if (!ShouldProcess($"file volume {volumeId}", $"Stop {type} {id} from mounting the file volume", Force)) continue;
                Run(new ScpWorkItem($"Remove access rule for {type} {id} from file volume {volumeId}", target, async ctx =>
                {
                    var fs = new FileStorageClient(ctx.Client);
                    await fs.SetAccessRuleAsync(volumeId, type, id, add: false, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) await fs.WaitForAccessRuleAsync(volumeId, type, id, present: false, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                }, connection));
            }
        }
    }
}

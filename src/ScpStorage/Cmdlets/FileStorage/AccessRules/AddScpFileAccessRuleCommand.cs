using ScpStorage.Core.Threading;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.FileStorage;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.FileStorage.AccessRules
{
    /// <summary>
    /// Lets objects mount a File Storage volume (SetAccessRule, action add): objects by type and
    /// id, or Virtual Server servers piped from Get-ScpServer (object type VM). Returns the rule
    /// as the volume lists it, or with -Wait once it is active.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "ScpFileAccessRule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByObjectId)]
    [OutputType(typeof(ScpFileAccessRule))]
    public sealed class AddScpFileAccessRuleCommand : ScpWaitCmdlet
    {
        private const string ByObjectId = "ByObjectId";
        private const string ByServer = "ByServer";

        /// <summary>The volume: an ScpFileVolume, a volume id or name, or an object with a VolumeId. Piped in the ByObjectId set.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObjectId, ValueFromPipeline = true, Position = 0)]
        [Parameter(Mandatory = true, ParameterSetName = ByServer, Position = 0)]
        [ValidateNotNull]
        public PSObject Volume { get; set; } = null!;

        /// <summary>VM, BM, GPU, GPU_NODE or ENDPOINT.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObjectId)]
        [ValidateSet("VM", "BM", "GPU", "GPU_NODE", "ENDPOINT")]
        public string ObjectType { get; set; } = "";

        /// <summary>Ids of the objects to let in.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObjectId)]
        [ValidateNotNullOrEmpty]
        public string[] ObjectId { get; set; } = Array.Empty<string>();

        /// <summary>Virtual Server servers (from Get-ScpServer) to let in, as VM objects.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByServer, ValueFromPipeline = true)]
        public ScpServer[] Server { get; set; } = Array.Empty<ScpServer>();

        private ScpFileVolume? _volume;

        protected override void ProcessRecord()
        {
            // In the ByServer set the volume is bound once; read it once, not per piped server.
            var volume = ParameterSetName == ByServer && _volume != null ? _volume : FileVolumes.One(this, Volume);
            if (volume == null) return;
            _volume = volume;
            IEnumerable<(string Type, string Id, string Text)> objects = ParameterSetName == ByServer
                ? Server.Where(s => s != null).Select(s => ("VM", s.Id, $"VM {s}"))
                : ObjectId.Select(id => (ObjectType, id, $"{ObjectType} {id}"));
            foreach (var (type, id, text) in objects)
            {
                if (!ShouldProcess(volume.ToString(), $"Let {text} mount the file volume")) continue;
                var volumeId = volume.Id;
                Run(new ScpWorkItem($"Add access rule for {text} to file volume {volume}", volume, async ctx =>
                {
                    var fs = new FileStorageClient(ctx.Client);
                    var answer = await fs.SetAccessRuleAsync(volumeId, type, id, add: true, ctx.CancellationToken).ConfigureAwait(false);
                    var rule = ctx.Wait != null
                        ? await fs.WaitForAccessRuleAsync(volumeId, type, id, present: true, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                        : await ScpBlockingWork.Start(() => fs.ListAccessRules(volumeId, ctx.CancellationToken)
                            .FirstOrDefault(a => FileStorageClient.Same(a, type, id)), ctx.CancellationToken).ConfigureAwait(false);
                    ctx.Output.Object((object?)rule ?? answer!);
                }, ConnectionFor(volume)));
            }
        }
    }
}

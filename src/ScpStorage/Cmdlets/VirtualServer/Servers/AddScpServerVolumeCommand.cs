using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Servers
{
    /// <summary>
    /// Attaches existing volumes to a server, from the server side (so a device path can be
    /// chosen). Volumes come from the pipeline or by id; the server by id, exact name or object.
    /// Returns the attachment; with -Wait, once the volume is in-use.
    /// </summary>
    // The default set takes the piped object: PowerShell binds pipeline input to a candidate default
    // set first, and a default id set would refuse a piped object that lacks the id property.
    [Cmdlet(VerbsCommon.Add, "ScpServerVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium,
        DefaultParameterSetName = VolumeServerName)]
    [OutputType(typeof(ScpServerVolume))]
    public sealed class AddScpServerVolumeCommand : ScpWaitCmdlet
    {
        // One set per (volume given as, server given as) pair, so exactly one of each is bound.
        private const string VolumeServerId = "VolumeServerId";
        private const string VolumeServerName = "VolumeServerName";
        private const string VolumeServer = "VolumeServer";
        private const string VolumeIdServerId = "VolumeIdServerId";
        private const string VolumeIdServerName = "VolumeIdServerName";
        private const string VolumeIdServer = "VolumeIdServer";

        [Parameter(Mandatory = true, ParameterSetName = VolumeServerId, ValueFromPipelineByPropertyName = true)]
        [Parameter(Mandatory = true, ParameterSetName = VolumeIdServerId, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ServerCompleter))]
        public string ServerId { get; set; } = "";

        /// <summary>The exact name of one server (no wildcards: an attachment needs exactly one).</summary>
        [Parameter(Mandatory = true, ParameterSetName = VolumeServerName)]
        [Parameter(Mandatory = true, ParameterSetName = VolumeIdServerName)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ServerCompleter))]
        public string ServerName { get; set; } = "";

        /// <summary>
        /// A server from Get-ScpServer; piped when the volume is given by id, bound by the shared
        /// rule (a server, a server id string, or an object's ServerId).
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = VolumeServer)]
        [Parameter(Mandatory = true, ParameterSetName = VolumeIdServer, ValueFromPipeline = true)]
        public PSObject Server { get; set; } = null!;

        /// <summary>
        /// The volume, bound by the shared rule: a volume from Get-ScpVolume or New-ScpVolume, a
        /// volume id string, or an object that refers to a volume (VolumeId) — never its own Id.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = VolumeServerId, ValueFromPipeline = true)]
        [Parameter(Mandatory = true, ParameterSetName = VolumeServerName, ValueFromPipeline = true)]
        [Parameter(Mandatory = true, ParameterSetName = VolumeServer, ValueFromPipeline = true)]
        [Alias("InputObject")]
        public PSObject Volume { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = VolumeIdServerId)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = VolumeIdServerName)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = VolumeIdServer)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.VolumeCompleter))]
        public string VolumeId { get; set; } = "";

        /// <summary>Delete the volume when the server is deleted (SCP's default is to keep it).</summary>
        [Parameter]
        public SwitchParameter DeleteOnTermination { get; set; }

        /// <summary>Device path on the server, e.g. /dev/vdc; SCP picks the next free one when left out.</summary>
        [Parameter]
        [ValidateDevicePath]
        public string? Device { get; set; }

        // -ServerName and -ServerId stay the same for every piped volume: look the server up once.
        private readonly Dictionary<string, ScpServer?> _servers = new Dictionary<string, ScpServer?>();

        protected override void ProcessRecord()
        {
            var server = ResolveServer();
            if (server == null) return;
            var volumes = Volume == null ? new[] { ServerTarget.VolumeById(this, VolumeId) }.Where(v => v != null).Select(v => v!)
                : ResourceTargets.Piped(this, VirtualServerKinds.Volume, Volume, takesNames: false);
            foreach (var volume in volumes) Attach(server, volume);
        }

        private void Attach(ScpServer server, ScpVolume volume)
        {
            var action = Device == null ? $"Attach volume {volume}" : $"Attach volume {volume} as {Device}";
            if (!ShouldProcess(server.ToString(), action)) return;
            var (serverId, deleteOnTermination, device) = (server.Id, DeleteOnTermination.IsPresent ? true : (bool?)null, Device);
            Run(new ScpWorkItem($"Attach volume {volume} to {server}", volume, async ctx =>
            {
                var vs = new VirtualServerClient(ctx.Client);
                var attachment = await vs.CreateServerVolumeAsync(serverId, volume.Id, deleteOnTermination, device, ctx.CancellationToken).ConfigureAwait(false);
                if (ctx.Wait != null)
                {
                    await vs.WaitForVolumeAsync(volume, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                    // Read back: the device is final only once the volume is in-use.
                    attachment = await vs.GetServerVolumeAsync(serverId, volume.Id, ctx.CancellationToken).ConfigureAwait(false);
                }
                ctx.Output.Object(attachment);
            }, ConnectionFor(Server == null ? volume : server)));
        }

        private ScpServer? ResolveServer()
        {
            if (Server != null)
            {
                var piped = ResourceTargets.Piped(this, VirtualServerKinds.Server, Server, takesNames: false).ToList();
                return piped.Count == 1 ? piped[0] : null;
            }
            var key = ServerName.Length > 0 ? "name:" + ServerName : "id:" + ServerId;
            if (_servers.TryGetValue(key, out var known)) return known;
            // A failed lookup is remembered too, so its error is written once, not once per volume.
            return _servers[key] = ServerName.Length > 0 ? ServerTarget.ByName(this, ServerName) : ServerTarget.ById(this, ServerId);
        }
    }
}

using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.Errors;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Volumes
{
    /// <summary>
    /// Attaches Virtual Server volumes to a server (Attach Volume), the server given by id or by
    /// exact name. Returns the volume as it is right after the request (attaching), or with -Wait
    /// once it is in use by the server.
    /// </summary>
    [Cmdlet(VerbsData.Mount, "ScpVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByObjectAndServerId)]
    [OutputType(typeof(ScpVolume))]
    public sealed class MountScpVolumeCommand : ScpWaitCmdlet
    {
        private const string ByIdAndServerId = "ByIdAndServerId";
        private const string ByIdAndServerName = "ByIdAndServerName";
        private const string ByNameAndServerId = "ByNameAndServerId";
        private const string ByNameAndServerName = "ByNameAndServerName";
        private const string ByObjectAndServerId = "ByObjectAndServerId";
        private const string ByObjectAndServerName = "ByObjectAndServerName";

        private readonly ServerLookup _servers = new ServerLookup();

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdAndServerId)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdAndServerName)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.VolumeCompleter))]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Volume names; wildcards allowed (every match is attached).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByNameAndServerId)]
        [Parameter(Mandatory = true, ParameterSetName = ByNameAndServerName)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.VolumeCompleter))]
        public string[] Name { get; set; } = Array.Empty<string>();

        /// <summary>Piped input, bound by the shared rule: volumes, id or name strings, or objects that refer to one (VolumeId).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObjectAndServerId, ValueFromPipeline = true)]
        [Parameter(Mandatory = true, ParameterSetName = ByObjectAndServerName, ValueFromPipeline = true)]
        public PSObject[] InputObject { get; set; } = Array.Empty<PSObject>();

        /// <summary>
        /// The id of the server to attach to. Taken from a piped object's ServerId (rows with
        /// VolumeId and ServerId columns, attachments); the volume comes from its VolumeId.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdAndServerId)]
        [Parameter(Mandatory = true, ParameterSetName = ByNameAndServerId)]
        [Parameter(Mandatory = true, ParameterSetName = ByObjectAndServerId, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ServerCompleter))]
        public string ServerId { get; set; } = "";

        /// <summary>The exact name of the server to attach to (it must name one server).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdAndServerName)]
        [Parameter(Mandatory = true, ParameterSetName = ByNameAndServerName)]
        [Parameter(Mandatory = true, ParameterSetName = ByObjectAndServerName)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ServerCompleter))]
        public string ServerName { get; set; } = "";

        /// <summary>Delete the volume when the server is terminated.</summary>
        [Parameter]
        public SwitchParameter DeleteOnTermination { get; set; }

        protected override void ProcessRecord()
        {
            var set = ParameterSetName.StartsWith("ByObject", StringComparison.Ordinal) ? VolumeTarget.ByObject
                : ParameterSetName.StartsWith("ByName", StringComparison.Ordinal) ? VolumeTarget.ByName : VolumeTarget.ById;
            var byServerName = ParameterSetName.EndsWith("ServerName", StringComparison.Ordinal);
            if (byServerName && !ServerLookup.CheckName(this, ServerName)) return;
            foreach (var volume in VolumeTarget.Resolve(this, set, Id, Name, InputObject))
            {
                var connection = ConnectionFor(volume);
                string serverId = ServerId, server = ServerId;
                if (byServerName)
                {
                    var found = FindServer(connection);
                    if (found == null) continue;
                    serverId = found.Id;
                    server = found.ToString();
                }
                if (VolumeWaits.IsAttachedTo(volume, serverId))
                {
                    WriteError(ScpErrorRecords.InvalidOperation("ScpVolumeAlreadyAttached",
                        $"Volume {volume} is already attached to server {server}.", volume));
                    continue;
                }
                if (!ShouldProcess(volume.ToString(), $"Attach volume to server {server}")) continue;
                var (start, deleteOnTermination) = (volume, DeleteOnTermination.IsPresent ? true : (bool?)null);
                Run(new ScpWorkItem($"Attach volume {volume} to server {server}", volume, async ctx =>
                {
                    var vs = new VirtualServerClient(ctx.Client);
                    await vs.AttachVolumeAsync(start.Id, serverId, deleteOnTermination, ctx.CancellationToken).ConfigureAwait(false);
                    var result = ctx.Wait != null
                        ? await VolumeWaits.UntilAsync(vs, start, $"to attach to server {server}", v => VolumeWaits.IsAttachedTo(v, serverId), ctx).ConfigureAwait(false)
                        : await vs.GetVolumeAsync(start.Id, ctx.CancellationToken).ConfigureAwait(false);
                    ctx.Output.Object(result);
                }, connection));
            }
        }

        /// <summary>The one server named -ServerName in the volume's region; null (with an error written) otherwise.</summary>
        private ScpServer? FindServer(Core.Config.ScpConnection connection)
        {
            try
            {
                var matches = _servers.Named(this, connection, ServerName);
                if (matches.Count == 1) return matches[0];
                if (matches.Count == 0)
                    WriteError(ScpErrorRecords.NotFound("server", ServerName, VirtualServerClient.ServiceName));
                else
                    WriteError(ScpErrorRecords.InvalidArgument(
                        $"{matches.Count} servers are named '{ServerName}' ({string.Join(", ", matches.Select(s => s.Id))}); use -ServerId to say which one.", ServerName));
            }
            catch (ScpRequestFailedException e)
            {
                WriteScpError(e, ServerName);
            }
            return null;
        }
    }
}

using System;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.Errors;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.VirtualServer.Servers
{
    /// <summary>
    /// Lists the volumes attached to servers, as the servers see them (device, delete on
    /// termination), or shows one attachment with -VolumeId. The attachments pipe into
    /// Set-ScpServerVolume and Remove-ScpServerVolume.
    /// </summary>
    // The default set takes the piped object: PowerShell binds pipeline input to a candidate default
    // set first, and a default id set would refuse a piped object that lacks the id property.
    [Cmdlet(VerbsCommon.Get, "ScpServerVolume", DefaultParameterSetName = ByServer)]
    [OutputType(typeof(ScpServerVolume))]
    public sealed class GetScpServerVolumeCommand : ScpCmdlet
    {
        private const string ByServer = "ByServer";
        private const string ByServerId = "ByServerId";

        /// <summary>
        /// Piped input, bound by the shared rule: servers from Get-ScpServer (each read in its own
        /// region), server id strings, or objects that refer to a server (ServerId, such as
        /// attachments) — never another kind's own Id.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = ByServer, ValueFromPipeline = true)]
        [Alias("Server")]
        public PSObject[] InputObject { get; set; } = Array.Empty<PSObject>();

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByServerId)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ServerCompleter))]
        public string ServerId { get; set; } = "";

        /// <summary>Only these attached volumes (each missing one is an ObjectNotFound error).</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.VolumeCompleter))]
        public string[]? VolumeId { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByServerId)
            {
                WriteFor(ServerId, null);
                return;
            }
            foreach (var piped in InputObject)
            {
                var servers = PipedTargets.Resolve(piped, VirtualServerKinds.Server, takesNames: false);
                if (servers == null)
                {
                    WriteError(ScpErrorRecords.InvalidArgument(PipedTargets.Unbound(piped, VirtualServerKinds.Server, MyInvocation.MyCommand.Name), piped));
                    continue;
                }
                foreach (var t in servers)
                    if (t.Resource is ScpServer server) WriteFor(server.Id, server);
                    else WriteFor(t.Id!, t.From);
            }
        }

        /// <summary>The attachments of one server, read in the region of the object it came from.</summary>
        private void WriteFor(string serverId, Core.ScpResource? from)
        {
            var at = ConnectionFor(from);
            if (VolumeId != null)
            {
                foreach (var volumeId in VolumeId)
                {
                    var one = ServerTarget.Attachment(this, serverId, volumeId, at);
                    if (one != null) WriteObject(one);
                }
                return;
            }
            var vs = Client<VirtualServerClient>(at);
            RunListing(output =>
            {
                try
                {
                    foreach (var attachment in vs.ListServerVolumes(serverId, CancelToken)) output.Object(attachment);
                }
                catch (ScpRequestFailedException e) when (e.Status == 404)
                {
                    output.Error(ScpErrorRecords.NotFound("server", serverId, VirtualServerClient.ServiceName));
                }
            }, (object?)from ?? serverId);
        }
    }
}

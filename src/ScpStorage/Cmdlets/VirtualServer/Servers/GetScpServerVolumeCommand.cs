using System;
using System.Management.Automation;
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

        /// <summary>Servers from Get-ScpServer; each is read in its own region.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByServer, ValueFromPipeline = true)]
        public ScpServer Server { get; set; } = null!;

        /// <summary>
        /// Deliberately no Id alias: a piped volume's Id must not be taken for a server id.
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByServerId, ValueFromPipelineByPropertyName = true)]
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
            var serverId = ParameterSetName == ByServer ? Server.Id : ServerId;
            var at = ConnectionFor(Server);
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
            }, (object?)Server ?? serverId);
        }
    }
}

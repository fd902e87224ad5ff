using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.VirtualServer.Servers
{
    /// <summary>
    /// Lists Virtual Servers, streaming page by page: all of them, by name (wildcards), state, IP
    /// address, VPC or product offering, by id, or what is piped (ids, names, or the server of a
    /// piped attachment: its ServerId). The servers pipe into Get-ScpVolume (their attached
    /// volumes) and Get-ScpServerVolume (the attachments themselves).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpServer", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpServer))]
    public sealed class GetScpServerCommand : ScpGetCmdlet<VirtualServerClient, ScpServer>
    {
        /// <summary>Server state, e.g. ACTIVE or SHUTOFF; SCP spells states in upper case, so any case is accepted.</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateNotNullOrEmpty]
        public string? State { get; set; }

        /// <summary>Any IP address of the server.</summary>
        [Parameter(ParameterSetName = List)]
        [Alias("Ip")]
        [ValidateNotNullOrEmpty]
        public string? IpAddress { get; set; }

        [Parameter(ParameterSetName = List)]
        [ValidateNotNullOrEmpty]
        public string? VpcId { get; set; }

        /// <summary>One or more offerings; SCP takes the key repeatedly and returns servers of any of them.</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateSet("virtual_server", "gpu_server", "k8s_vm", "k8s_gpu_vm", IgnoreCase = true)]
        public string[]? ProductOffering { get; set; }

        /// <summary>Servers fetched per request (1–1000).</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateRange(1, VirtualServerClient.MaxPageSize)]
        public int PageSize { get; set; } = VirtualServerClient.DefaultPageSize;

        internal override ResourceKind<VirtualServerClient, ScpServer> Kind => VirtualServerKinds.Server;

        /// <summary>Ids to read; -ServerId is the spelling scripts used before the shared base (an alias only, nothing binds by property name).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("ServerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }

        protected override IEnumerable<ScpServer> ListAll(VirtualServerClient client, string? serverName, int? serverFirst)
        {
            var filter = new ServerFilter
            {
                Name = serverName, State = State?.ToUpperInvariant(), Ip = IpAddress, VpcId = VpcId,
                ProductOffering = ProductOffering?.Select(o => o.ToLowerInvariant()).Distinct().ToList(),
            };
            return client.ListServers(filter, null, PageSize, serverFirst, CancelToken);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.VirtualServer.Servers
{
    /// <summary>
    /// Lists Virtual Servers, streaming page by page: all of them, by name (wildcards), state, IP
    /// address, VPC or product offering, or by id. The servers pipe into Get-ScpVolume (their
    /// attached volumes) and Get-ScpServerVolume (the attachments themselves).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpServer", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpServer))]
    public sealed class GetScpServerCommand : ScpCmdlet
    {
        private const string List = "List";
        private const string ById = "ById";

        /// <summary>Server names; wildcards allowed.</summary>
        [Parameter(ParameterSetName = List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(Completion.ServerCompleter))]
        public string[]? Name { get; set; }

        /// <summary>Server ids; ServerId binds from piped attachments (Get-ScpServerVolume).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ServerCompleter))]
        public string[] Id { get; set; } = Array.Empty<string>();

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

        /// <summary>Stop after this many servers.</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateRange(1, int.MaxValue)]
        public int? First { get; set; }

        /// <summary>Servers fetched per request (1–1000).</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateRange(1, VirtualServerClient.MaxPageSize)]
        public int PageSize { get; set; } = VirtualServerClient.DefaultPageSize;

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ById)
            {
                foreach (var id in Id)
                {
                    var server = ServerTarget.ById(this, id);
                    if (server != null) WriteObject(server);
                }
                return;
            }
            WriteList();
        }

        private void WriteList()
        {
            var filter = new ServerFilter
            {
                Name = NamePatterns.ServerFilter(Name), State = State?.ToUpperInvariant(), Ip = IpAddress, VpcId = VpcId,
                ProductOffering = ProductOffering?.Select(o => o.ToLowerInvariant()).Distinct().ToList(),
            };
            ResourceTargets.WriteMatching(this, "server",
                VirtualServer().ListServers(filter, null, PageSize, NamePatterns.ServerFirst(Name, First), CancelToken), s => s.Name, Name, First);
        }
    }
}

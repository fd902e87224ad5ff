using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.VirtualServer.Volumes
{
    /// <summary>
    /// Lists Virtual Server volumes, streaming page by page: all of them, by name (wildcards),
    /// state or bootability, by id, or the volumes attached to piped servers.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpVolume", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpVolume))]
    public sealed class GetScpVolumeCommand : ScpCmdlet
    {
        private const string List = "List";
        private const string ById = "ById";
        private const string ByServer = "ByServer";

        /// <summary>Volume names; wildcards allowed.</summary>
        [Parameter(ParameterSetName = List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(Completion.VolumeCompleter))]
        public string[]? Name { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ById, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.VolumeCompleter))]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Volumes attached to these servers (from Get-ScpServer).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByServer, ValueFromPipeline = true)]
        public ScpServer Server { get; set; } = null!;

        [Parameter(ParameterSetName = List)]
        [ValidateSet("creating", "available", "attaching", "in-use", "detaching", "extending", "deleting", "reverting",
            "awaiting-transfer", "maintenance", "error", "error_deleting", "error_extending", "error_restoring", IgnoreCase = true)]
        public string? State { get; set; }

        [Parameter(ParameterSetName = List)]
        public SwitchParameter Bootable { get; set; }

        /// <summary>Sort keys as SCP takes them, e.g. created_at:desc or name:asc.</summary>
        [Parameter(ParameterSetName = List)]
        [ValidatePattern(@"^[a-z_]+(:(asc|desc))?(,[a-z_]+(:(asc|desc))?)*$")]
        public string? Sort { get; set; }

        /// <summary>Stop after this many volumes.</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateRange(1, int.MaxValue)]
        public int? First { get; set; }

        /// <summary>Volumes fetched per request (1–1000).</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateRange(1, VirtualServerClient.MaxPageSize)]
        public int PageSize { get; set; } = VirtualServerClient.DefaultPageSize;

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ById:
                    foreach (var id in Id) ResourceTargets.WriteOne(this, "volume", id, (vs, ct) => vs.GetVolumeAsync(id, ct));
                    break;
                case ByServer:
                    // The server's own region, so a server read elsewhere shows its volumes from there.
                    var at = ConnectionFor(Server);
                    foreach (var attached in Server.VolumeIds)
                        ResourceTargets.WriteOne(this, "volume", attached, (vs, ct) => vs.GetVolumeAsync(attached, ct), at);
                    break;
                default:
                    var filter = new VolumeFilter { Name = NamePatterns.ServerFilter(Name), State = State, Bootable = Bootable.IsPresent ? true : (bool?)null };
                    ResourceTargets.WriteMatching(this, "volume",
                        VirtualServer().ListVolumes(filter, Sort, PageSize, NamePatterns.ServerFirst(Name, First), CancelToken), v => v.Name, Name, First);
                    break;
            }
        }
    }
}

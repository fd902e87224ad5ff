using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.VirtualServer.Volumes
{
    /// <summary>
    /// Lists Virtual Server volumes, streaming page by page: all of them, by name (wildcards),
    /// state or bootability, by id, or what is piped — volume ids or names, the volumes of piped
    /// servers, the volume of a piped snapshot, transfer or attachment (their VolumeId).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpVolume", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpVolume))]
    public sealed class GetScpVolumeCommand : ScpGetCmdlet<VirtualServerClient, ScpVolume>
    {
        [Parameter(ParameterSetName = List)]
        [ValidateSet("creating", "available", "attaching", "in-use", "detaching", "extending", "deleting", "reverting",
            "awaiting-transfer", "maintenance", "error", "error_deleting", "error_extending", "error_restoring", IgnoreCase = true)]
        public string? State { get; set; }

        [Parameter(ParameterSetName = List)]
        public SwitchParameter Bootable { get; set; }

        /// <summary>Sort keys as SCP takes them, e.g. created_at:desc or name:asc; several as a list (created_at:desc,name:asc) or in one comma-separated string.</summary>
        [Parameter(ParameterSetName = List)]
        [ValidatePattern(@"^[a-z_]+(:(asc|desc))?(,[a-z_]+(:(asc|desc))?)*$")]
        [ArgumentCompleter(typeof(Completion.VolumeSortCompleter))]
        public string[]? Sort { get; set; }

        /// <summary>Volumes fetched per request (1–1000).</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateRange(1, VirtualServerClient.MaxPageSize)]
        public int PageSize { get; set; } = VirtualServerClient.DefaultPageSize;

        internal override ResourceKind<VirtualServerClient, ScpVolume> Kind => VirtualServerKinds.Volume;

        /// <summary>Ids to read; -VolumeId is the spelling scripts used before the shared base (an alias only, nothing binds by property name).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }

        protected override IEnumerable<ScpVolume> ListAll(VirtualServerClient client, string? serverName, int? serverFirst) =>
            client.ListVolumes(new VolumeFilter { Name = serverName, State = State, Bootable = Bootable.IsPresent ? true : (bool?)null },
                Sort == null ? null : string.Join(",", Sort), PageSize, serverFirst, CancelToken);
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.BareMetalBlockStorage;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Volumes
{
    /// <summary>
    /// Lists bare metal block storage volumes (offset paging, streamed): all, by name (wildcards),
    /// by attached server name or group name, by id, or what is piped — ids or names, the members
    /// of piped volume groups, the volume of a piped snapshot, schedule, rate or replication.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpBmVolume", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpBmVolume))]
    public sealed class GetScpBmVolumeCommand : ScpGetCmdlet<BareMetalBlockStorageClient, ScpBmVolume>
    {
        /// <summary>Only volumes attached to the server of this name (SCP's object_name filter).</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateNotNullOrEmpty]
        public string? ServerName { get; set; }

        /// <summary>Only the members of the volume group of this name.</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BmVolumeGroupCompleter))]
        public string? VolumeGroupName { get; set; }

        /// <summary>Sort keys as SCP takes them, e.g. created_at:desc or name:asc.</summary>
        [Parameter(ParameterSetName = List)]
        [ValidatePattern(@"^[a-z_]+(:(asc|desc))?(,[a-z_]+(:(asc|desc))?)*$")]
        public string[]? Sort { get; set; }

        /// <summary>Volumes fetched per request (1–1000; SCP documents no maximum, so the default is 100).</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateRange(1, BareMetalBlockStorageClient.MaxPageSize)]
        public int PageSize { get; set; } = BareMetalBlockStorageClient.DefaultPageSize;

        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }

        internal override ResourceKind<BareMetalBlockStorageClient, ScpBmVolume> Kind => BareMetalBlockStorageKinds.Volume;

        protected override IEnumerable<ScpBmVolume> ListAll(BareMetalBlockStorageClient client, string? serverName, int? serverFirst) =>
            client.ListVolumes(serverName, ServerName, VolumeGroupName, Sort == null ? null : string.Join(",", Sort), PageSize, serverFirst, CancelToken);

        /// <summary>A piped group lists its members: SCP filters by group name, the exact group id is checked here.</summary>
        protected override bool WriteChildrenOf(object piped)
        {
            if (!(piped is ScpBmVolumeGroup group)) return false;
            var client = ClientOf<BareMetalBlockStorageClient>(group);
            ResourceTargets.WriteMatching(this, Kind,
                client.ListVolumes(volumeGroupName: group.Name, pageSize: PageSize, ct: CancelToken).Where(v => v.VolumeGroupId == group.Id),
                v => v.Name, Name, First, group);
            return true;
        }
    }
}

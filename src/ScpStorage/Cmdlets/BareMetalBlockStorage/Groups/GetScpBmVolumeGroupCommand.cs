using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.BareMetalBlockStorage;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Groups
{
    /// <summary>
    /// Lists volume groups (offset paging): all, by name (wildcards), by id, or what is piped —
    /// ids or names, or the group of a piped member volume or group snapshot (their VolumeGroupId).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpBmVolumeGroup", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpBmVolumeGroup))]
    public sealed class GetScpBmVolumeGroupCommand : ScpGetCmdlet<BareMetalBlockStorageClient, ScpBmVolumeGroup>
    {
        /// <summary>Sort keys as SCP takes them, e.g. created_at:desc.</summary>
        [Parameter(ParameterSetName = List)]
        [ValidatePattern(@"^[a-z_]+(:(asc|desc))?(,[a-z_]+(:(asc|desc))?)*$")]
        public string[]? Sort { get; set; }

        /// <summary>Groups fetched per request (1–1000).</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateRange(1, BareMetalBlockStorageClient.MaxPageSize)]
        public int PageSize { get; set; } = BareMetalBlockStorageClient.DefaultPageSize;

        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("VolumeGroupId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }

        internal override ResourceKind<BareMetalBlockStorageClient, ScpBmVolumeGroup> Kind => BareMetalBlockStorageKinds.VolumeGroup;

        protected override IEnumerable<ScpBmVolumeGroup> ListAll(BareMetalBlockStorageClient client, string? serverName, int? serverFirst) =>
            client.ListVolumeGroups(serverName, Sort == null ? null : string.Join(",", Sort), PageSize, serverFirst, CancelToken);
    }
}

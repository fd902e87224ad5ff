using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.FileStorage;

namespace ScpStorage.Cmdlets.FileStorage.Volumes
{
    /// <summary>
    /// Lists File Storage volumes (ListVolumes, offset/limit paging, streamed), by name
    /// (wildcards), type or id (ShowVolume, every field), or what is piped: volume ids or names,
    /// or the volume of a piped snapshot, schedule, access rule or replication (its VolumeId).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpFileVolume", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpFileVolume))]
    public sealed class GetScpFileVolumeCommand : ScpGetCmdlet<FileStorageClient, ScpFileVolume>
    {
        /// <summary>Only volumes of this type (filtered by SCP).</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateSet("HDD", "SSD", "HighPerformanceSSD")]
        public string? TypeName { get; set; }

        /// <summary>One sort key as SCP takes it: name or created_at, with :asc or :desc.</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateSet("name:asc", "name:desc", "created_at:asc", "created_at:desc")]
        public string? Sort { get; set; }

        /// <summary>Volumes fetched per request (1–1000).</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateRange(1, FileStorageClient.MaxPageSize)]
        public int PageSize { get; set; } = FileStorageClient.DefaultPageSize;

        internal override ResourceKind<FileStorageClient, ScpFileVolume> Kind => FileStorageKinds.Volume;

        /// <summary>Ids to read (ShowVolume: every field).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }

        protected override IEnumerable<ScpFileVolume> ListAll(FileStorageClient client, string? serverName, int? serverFirst) =>
            client.ListVolumes(serverName, TypeName, Sort, PageSize, serverFirst, CancelToken);
    }
}

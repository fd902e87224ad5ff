using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.ParallelFileStorage;

namespace ScpStorage.Cmdlets.ParallelFileStorage
{
    /// <summary>Lists Parallel File Storage volumes (ListVolumes, streamed), by name (wildcards), by id (ShowVolume, with the mount path), or what is piped.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpPfsVolume", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpPfsVolume))]
    public sealed class GetScpPfsVolumeCommand : ScpGetCmdlet<ParallelFileStorageClient, ScpPfsVolume>
    {
        /// <summary>One sort key: name or created_at, with :asc or :desc.</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateSet("name:asc", "name:desc", "created_at:asc", "created_at:desc")]
        public string? Sort { get; set; }

        /// <summary>Volumes fetched per request (1–1000).</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateRange(1, ParallelFileStorageClient.MaxPageSize)]
        public int PageSize { get; set; } = ParallelFileStorageClient.DefaultPageSize;

        internal override ResourceKind<ParallelFileStorageClient, ScpPfsVolume> Kind => ParallelFileStorageKinds.Volume;

        /// <summary>Ids of the volumes to read.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }

        protected override IEnumerable<ScpPfsVolume> ListAll(ParallelFileStorageClient client, string? serverName, int? serverFirst) =>
            client.ListVolumes(serverName, Sort, PageSize, serverFirst, CancelToken);
    }
}

using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.VirtualServer.Snapshots
{
    /// <summary>
    /// Lists Virtual Server volume snapshots, streaming page by page: all of them, by name
    /// (wildcards) or volume id, by snapshot id, or the snapshots of piped volumes — so
    /// "Get-ScpVolume data01 | Get-ScpVolumeSnapshot" answers "what can I revert to?".
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpVolumeSnapshot", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpVolumeSnapshot))]
    public sealed class GetScpVolumeSnapshotCommand : ScpGetCmdlet<VirtualServerClient, ScpVolumeSnapshot>
    {
        private string? _volumeFilter;

        /// <summary>Only snapshots of this volume (filtered by SCP).</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.VolumeCompleter))]
        public string? VolumeId { get; set; }

        /// <summary>Snapshots fetched per request (1–1000).</summary>
        [Parameter(ParameterSetName = List)]
        [Parameter(ParameterSetName = ByObject)]
        [ValidateRange(1, VirtualServerClient.MaxPageSize)]
        public int PageSize { get; set; } = VirtualServerClient.DefaultPageSize;

        internal override ResourceKind<VirtualServerClient, ScpVolumeSnapshot> Kind => VirtualServerKinds.Snapshot;

        /// <summary>Ids to read; -SnapshotId is the spelling scripts used before the shared base (an alias only, nothing binds by property name).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }

        protected override IEnumerable<ScpVolumeSnapshot> ListAll(VirtualServerClient client, string? serverName, int? serverFirst) =>
            client.ListSnapshots(new SnapshotFilter { Name = serverName, VolumeId = _volumeFilter ?? VolumeId }, null, PageSize, serverFirst, CancelToken);

        /// <summary>A piped volume is a parent: its snapshots are listed (in the volume's own region).</summary>
        protected override bool WriteChildrenOf(object piped)
        {
            if (!(piped is ScpVolume volume)) return false;
            _volumeFilter = volume.Id;
            try { WriteList(ClientOf<VirtualServerClient>(volume), Name, volume); }
            finally { _volumeFilter = null; }
            return true;
        }
    }
}

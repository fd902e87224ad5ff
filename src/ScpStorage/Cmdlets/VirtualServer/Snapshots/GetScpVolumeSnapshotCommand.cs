using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.VirtualServer.Snapshots
{
    /// <summary>
    /// Lists Virtual Server volume snapshots, streaming page by page: all of them, by name
    /// (wildcards) or volume id, by snapshot id, or the snapshots of piped volumes — so
    /// "Get-ScpVolume data01 | Get-ScpVolumeSnapshot" answers "what can I revert to?".
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpVolumeSnapshot", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpVolumeSnapshot))]
    public sealed class GetScpVolumeSnapshotCommand : ScpCmdlet
    {
        private const string List = "List";
        private const string ById = "ById";
        private const string ByVolume = "ByVolume";

        /// <summary>Snapshot names; wildcards allowed.</summary>
        [Parameter(ParameterSetName = List, Position = 0)]
        [Parameter(ParameterSetName = ByVolume, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(Completion.SnapshotCompleter))]
        public string[]? Name { get; set; }

        /// <summary>Only snapshots of this volume (filtered by SCP).</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.VolumeCompleter))]
        public string? VolumeId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ById, ValueFromPipelineByPropertyName = true)]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.SnapshotCompleter))]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>The snapshots of these volumes (from Get-ScpVolume).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByVolume, ValueFromPipeline = true)]
        public ScpVolume Volume { get; set; } = null!;

        /// <summary>Stop after this many snapshots (per piped volume).</summary>
        [Parameter(ParameterSetName = List)]
        [Parameter(ParameterSetName = ByVolume)]
        [ValidateRange(1, int.MaxValue)]
        public int? First { get; set; }

        /// <summary>Snapshots fetched per request (1–1000).</summary>
        [Parameter(ParameterSetName = List)]
        [Parameter(ParameterSetName = ByVolume)]
        [ValidateRange(1, VirtualServerClient.MaxPageSize)]
        public int PageSize { get; set; } = VirtualServerClient.DefaultPageSize;

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ById:
                    foreach (var id in Id) ResourceTargets.WriteOne(this, "snapshot", id, (vs, ct) => vs.GetSnapshotAsync(id, ct));
                    break;
                case ByVolume:
                    // The volume's own region, so a volume read elsewhere lists its snapshots there.
                    WriteList(VirtualServer(Volume), Volume.Id);
                    break;
                default:
                    WriteList(VirtualServer(), VolumeId);
                    break;
            }
        }

        private void WriteList(VirtualServerClient vs, string? volumeId)
        {
            var filter = new SnapshotFilter { Name = NamePatterns.ServerFilter(Name), VolumeId = volumeId };
            ResourceTargets.WriteMatching(this, "snapshot",
                vs.ListSnapshots(filter, null, PageSize, NamePatterns.ServerFirst(Name, First), CancelToken), s => s.Name, Name, First, (object?)Volume ?? Name);
        }
    }
}

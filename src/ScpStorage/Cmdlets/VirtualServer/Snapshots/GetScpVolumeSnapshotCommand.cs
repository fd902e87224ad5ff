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
                    foreach (var id in Id) WriteOne(id);
                    break;
                case ByVolume:
                    // The volume's own region, so a volume read elsewhere lists its snapshots there.
                    WriteList(VirtualServer(Volume), Volume.Id);
                    break;
                default:
                    WriteList(new VirtualServerClient(Client), VolumeId);
                    break;
            }
        }

        private void WriteList(VirtualServerClient vs, string? volumeId)
        {
            var filter = new SnapshotFilter { Name = NamePatterns.ServerFilter(Name), VolumeId = volumeId };
            // With wildcards, the cap applies after matching here, so the server is not asked to stop early.
            var serverFirst = Name == null || filter.Name != null ? First : null;
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            try
            {
                var items = NamePatterns.Match(vs.ListSnapshots(filter, null, PageSize, serverFirst, CancelToken), s => s.Name, Name);
                if (First.HasValue) items = items.Take(First.Value);
                WriteStream(items.Select(s => { seen.Add(s.Name ?? ""); return s; }));
            }
            catch (Exception e) when (!(e is PipelineStoppedException) && !(e is OperationCanceledException && CancelToken.IsCancellationRequested))
            {
                WriteScpError(e, (object?)Volume ?? Name);
                return;
            }
            foreach (var missing in NamePatterns.Unmatched(Name, seen))
                WriteError(ScpErrorRecords.NotFound("snapshot", missing, VirtualServerClient.ServiceName));
        }

        private void WriteOne(string id)
        {
            try { WriteObject(Invoke((c, ct) => new VirtualServerClient(c).GetSnapshotAsync(id, ct))); }
            catch (Core.Errors.ScpRequestFailedException e) when (e.Status == 404) { WriteError(ScpErrorRecords.NotFound("snapshot", id, VirtualServerClient.ServiceName)); }
            catch (Core.Errors.ScpRequestFailedException e) { WriteScpError(e, id); }
        }
    }
}

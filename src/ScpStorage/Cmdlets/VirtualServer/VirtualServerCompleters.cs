using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Completion
{
    /// <summary>Completes volume names (-Name) and ids (-Id, -VolumeId).</summary>
    public sealed class VolumeCompleter : ResourceCompleter<VirtualServerClient>
    {
        protected override string Kind => "volume";
        protected override IEnumerable<(string Name, string Id)> Fetch(VirtualServerClient client, int max, CancellationToken ct) =>
            client.ListVolumes(null, null, VirtualServerClient.MaxPageSize, max, ct).Select(v => (v.Name ?? "", v.Id));
    }

    /// <summary>Completes snapshot names and ids.</summary>
    public sealed class SnapshotCompleter : ResourceCompleter<VirtualServerClient>
    {
        protected override string Kind => "snapshot";
        protected override IEnumerable<(string Name, string Id)> Fetch(VirtualServerClient client, int max, CancellationToken ct) =>
            client.ListSnapshots(null, null, VirtualServerClient.MaxPageSize, max, ct).Select(s => (s.Name ?? "", s.Id));
    }

    /// <summary>Completes server names and ids.</summary>
    public sealed class ServerCompleter : ResourceCompleter<VirtualServerClient>
    {
        protected override string Kind => "server";
        protected override IEnumerable<(string Name, string Id)> Fetch(VirtualServerClient client, int max, CancellationToken ct) =>
            client.ListServers(null, null, VirtualServerClient.MaxPageSize, max, ct).Select(s => (s.Name ?? "", s.Id));
    }

    /// <summary>Completes volume type names (SSD, HDD, ...).</summary>
    public sealed class VolumeTypeCompleter : ResourceCompleter<VirtualServerClient>
    {
        protected override string Kind => "volume-type";
        protected override IEnumerable<(string Name, string Id)> Fetch(VirtualServerClient client, int max, CancellationToken ct) =>
            client.ListVolumeTypes(VirtualServerClient.MaxPageSize, max, ct).Select(t => (t.Name ?? "", t.Id));
    }
}

namespace ScpStorage.Completion
{
    /// <summary>Completes Get-ScpVolume -Sort with the keys SCP sorts volumes by.</summary>
    public sealed class VolumeSortCompleter : SortCompleter
    {
        private static readonly string[] VolumeKeys = { "created_at", "modified_at", "name", "size", "state", "id" };
        protected override IReadOnlyList<string> Keys => VolumeKeys;
    }
}

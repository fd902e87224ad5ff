using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Completion;
using ScpStorage.Core.BareMetalBlockStorage;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage
{
    /// <summary>
    /// The bare metal block storage kinds the cmdlets target. Other objects refer to a volume by
    /// <c>VolumeId</c> (snapshots, schedules, rates, replications) and to a group by
    /// <c>VolumeGroupId</c> (a member volume, group snapshots), which is how they bind when piped.
    /// </summary>
    internal static class BareMetalBlockStorageKinds
    {
        private const int Page = BareMetalBlockStorageClient.MaxPageSize;

        public static readonly ResourceKind<BareMetalBlockStorageClient, ScpBmVolume> Volume = new ResourceKind<BareMetalBlockStorageClient, ScpBmVolume>(
            "bare metal volume", "VolumeId", (c, id, ct) => c.GetVolumeAsync(id, ct),
            (c, name, ct) => c.ListVolumes(name: name, pageSize: Page, ct: ct), v => v.Id, v => v.Name, completer: new BmVolumeCompleter());

        public static readonly ResourceKind<BareMetalBlockStorageClient, ScpBmVolumeGroup> VolumeGroup = new ResourceKind<BareMetalBlockStorageClient, ScpBmVolumeGroup>(
            "volume group", "VolumeGroupId", (c, id, ct) => c.GetVolumeGroupAsync(id, ct),
            (c, name, ct) => c.ListVolumeGroups(name: name, pageSize: Page, ct: ct), g => g.Id, g => g.Name, completer: new BmVolumeGroupCompleter());
    }

    /// <summary>Completes bare metal volume names and ids.</summary>
    public sealed class BmVolumeCompleter : ResourceCompleter<BareMetalBlockStorageClient>
    {
        protected override string Kind => "bare metal volume";
        protected override IEnumerable<(string Name, string Id)> Fetch(BareMetalBlockStorageClient client, int max, CancellationToken ct) =>
            client.ListVolumes(pageSize: BareMetalBlockStorageClient.MaxPageSize, first: max, ct: ct).Select(v => (v.Name ?? "", v.Id));
    }

    /// <summary>Completes volume group names and ids.</summary>
    public sealed class BmVolumeGroupCompleter : ResourceCompleter<BareMetalBlockStorageClient>
    {
        protected override string Kind => "volume group";
        protected override IEnumerable<(string Name, string Id)> Fetch(BareMetalBlockStorageClient client, int max, CancellationToken ct) =>
            client.ListVolumeGroups(pageSize: BareMetalBlockStorageClient.MaxPageSize, first: max, ct: ct).Select(g => (g.Name ?? "", g.Id));
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.ParallelFileStorage;

namespace ScpStorage.Cmdlets.ParallelFileStorage
{
    /// <summary>The Parallel File Storage kinds: volumes are read and listed; snapshots and rules are children named with their volume.</summary>
    internal static class ParallelFileStorageKinds
    {
        public static readonly ResourceKind<ParallelFileStorageClient, ScpPfsVolume> Volume = new ResourceKind<ParallelFileStorageClient, ScpPfsVolume>(
            "parallel file volume", "VolumeId", (c, id, ct) => c.GetVolumeAsync(id, ct),
            (c, name, ct) => c.ListVolumes(name, null, ParallelFileStorageClient.MaxPageSize, null, ct), v => v.Id, v => v.Name,
            completer: new Completion.PfsVolumeCompleter());

        public static readonly ResourceKind<ParallelFileStorageClient> Snapshot = new ResourceKind<ParallelFileStorageClient>("parallel file snapshot", typeof(ScpPfsSnapshot), "SnapshotId");
        public static readonly ResourceKind<ParallelFileStorageClient> AccessRule = new ResourceKind<ParallelFileStorageClient>("GPU node access", typeof(ScpPfsAccessRule), "ObjectId");
    }

    /// <summary>Get- cmdlets for a Parallel File Storage volume's children: -Volume (piped) or -VolumeId; every volume when none.</summary>
    public abstract class PfsChildReaderCmdlet : VolumeChildReaderCmdlet<ParallelFileStorageClient, ScpPfsVolume>
    {
        internal override ResourceKind<ParallelFileStorageClient, ScpPfsVolume> VolumeKind => ParallelFileStorageKinds.Volume;
    }

    /// <summary>Mutating cmdlets on a Parallel File Storage volume's children: -Volume (piped) or -VolumeId, with -Wait and -AsJob.</summary>
    public abstract class PfsChildCmdlet : VolumeChildCmdlet<ParallelFileStorageClient, ScpPfsVolume>
    {
        internal override ResourceKind<ParallelFileStorageClient, ScpPfsVolume> VolumeKind => ParallelFileStorageKinds.Volume;
    }
}

namespace ScpStorage.Completion
{
    /// <summary>Completes Parallel File Storage volume names and ids.</summary>
    public sealed class PfsVolumeCompleter : ResourceCompleter<ParallelFileStorageClient>
    {
        protected override string Kind => "parallel file volume";
        protected override IEnumerable<(string Name, string Id)> Fetch(ParallelFileStorageClient client, int max, CancellationToken ct) =>
            client.ListVolumes(null, null, ParallelFileStorageClient.MaxPageSize, max, ct).Select(v => (v.Name ?? "", v.Id));
    }
}

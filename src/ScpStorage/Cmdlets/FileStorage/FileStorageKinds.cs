using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.FileStorage;

namespace ScpStorage.Cmdlets.FileStorage
{
    /// <summary>
    /// The File Storage kinds the shared bases target. Only volumes are read and listed on their
    /// own; snapshots, schedules, rules and replications are children addressed with their
    /// volume's id (<see cref="FileVolumes"/>), so their kinds name them for messages only.
    /// </summary>
    internal static class FileStorageKinds
    {
        public static readonly ResourceKind<FileStorageClient, ScpFileVolume> Volume = new ResourceKind<FileStorageClient, ScpFileVolume>(
            "file volume", "VolumeId", (c, id, ct) => c.GetVolumeAsync(id, ct),
            (c, name, ct) => c.ListVolumes(name, null, null, FileStorageClient.MaxPageSize, null, ct), v => v.Id, v => v.Name,
            completer: new Completion.FileVolumeCompleter());

        public static readonly ResourceKind<FileStorageClient> Snapshot = new ResourceKind<FileStorageClient>("file snapshot", typeof(ScpFileSnapshot), "SnapshotId");
        public static readonly ResourceKind<FileStorageClient> Schedule = new ResourceKind<FileStorageClient>("snapshot schedule", typeof(ScpFileSnapshotSchedule), "ScheduleId");
        public static readonly ResourceKind<FileStorageClient> AccessRule = new ResourceKind<FileStorageClient>("access rule", typeof(ScpFileAccessRule), "ObjectId");
        public static readonly ResourceKind<FileStorageClient> Replication = new ResourceKind<FileStorageClient>("replication", typeof(ScpFileReplication), "ReplicationId");
    }
}

namespace ScpStorage.Completion
{
    /// <summary>Completes File Storage volume names and ids.</summary>
    public sealed class FileVolumeCompleter : ResourceCompleter<FileStorageClient>
    {
        protected override string Kind => "file volume";
        protected override IEnumerable<(string Name, string Id)> Fetch(FileStorageClient client, int max, CancellationToken ct) =>
            client.ListVolumes(null, null, null, FileStorageClient.MaxPageSize, max, ct).Select(v => (v.Name ?? "", v.Id));
    }
}

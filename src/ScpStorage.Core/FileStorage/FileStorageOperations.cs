using System.Collections.Generic;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Core.FileStorage
{
    /// <summary>
    /// The 21 File Storage operations, named exactly as in SCP's reference
    /// (reference/operations.tsv, version 1.1). A test compares this table with that file.
    /// </summary>
    public static class FileStorageOperations
    {
        private static ScpOperation Op(string name, string method, string path) =>
            new ScpOperation(FileStorageClient.ServiceName, name, method, path);

        // Volumes
        public static readonly ScpOperation ListVolumes = Op("ListVolumes", "GET", "/v1/volumes");
        public static readonly ScpOperation CreateVolume = Op("CreateVolume", "POST", "/v1/volumes");
        public static readonly ScpOperation ShowVolume = Op("ShowVolume", "GET", "/v1/volumes/{volume_id}");
        public static readonly ScpOperation SetVolume = Op("SetVolume", "PUT", "/v1/volumes/{volume_id}");
        public static readonly ScpOperation DeleteVolume = Op("DeleteVolume", "DELETE", "/v1/volumes/{volume_id}");

        // Snapshots
        public static readonly ScpOperation ListSnapshots = Op("ListSnapshots", "GET", "/v1/snapshots");
        public static readonly ScpOperation CreateSnapshot = Op("CreateSnapshot", "POST", "/v1/snapshots");
        public static readonly ScpOperation DeleteSnapshot = Op("DeleteSnapshot", "DELETE", "/v1/snapshots/{snapshot_id}");
        public static readonly ScpOperation RestoreSnapshot = Op("RestoreSnapshot", "PUT", "/v1/snapshots/{snapshot_id}/restore");

        // Snapshot schedules
        public static readonly ScpOperation ListSnapshotSchedule = Op("ListSnapshotSchedule", "GET", "/v1/snapshot-schedules");
        public static readonly ScpOperation CreateSnapshotSchedule = Op("CreateSnapshotSchedule", "POST", "/v1/snapshot-schedules");
        public static readonly ScpOperation SetSnapshotSchedule = Op("SetSnapshotSchedule", "PUT", "/v1/snapshot-schedules/{snapshot_schedule_id}");
        public static readonly ScpOperation DeleteSnapshotSchedule = Op("DeleteSnapshotSchedule", "DELETE", "/v1/snapshot-schedules/{snapshot_schedule_id}");

        // Access rules
        public static readonly ScpOperation ListAccessRules = Op("ListAccessRules", "GET", "/v1/volumes/{volume_id}/access-rules");
        public static readonly ScpOperation SetAccessRule = Op("SetAccessRule", "PUT", "/v1/volumes/{volume_id}/access-rules");

        // Replications
        public static readonly ScpOperation ListVolumeReplications = Op("ListVolumeReplications", "GET", "/v1/replications");
        public static readonly ScpOperation CreateVolumeReplication = Op("CreateVolumeReplication", "POST", "/v1/replications");
        public static readonly ScpOperation ShowVolumeReplication = Op("ShowVolumeReplication", "GET", "/v1/replications/{replication_id}");
        public static readonly ScpOperation SetVolumeReplication = Op("SetVolumeReplication", "PUT", "/v1/replications/{replication_id}");
        public static readonly ScpOperation DeleteVolumeReplication = Op("DeleteVolumeReplication", "DELETE", "/v1/replications/{replication_id}");
        public static readonly ScpOperation ListVolumeReplicationRegion = Op("ListVolumeReplicationRegion", "GET", "/v1/replications/regions");

        /// <summary>Every operation above, in declaration order.</summary>
        public static IReadOnlyList<ScpOperation> All { get; } = new[]
        {
            ListVolumes, CreateVolume, ShowVolume, SetVolume, DeleteVolume,
            ListSnapshots, CreateSnapshot, DeleteSnapshot, RestoreSnapshot,
            ListSnapshotSchedule, CreateSnapshotSchedule, SetSnapshotSchedule, DeleteSnapshotSchedule,
            ListAccessRules, SetAccessRule,
            ListVolumeReplications, CreateVolumeReplication, ShowVolumeReplication, SetVolumeReplication, DeleteVolumeReplication,
            ListVolumeReplicationRegion,
        };
    }
}

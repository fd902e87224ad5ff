using System.Collections.Generic;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Core.ParallelFileStorage
{
    /// <summary>The 11 Parallel File Storage operations (reference/operations.tsv, version 1.0); a test compares the two.</summary>
    public static class ParallelFileStorageOperations
    {
        private static ScpOperation Op(string name, string method, string path) =>
            new ScpOperation(ParallelFileStorageClient.ServiceName, name, method, path);

        public static readonly ScpOperation ListVolumes = Op("ListVolumes", "GET", "/v1/volumes");
        public static readonly ScpOperation CreateVolume = Op("CreateVolume", "POST", "/v1/volumes");
        public static readonly ScpOperation ShowVolume = Op("ShowVolume", "GET", "/v1/volumes/{volume_id}");
        public static readonly ScpOperation DeleteVolume = Op("DeleteVolume", "DELETE", "/v1/volumes/{volume_id}");
        public static readonly ScpOperation SetVolumeCapacity = Op("SetVolumeCapacity", "PUT", "/v1/volumes/{volume_id}/capacity");
        public static readonly ScpOperation ListSnapshots = Op("ListSnapshots", "GET", "/v1/snapshots");
        public static readonly ScpOperation CreateSnapshot = Op("CreateSnapshot", "POST", "/v1/snapshots");
        public static readonly ScpOperation DeleteSnapshot = Op("DeleteSnapshot", "DELETE", "/v1/snapshots/{snapshot_id}");
        public static readonly ScpOperation RestoreSnapshot = Op("RestoreSnapshot", "PUT", "/v1/snapshots/{snapshot_id}/restore");
        public static readonly ScpOperation ListAccessRule = Op("ListAccessRule", "GET", "/v1/volumes/{volume_id}/access-rules");
        public static readonly ScpOperation SetAccessRule = Op("SetAccessRule", "PUT", "/v1/volumes/{volume_id}/access-rules");

        public static IReadOnlyList<ScpOperation> All { get; } = new[]
        {
            ListVolumes, CreateVolume, ShowVolume, DeleteVolume, SetVolumeCapacity,
            ListSnapshots, CreateSnapshot, DeleteSnapshot, RestoreSnapshot,
            ListAccessRule, SetAccessRule,
        };
    }
}

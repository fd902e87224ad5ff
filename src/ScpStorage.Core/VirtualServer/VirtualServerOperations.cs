using System.Collections.Generic;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>
    /// The 30 Virtual Server block storage operations the client calls, named exactly as in SCP's
    /// reference (reference/operations.tsv). A test compares this table with that file.
    /// </summary>
    public static class VirtualServerOperations
    {
        private static ScpOperation Op(string name, string method, string path) =>
            new ScpOperation(VirtualServerClient.ServiceName, name, method, path);

        // Volumes
        public static readonly ScpOperation ListVolumes = Op("List volumes and details", "GET", "/v1/volumes");
        public static readonly ScpOperation CreateVolume = Op("Create Volume", "POST", "/v1/volumes");
        public static readonly ScpOperation GetVolumeQuota = Op("Show Volume Quota Set", "GET", "/v1/volumes/quota-sets");
        public static readonly ScpOperation GetVolume = Op("Show Volume's details", "GET", "/v1/volumes/{volume_id}");
        public static readonly ScpOperation UpdateVolume = Op("Update Volume", "PUT", "/v1/volumes/{volume_id}");
        public static readonly ScpOperation DeleteVolume = Op("Delete Volume", "DELETE", "/v1/volumes/{volume_id}");
        public static readonly ScpOperation RevertVolume = Op("Revert Volume to snapshot", "POST", "/v1/volumes/{volume_id}/revert");
        public static readonly ScpOperation AttachVolume = Op("Attach Volume to Virtual Server", "POST", "/v1/volumes/{volume_id}/servers");
        public static readonly ScpOperation DetachVolume = Op("Detach Volume from Virtual Server", "DELETE", "/v1/volumes/{volume_id}/servers/{server_id}");
        public static readonly ScpOperation ExtendVolume = Op("Extend Volume", "PUT", "/v1/volumes/{volume_id}/size");

        // Snapshots
        public static readonly ScpOperation ListSnapshots = Op("List snapshots and details", "GET", "/v1/snapshots");
        public static readonly ScpOperation CreateSnapshot = Op("Create a snapshot", "POST", "/v1/snapshots");
        public static readonly ScpOperation GetSnapshot = Op("Show a snapshot's details", "GET", "/v1/snapshots/{snapshot_id}");
        public static readonly ScpOperation UpdateSnapshot = Op("Update a snapshot", "PUT", "/v1/snapshots/{snapshot_id}");
        public static readonly ScpOperation DeleteSnapshot = Op("Delete a snapshot", "DELETE", "/v1/snapshots/{snapshot_id}");

        // Volume types
        public static readonly ScpOperation ListVolumeTypes = Op("List volume types and details", "GET", "/v1/volume-types");
        public static readonly ScpOperation GetDefaultVolumeType = Op("Show default Volume type's details", "GET", "/v1/volume-types/default");
        public static readonly ScpOperation GetVolumeType = Op("Show Volume type's details", "GET", "/v1/volume-types/{volume_type_id}");

        // Volume transfers
        public static readonly ScpOperation ListVolumeTransfers = Op("List volume transfers", "GET", "/v1/volume-transfer");
        public static readonly ScpOperation CreateVolumeTransfer = Op("Create a volume transfer", "POST", "/v1/volume-transfer");
        public static readonly ScpOperation GetVolumeTransfer = Op("Show volume transfer detail", "GET", "/v1/volume-transfer/{transfer_id}");
        public static readonly ScpOperation DeleteVolumeTransfer = Op("Delete a volume transfer", "DELETE", "/v1/volume-transfer/{transfer_id}");
        public static readonly ScpOperation AcceptVolumeTransfer = Op("Accept a volume transfer", "POST", "/v1/volume-transfer/{transfer_id}/accept");

        // Servers and their volumes
        public static readonly ScpOperation ListServers = Op("List Virtual Servers", "GET", "/v1/servers");
        public static readonly ScpOperation GetServer = Op("Show Virtual Server", "GET", "/v1/servers/{server_id}");
        public static readonly ScpOperation ListServerVolumes = Op("List Server Volumes", "GET", "/v1/servers/{server_id}/volumes");
        public static readonly ScpOperation CreateServerVolume = Op("Create Server Volume", "POST", "/v1/servers/{server_id}/volumes");
        public static readonly ScpOperation GetServerVolume = Op("Show Server Volume", "GET", "/v1/servers/{server_id}/volumes/{volume_id}");
        public static readonly ScpOperation UpdateServerVolume = Op("Update Server Volume", "PUT", "/v1/servers/{server_id}/volumes/{volume_id}");
        public static readonly ScpOperation DeleteServerVolume = Op("Delete Server Volume", "DELETE", "/v1/servers/{server_id}/volumes/{volume_id}");

        /// <summary>Every operation above, in declaration order.</summary>
        public static IReadOnlyList<ScpOperation> All { get; } = new[]
        {
            ListVolumes, CreateVolume, GetVolumeQuota, GetVolume, UpdateVolume, DeleteVolume, RevertVolume, AttachVolume, DetachVolume, ExtendVolume,
            ListSnapshots, CreateSnapshot, GetSnapshot, UpdateSnapshot, DeleteSnapshot,
            ListVolumeTypes, GetDefaultVolumeType, GetVolumeType,
            ListVolumeTransfers, CreateVolumeTransfer, GetVolumeTransfer, DeleteVolumeTransfer, AcceptVolumeTransfer,
            ListServers, GetServer, ListServerVolumes, CreateServerVolume, GetServerVolume, UpdateServerVolume, DeleteServerVolume,
        };
    }
}

using System.Collections.Generic;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Core.BareMetalBlockStorage
{
    /// <summary>
    /// The 41 bare metal block storage operations (CURRENT 1.3), named exactly as in SCP's
    /// reference (reference/operations.tsv). A test compares this table with that file.
    /// Operations that exist for a volume and for a volume group come in pairs
    /// (<see cref="ScpBmPair"/>), so one client method serves both by the target's kind.
    /// </summary>
    public static class BareMetalBlockStorageOperations
    {
        private static ScpOperation Op(string name, string method, string path) =>
            new ScpOperation(BareMetalBlockStorageClient.ServiceName, name, method, path);

        private const string V = "/v1/volumes/{volume_id}";
        private const string G = "/v1/volume-groups/{volume_group_id}";

        // Volumes
        public static readonly ScpOperation ListVolumes = Op("List Volumes", "GET", "/v1/volumes");
        public static readonly ScpOperation CreateVolume = Op("Create Volume", "POST", "/v1/volumes");
        public static readonly ScpOperation ShowVolume = Op("Show Volume", "GET", V);
        public static readonly ScpOperation DeleteVolume = Op("Delete Volume", "DELETE", V);
        public static readonly ScpOperation SetVolumeQos = Op("Set Volume QoS", "PUT", V + "/qos");
        public static readonly ScpOperation AttachVolume = Op("Attach Volume", "POST", V + "/attachments");
        public static readonly ScpOperation DetachVolume = Op("Detach Volume", "DELETE", V + "/attachments");
        public static readonly ScpOperation CreateVolumeRecovery = Op("Create Volume Recovery", "POST", V + "/recoveries");

        // Volume groups
        public static readonly ScpOperation ListVolumeGroups = Op("List Volume Groups", "GET", "/v1/volume-groups");
        public static readonly ScpOperation CreateVolumeGroup = Op("Create Volume Group", "POST", "/v1/volume-groups");
        public static readonly ScpOperation ShowVolumeGroup = Op("Show Volume Group", "GET", G);
        public static readonly ScpOperation AddVolumeGroupMember = Op("Add Volume Group Member on Volume Group", "PUT", G + "/members/add");
        public static readonly ScpOperation RemoveVolumeGroupMember = Op("Remove Volume Group Member on Volume Group", "PUT", G + "/members/remove");
        public static readonly ScpOperation CreateVolumeGroupRecovery = Op("Create Volume Group Recovery", "POST", G + "/recoveries");

        // Snapshots
        public static readonly ScpOperation ListVolumeSnapshots = Op("List Volume Snapshots", "GET", V + "/snapshots");
        public static readonly ScpOperation CreateVolumeSnapshot = Op("Create Volume Snapshot", "POST", V + "/snapshots");
        public static readonly ScpOperation DeleteVolumeSnapshot = Op("Delete Volume Snapshot", "DELETE", V + "/snapshots/{snapshot_id}");
        public static readonly ScpOperation RestoreVolumeSnapshot = Op("Restore Volume Snapshot", "PUT", V + "/snapshots/{snapshot_id}/restore");
        public static readonly ScpOperation ListVolumeGroupSnapshots = Op("List Volume Group Snapshots", "GET", G + "/snapshots");
        public static readonly ScpOperation CreateVolumeGroupSnapshot = Op("Create Volume Group Snapshot", "POST", G + "/snapshots");
        public static readonly ScpOperation DeleteVolumeGroupSnapshot = Op("Delete Volume Group Snapshot", "DELETE", G + "/snapshots/{snapshot_id}");
        public static readonly ScpOperation RestoreVolumeGroupSnapshot = Op("Restore Volume Group Snapshot", "PUT", G + "/snapshots/{snapshot_id}/restore");

        // Snapshot rates (volumes only)
        public static readonly ScpOperation CreateVolumeSnapshotRate = Op("Create Volume Snapshot Rate", "POST", V + "/snapshot-rates");
        public static readonly ScpOperation SetVolumeSnapshotRate = Op("Set Volume Snapshot Rate", "PUT", V + "/snapshot-rates");
        public static readonly ScpOperation DeleteVolumeSnapshotRate = Op("Delete Volume Snapshot Rate", "DELETE", V + "/snapshot-rates");

        // Snapshot schedules
        public static readonly ScpOperation CreateVolumeSnapshotSchedule = Op("Create Volume Snapshot Schedule", "POST", V + "/snapshot-schedules");
        public static readonly ScpOperation SetVolumeSnapshotSchedule = Op("Set Volume Snapshot Schedule", "PUT", V + "/snapshot-schedules");
        public static readonly ScpOperation DeleteVolumeSnapshotSchedule = Op("Delete Volume Snapshot Schedule", "DELETE", V + "/snapshot-schedules");
        public static readonly ScpOperation CreateVolumeGroupSnapshotSchedule = Op("Create Volume Group Snapshot Schedule", "POST", G + "/snapshot-schedules");
        public static readonly ScpOperation SetVolumeGroupSnapshotSchedule = Op("Set Volume Group Snapshot Schedule", "PUT", G + "/snapshot-schedules");
        public static readonly ScpOperation DeleteVolumeGroupSnapshotSchedule = Op("Delete Volume Group Snapshot Schedule", "DELETE", G + "/snapshot-schedules");

        // Replications
        public static readonly ScpOperation ShowVolumeReplication = Op("Show Volume Replication", "GET", V + "/replications");
        public static readonly ScpOperation CreateVolumeReplication = Op("Create Volume Replication", "POST", V + "/replications");
        public static readonly ScpOperation DeleteVolumeReplication = Op("Delete Volume Replication", "DELETE", V + "/replications");
        public static readonly ScpOperation SetVolumeReplicationCycle = Op("Set Volume Replication Cycle", "PUT", V + "/replications/cycle");
        public static readonly ScpOperation SetVolumeReplicationPolicy = Op("Set Volume Replication Policy", "PUT", V + "/replications/policy");
        public static readonly ScpOperation ShowVolumeGroupReplication = Op("Show Volume Group Replication", "GET", G + "/replications");
        public static readonly ScpOperation CreateVolumeGroupReplication = Op("Create Volume Group Replication", "POST", G + "/replications");
        public static readonly ScpOperation DeleteVolumeGroupReplication = Op("Delete Volume Group Replication", "DELETE", G + "/replications");
        public static readonly ScpOperation SetVolumeGroupReplicationCycle = Op("Set Volume Group Replication Cycle", "PUT", G + "/replications/cycle");
        public static readonly ScpOperation SetVolumeGroupReplicationPolicy = Op("Set Volume Group Replication Policy", "PUT", G + "/replications/policy");

        /// <summary>Every operation above, in declaration order.</summary>
        public static IReadOnlyList<ScpOperation> All { get; } = new[]
        {
            ListVolumes, CreateVolume, ShowVolume, DeleteVolume, SetVolumeQos, AttachVolume, DetachVolume, CreateVolumeRecovery,
            ListVolumeGroups, CreateVolumeGroup, ShowVolumeGroup, AddVolumeGroupMember, RemoveVolumeGroupMember, CreateVolumeGroupRecovery,
            ListVolumeSnapshots, CreateVolumeSnapshot, DeleteVolumeSnapshot, RestoreVolumeSnapshot,
            ListVolumeGroupSnapshots, CreateVolumeGroupSnapshot, DeleteVolumeGroupSnapshot, RestoreVolumeGroupSnapshot,
            CreateVolumeSnapshotRate, SetVolumeSnapshotRate, DeleteVolumeSnapshotRate,
            CreateVolumeSnapshotSchedule, SetVolumeSnapshotSchedule, DeleteVolumeSnapshotSchedule,
            CreateVolumeGroupSnapshotSchedule, SetVolumeGroupSnapshotSchedule, DeleteVolumeGroupSnapshotSchedule,
            ShowVolumeReplication, CreateVolumeReplication, DeleteVolumeReplication, SetVolumeReplicationCycle, SetVolumeReplicationPolicy,
            ShowVolumeGroupReplication, CreateVolumeGroupReplication, DeleteVolumeGroupReplication, SetVolumeGroupReplicationCycle, SetVolumeGroupReplicationPolicy,
        };

        /// <summary>
        /// The lowest API version of this service that has the operation, where it is newer than
        /// 1.0 (seed 003 §3: QoS from 1.2, recoveries from 1.1). The client refuses these before
        /// sending when the session pins an older version.
        /// </summary>
        public static IReadOnlyDictionary<ScpOperation, string> Since { get; } = new Dictionary<ScpOperation, string>
        {
            [SetVolumeQos] = "1.2",
            [CreateVolumeRecovery] = "1.1",
            [CreateVolumeGroupRecovery] = "1.1",
        };
    }
}

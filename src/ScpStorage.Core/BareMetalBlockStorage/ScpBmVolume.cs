using System;
using Newtonsoft.Json;

namespace ScpStorage.Core.BareMetalBlockStorage
{
    /// <summary>
    /// A bare metal block storage volume: Show Volume's VolumeModelV1Dot2 or a List Volumes item
    /// (VolumeListModel). The two shapes differ (seed 003 §2); one model holds either, and
    /// <see cref="IsDetailed"/> says which one was read.
    /// </summary>
    public sealed class ScpBmVolume : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        /// <summary>Upper-case state: CREATING, AVAILABLE, IN_USE, EDITING, ... (see <see cref="BareMetalBlockStorageStates.Volume"/>).</summary>
        public string? State { get; internal set; }
        public string? PreviousState { get; internal set; }
        [JsonProperty("size_gb")]
        public int SizeGB { get; internal set; }
        /// <summary>SSD or HDD.</summary>
        public string? DiskType { get; internal set; }
        /// <summary>ORG, REPL, BACKUP or RECOVERY.</summary>
        public string? Purpose { get; internal set; }
        public string? AccountId { get; internal set; }
        /// <summary>Servers the volume is attached to (Show: full server entries; List: id and name only).</summary>
        public ScpList<ScpBmAttachedServer> Attachments { get; internal set; } = new ScpList<ScpBmAttachedServer>();
        /// <summary>The volume group the volume belongs to; null when none (List sends <c>""</c>).</summary>
        public ScpBmRef? VolumeGroup { get; internal set; }
        /// <summary>IOPS and throughput (Show only, API 1.2 and later).</summary>
        public ScpBmQos? Qos { get; internal set; }
        public int? SnapshotRate { get; internal set; }
        public ScpBmScheduleInfo? SnapshotSchedule { get; internal set; }
        public ScpBmVolumeRecovery? Recovery { get; internal set; }
        /// <summary>iSCSI target addresses; null when SCP sent something other than a list (the List example sends a schema object).</summary>
        [JsonConverter(typeof(BmStringListConverter))]
        public ScpList<string>? IscsiTargetIps { get; internal set; }
        public ScpList<ScpBmExternalError> ExternalErrors { get; internal set; } = new ScpList<ScpBmExternalError>();
        public bool? HasOrigin { get; internal set; }
        public bool? HasReplication { get; internal set; }
        /// <summary>List only: whether a relation (replication or recovery) exists.</summary>
        public bool? HasRelation { get; internal set; }
        public bool? IsEncryption { get; internal set; }
        /// <summary>List only.</summary>
        public bool? IsInVolumeGroup { get; internal set; }
        /// <summary>List only: whether a snapshot rate is set.</summary>
        public bool? IsSnapshotActivated { get; internal set; }
        public string? Srn { get; internal set; }
        public string? StorageVolumeName { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        public string? CreatedBy { get; internal set; }
        public DateTimeOffset? ModifiedAt { get; internal set; }
        public string? ModifiedBy { get; internal set; }

        /// <summary>True when read by Show Volume (QoS, schedule, recovery are present); false for a List item.</summary>
        [JsonIgnore] public bool IsDetailed { get; internal set; }

        /// <summary>The owning group's id (null when none), so a piped volume names its group.</summary>
        [JsonIgnore] public string? VolumeGroupId => VolumeGroup?.Id;

        /// <summary>The ids of the servers the volume is attached to.</summary>
        [JsonIgnore] public ScpList<string> ServerIds => System.Linq.Enumerable.Select(Attachments, a => a.Id).ToScpList();

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }

    /// <summary>A server a volume is attached to (AttachedServer; List items carry only id and name).</summary>
    public sealed class ScpBmAttachedServer
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        /// <summary>BM (bare metal server) or MNGC.</summary>
        public string? Type { get; internal set; }
        public string? State { get; internal set; }
        public string? ImageName { get; internal set; }
        public string? Srn { get; internal set; }
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }

    /// <summary>An id and name pair (VolumeGroupInfo, RecoveryVolumeGroupInfo entries, member origin/recovery).</summary>
    public sealed class ScpBmRef
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }

    /// <summary>QoSModel: IOPS (5,000–20,000) and throughput in MB/s (250–1,000); also Set Volume QoS's answer.</summary>
    public sealed class ScpBmQos : ScpResource
    {
        public int? Iops { get; internal set; }
        public int? Throughput { get; internal set; }
        public override string ToString() => $"{Iops} IOPS, {Throughput} MB/s";
    }

    /// <summary>A snapshot schedule as Show Volume / Show Volume Group carry it.</summary>
    public sealed class ScpBmScheduleInfo
    {
        /// <summary>SUN..SAT; SCP sends <c>""</c> for a daily volume schedule.</summary>
        public string? DayOfWeek { get; internal set; }
        /// <summary>DAILY, WEEKLY or NONE.</summary>
        public string? Frequency { get; internal set; }
        public int? Hour { get; internal set; }
        public override string ToString() => string.IsNullOrEmpty(DayOfWeek) ? $"{Frequency} {Hour}h" : $"{Frequency} {DayOfWeek} {Hour}h";
    }

    /// <summary>RecoveryInfo: the volume this one was recovered from, and the one recovered from it.</summary>
    public sealed class ScpBmVolumeRecovery
    {
        public ScpBmRecoveryVolume? OriginVolume { get; internal set; }
        public ScpBmRecoveryVolume? RecoveryVolume { get; internal set; }
    }

    /// <summary>RecoveryVolumeInfo: id, name and the servers it is attached to.</summary>
    public sealed class ScpBmRecoveryVolume
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        public ScpList<ScpBmAttachedServer> Attachments { get; internal set; } = new ScpList<ScpBmAttachedServer>();
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }

    /// <summary>ExternalError: an error SCP met calling another system for this volume.</summary>
    public sealed class ScpBmExternalError
    {
        public string? Code { get; internal set; }
        public string? ObjectType { get; internal set; }
        public int? Status { get; internal set; }
        public override string ToString() => $"{ObjectType} {Status} {Code}";
    }
}

using System;
using Newtonsoft.Json;

namespace ScpStorage.Core.BareMetalBlockStorage
{
    /// <summary>
    /// A volume group: Show Volume Group's VolumeGroupModel or a List Volume Groups item
    /// (VolumeGroupListModel, which has the member count but not the members).
    /// </summary>
    public sealed class ScpBmVolumeGroup : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        /// <summary>CREATING, AVAILABLE, EDITING, ... (see <see cref="BareMetalBlockStorageStates.VolumeGroup"/>).</summary>
        public string? State { get; internal set; }
        /// <summary>ORG, REPL or RECOVERY.</summary>
        public string? Purpose { get; internal set; }
        public string? AccountId { get; internal set; }
        /// <summary>Members (Show only).</summary>
        public ScpList<ScpBmMemberVolume> MemberVolumes { get; internal set; } = new ScpList<ScpBmMemberVolume>();
        /// <summary>Member count (List only; from Show it is counted from the members).</summary>
        public int? NumOfBlockStorages { get; internal set; }
        public ScpBmScheduleInfo? SnapshotSchedule { get; internal set; }
        public ScpBmVolumeGroupRecovery? Recovery { get; internal set; }
        public bool? HasOrigin { get; internal set; }
        public bool? HasReplication { get; internal set; }
        public int? SoStorageId { get; internal set; }
        public string? SoVolumePoolId { get; internal set; }
        public string? StorageVolumeGroupName { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        public string? CreatedBy { get; internal set; }
        public DateTimeOffset? ModifiedAt { get; internal set; }
        public string? ModifiedBy { get; internal set; }

        /// <summary>True when read by Show Volume Group (members present).</summary>
        [JsonIgnore] public bool IsDetailed { get; internal set; }

        /// <summary>The member volumes' ids.</summary>
        [JsonIgnore] public ScpList<string> VolumeIds => System.Linq.Enumerable.Select(MemberVolumes, m => m.Id).ToScpList();

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }

    /// <summary>
    /// A member volume: MemberVolumeWithRecoveryInfo (Show Volume Group) or MemberVolume (the
    /// member add/remove answers, which carry purpose and the backend names instead).
    /// </summary>
    public sealed class ScpBmMemberVolume
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        public string? State { get; internal set; }
        [JsonProperty("size_gb")]
        public int SizeGB { get; internal set; }
        public string? DiskType { get; internal set; }
        public string? Purpose { get; internal set; }
        public int? SnapshotRate { get; internal set; }
        public ScpBmRef? OriginVolume { get; internal set; }
        public ScpBmRef? RecoveryVolume { get; internal set; }
        public string? SoVolumeId { get; internal set; }
        public string? SoVolumeName { get; internal set; }
        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }

    /// <summary>RecoveryVolumeGroupInfo.</summary>
    public sealed class ScpBmVolumeGroupRecovery
    {
        public ScpBmRef? OriginVolumeGroup { get; internal set; }
        public ScpBmRef? RecoveryVolumeGroup { get; internal set; }
    }

    /// <summary>VolumeGroupMemberResponse: the group id and its members after an add or remove.</summary>
    public sealed class ScpBmVolumeGroupMembers : ScpResource
    {
        public string Id { get; internal set; } = "";
        public ScpList<ScpBmMemberVolume> MemberVolumes { get; internal set; } = new ScpList<ScpBmMemberVolume>();
    }
}

using System;
using System.Globalization;
using Newtonsoft.Json;

namespace ScpStorage.Core.BareMetalBlockStorage
{
    /// <summary>Whether an operation targets a volume or a volume group (the paired operations of this service).</summary>
    public enum ScpBmTargetKind { Volume, VolumeGroup }

    /// <summary>
    /// The replication of a volume or volume group (Show … Replication's <c>result</c>). It has no
    /// id of its own: it is named by its source, stamped from the request.
    /// </summary>
    public sealed class ScpBmReplication : ScpResource
    {
        [JsonIgnore] public ScpBmTargetKind SourceKind { get; internal set; }
        /// <summary>The source volume's or volume group's id.</summary>
        [JsonIgnore] public string SourceId { get; internal set; } = "";
        /// <summary>The source volume's id (null for a group's replication), so the object pipes to volume cmdlets.</summary>
        [JsonIgnore] public string? VolumeId => SourceKind == ScpBmTargetKind.Volume ? SourceId : null;
        /// <summary>The source group's id (null for a volume's replication).</summary>
        [JsonIgnore] public string? VolumeGroupId => SourceKind == ScpBmTargetKind.VolumeGroup ? SourceId : null;
        /// <summary>5MIN, HOURLY, DAILY, WEEKLY or MONTHLY.</summary>
        public string? SyncCycle { get; internal set; }
        /// <summary>As SCP sends it (the only documented value is <c>SNAPMIRROED</c>).</summary>
        public string? SyncState { get; internal set; }
        /// <summary>HH:MM:SS between the source's latest snapshot and its newest copy (API 1.3); raw text.</summary>
        [JsonProperty("lag_time")]
        public string? LagTimeText { get; internal set; }
        [JsonIgnore] public TimeSpan? LagTime =>
            TimeSpan.TryParse(LagTimeText ?? "", CultureInfo.InvariantCulture, out var t) ? t : (TimeSpan?)null;
        /// <summary>The volumes of a volume replication (source and replica).</summary>
        public ScpList<ScpBmRelated> RelatedVolumes { get; internal set; } = new ScpList<ScpBmRelated>();
        /// <summary>The groups of a volume group replication.</summary>
        public ScpList<ScpBmRelated> RelatedVolumeGroups { get; internal set; } = new ScpList<ScpBmRelated>();

        public override string ToString() => $"{SourceKind} {SourceId} replication ({SyncCycle}, {SyncState})";
    }

    /// <summary>RelationVolumeModel / RelationVolumeGroupModel.</summary>
    public sealed class ScpBmRelated
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        public string? Purpose { get; internal set; }
        public string? Region { get; internal set; }
        /// <summary>READ, READ_WRITE or UNKNOWN.</summary>
        public string? Auth { get; internal set; }
        public override string ToString() => $"{Name} ({Id}, {Region}, {Auth})";
    }

    /// <summary>A replication cycle or policy answer: {cycle, volume_id|volume_group_id} or {cycle|sync_cycle, sync_state}.</summary>
    public sealed class ScpBmReplicationChange : ScpResource
    {
        public string? Cycle { get; internal set; }
        public string? SyncCycle { get; internal set; }
        public string? SyncState { get; internal set; }
        public string? VolumeId { get; internal set; }
        public string? VolumeGroupId { get; internal set; }
    }

    /// <summary>
    /// A snapshot schedule of a volume or group (the create/set/delete answers). One per target,
    /// named by it; <see cref="SourceKind"/>/<see cref="SourceId"/> are stamped from the request.
    /// </summary>
    public sealed class ScpBmSnapshotSchedule : ScpResource
    {
        [JsonIgnore] public ScpBmTargetKind SourceKind { get; internal set; }
        [JsonIgnore] public string SourceId { get; internal set; } = "";
        public string? VolumeId { get; internal set; }
        public string? VolumeGroupId { get; internal set; }
        /// <summary>SUN..SAT (SCP sends <c>""</c> for some daily schedules).</summary>
        public string? DayOfWeek { get; internal set; }
        /// <summary>DAILY, WEEKLY or NONE.</summary>
        public string? Frequency { get; internal set; }
        public int? Hour { get; internal set; }
        public override string ToString() => $"{SourceKind} {SourceId}: {Frequency} {DayOfWeek} {Hour}h";
    }

    /// <summary>A volume's snapshot rate (VolumeSnapshotRateResponse).</summary>
    public sealed class ScpBmSnapshotRate : ScpResource
    {
        public string VolumeId { get; internal set; } = "";
        public bool? IsSnapshotActivated { get; internal set; }
        public int? SnapshotRate { get; internal set; }
        public override string ToString() => $"{VolumeId}: rate {SnapshotRate}";
    }

    /// <summary>An attachment in Attach/Detach answers (AttachmentListModel).</summary>
    public sealed class ScpBmAttachment : ScpResource
    {
        public string? ObjectId { get; internal set; }
        /// <summary>BM or MNGC.</summary>
        public string? ObjectType { get; internal set; }
    }

    /// <summary>AsyncResponse: what SCP answers a 202 with. The client never relies on what <see cref="ResourceId"/> names (see docs/design.md).</summary>
    public sealed class ScpBmRequest : ScpResource
    {
        public string? RequestId { get; internal set; }
        public string? ResourceId { get; internal set; }
        /// <summary>Set only on an answer rebuilt by reconciliation: when the adopted resource was created.</summary>
        [JsonIgnore] internal DateTimeOffset? CreatedAt { get; set; }
    }

    /// <summary>Attach/Detach answers (VolumeAttachmentResponse): the attachments SCP lists afterwards.</summary>
    public sealed class ScpBmAttachmentList : ScpResource
    {
        public ScpList<ScpBmAttachment> Attachments { get; internal set; } = new ScpList<ScpBmAttachment>();
    }
}

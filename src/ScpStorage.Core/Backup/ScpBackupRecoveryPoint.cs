using System;

namespace ScpStorage.Core.Backup
{
    /// <summary>
    /// A point a backup can be restored from (SCP: "restore target", BackupRestoreTargetResponse).
    /// SCP's payload has no backup id; the client stamps <see cref="BackupId"/> from the request.
    /// </summary>
    public sealed class ScpBackupRecoveryPoint : ScpResource
    {
        [Newtonsoft.Json.JsonProperty("restore_target_id")]
        public string Id { get; internal set; } = "";
        /// <summary>When the backup image was taken.</summary>
        public DateTimeOffset? BackupStartTime { get; internal set; }
        /// <summary>Whether it can be restored now (SCP's example sends "true").</summary>
        public bool IsRestoreAvailable { get; internal set; }
        public string? RetentionPeriod { get; internal set; }
        public string? ScheduleId { get; internal set; }
        public string? ScheduleName { get; internal set; }
        /// <summary>Size in GB (SCP's example sends "123.4").</summary>
        public double? UsageGb { get; internal set; }

        /// <summary>The backup this point belongs to (stamped by the client).</summary>
        [Newtonsoft.Json.JsonIgnore] public string BackupId { get; internal set; } = "";
        /// <summary>The id under the name restores and filesystem listings use.</summary>
        [Newtonsoft.Json.JsonIgnore] public string RestoreTargetId => Id;

        public override string ToString() => $"{BackupStartTime:yyyy-MM-dd HH:mm:ss} ({Id})";
    }
}

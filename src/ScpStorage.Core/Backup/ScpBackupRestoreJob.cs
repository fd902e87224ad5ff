using System;

namespace ScpStorage.Core.Backup
{
    /// <summary>
    /// One restore of a backup (BackupRestoreHistoryResponse). SCP gives restores no id: a restore
    /// is known by its backup, server name and start time.
    /// </summary>
    public sealed class ScpBackupRestoreJob : ScpResource
    {
        public string BackupId { get; internal set; } = "";
        /// <summary>COMPLETED, PARTIAL_SUCCESS, FAILED or INPROGRESS.</summary>
        [Newtonsoft.Json.JsonProperty("restore_state")]
        public string? State { get; internal set; }
        public string? RestoreServerName { get; internal set; }
        public string? RestoreServerId { get; internal set; }
        /// <summary>When the recovery point restored was taken.</summary>
        public DateTimeOffset? BackupStartTime { get; internal set; }
        public DateTimeOffset? RestoreStartTime { get; internal set; }
        public DateTimeOffset? RestoreEndTime { get; internal set; }
        public string? ScheduleName { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        public string? CreatedBy { get; internal set; }
        public DateTimeOffset? ModifiedAt { get; internal set; }
        public string? ModifiedBy { get; internal set; }

        public override string ToString() => $"{RestoreServerName} {RestoreStartTime:yyyy-MM-dd HH:mm:ss} ({State})";
    }
}

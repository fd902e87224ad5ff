using System;

namespace ScpStorage.Core.Backup
{
    /// <summary>
    /// One run of a backup (BackupHistoryResponse): scheduled or started by Start-ScpBackupJob.
    /// SCP's payload has no backup id; the client stamps <see cref="BackupId"/> from the request.
    /// </summary>
    public sealed class ScpBackupJob : ScpResource
    {
        /// <summary>The job's id (<c>backup_job_guid</c>; may be null while SCP has not assigned one).</summary>
        [Newtonsoft.Json.JsonProperty("backup_job_guid")]
        public string? Id { get; internal set; }
        /// <summary>INPROGRESS, SUCCESS, PARTIAL_SUCCESS or FAILED.</summary>
        [Newtonsoft.Json.JsonProperty("backup_job_state")]
        public string? State { get; internal set; }
        [Newtonsoft.Json.JsonProperty("backup_start_time")]
        public DateTimeOffset? StartTime { get; internal set; }
        /// <summary>Null while the job runs.</summary>
        [Newtonsoft.Json.JsonProperty("backup_end_time")]
        public DateTimeOffset? EndTime { get; internal set; }
        public string? ScheduleId { get; internal set; }
        public string? ScheduleName { get; internal set; }

        /// <summary>The backup this job belongs to (stamped by the client).</summary>
        [Newtonsoft.Json.JsonIgnore] public string BackupId { get; internal set; } = "";

        public override string ToString() => $"{Id} ({State})";
    }
}

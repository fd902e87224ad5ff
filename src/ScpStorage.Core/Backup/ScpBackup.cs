using System;

namespace ScpStorage.Core.Backup
{
    /// <summary>
    /// A backup policy of one server (BackupDetailResponse1Dot2). A listing fills only the list
    /// item's fields (id, name, state, policy type, retention, role, server name, audit fields);
    /// the detail fields are null until the backup is read by id (Get-ScpBackup -Id or -Detailed).
    /// </summary>
    public sealed class ScpBackup : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        /// <summary>Only AVAILABLE is documented.</summary>
        public string? State { get; internal set; }
        /// <summary>VM_IMAGE or FILESYSTEM.</summary>
        public string? PolicyType { get; internal set; }
        /// <summary>AGENTLESS or AGENT (detail).</summary>
        public string? PolicyCategory { get; internal set; }
        /// <summary>WEEK_2, MONTH_1, MONTH_3, MONTH_6 or YEAR_1.</summary>
        public string? RetentionPeriod { get; internal set; }
        /// <summary>ORIGINAL (documented); a replica's value is not documented.</summary>
        public string? RoleType { get; internal set; }
        public string? ServerName { get; internal set; }
        /// <summary>The protected server's id (detail).</summary>
        public string? ServerUuid { get; internal set; }
        /// <summary>VIRTUAL_SERVER, GPU_SERVER or BAREMETAL_SERVER (detail).</summary>
        public string? ServerCategory { get; internal set; }
        public string? ServerRegion { get; internal set; }
        public string? ServerOsType { get; internal set; }
        /// <summary>The backup's own region (detail); <see cref="ScpResource.Region"/> is where it was read.</summary>
        [Newtonsoft.Json.JsonProperty("region")]
        public string? BackupRegion { get; internal set; }
        public string? BackupAgentId { get; internal set; }
        public bool? EncryptEnabled { get; internal set; }
        public ScpList<string>? FilesystemPaths { get; internal set; }
        public bool? IsAllFilesystem { get; internal set; }
        public bool? DrEnabled { get; internal set; }
        public string? DrRegion { get; internal set; }
        public string? OriginBackupId { get; internal set; }
        public string? ReplicaBackupId { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        public string? CreatedBy { get; internal set; }
        public DateTimeOffset? ModifiedAt { get; internal set; }
        public string? ModifiedBy { get; internal set; }

        /// <summary>The id under the name other Backup objects use for it, so a backup binds to -BackupId by property name.</summary>
        [Newtonsoft.Json.JsonIgnore] public string BackupId => Id;

        /// <summary>True when the detail fields were read (Show Backup), false for a list item.</summary>
        [Newtonsoft.Json.JsonIgnore] public bool IsDetailed => ServerUuid != null || PolicyCategory != null;

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }
}

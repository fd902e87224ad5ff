namespace ScpStorage.Core.Backup
{
    /// <summary>
    /// A server that can be backed up (BackupTargetResponse). The client stamps the category and
    /// policy type it was listed for, which SCP's payload leaves out, so it pipes into New-ScpBackup.
    /// </summary>
    public sealed class ScpBackupTarget : ScpResource
    {
        public string ServerUuid { get; internal set; } = "";
        public string? ServerGuid { get; internal set; }
        public string? ServerName { get; internal set; }
        public string? ServerOsVersion { get; internal set; }
        public string? ServerType { get; internal set; }
        /// <summary>The category the target was listed for (stamped).</summary>
        [Newtonsoft.Json.JsonIgnore] public string ServerCategory { get; internal set; } = "";
        /// <summary>The policy type the target was listed for (stamped).</summary>
        [Newtonsoft.Json.JsonIgnore] public string PolicyType { get; internal set; } = "";

        public override string ToString() => $"{ServerName} ({ServerUuid})";
    }

    /// <summary>A server a backup agent can be installed on (BackupAgentTargetResponse1Dot2); stamped with the queried category.</summary>
    public sealed class ScpBackupAgentTarget : ScpResource
    {
        public string ServerUuid { get; internal set; } = "";
        public string? ServerName { get; internal set; }
        /// <summary>RUNNING is documented.</summary>
        public string? ServerState { get; internal set; }
        public string? ServerType { get; internal set; }
        public string? ServerBackupAgentIp { get; internal set; }
        public string? VpcId { get; internal set; }
        [Newtonsoft.Json.JsonIgnore] public string ServerCategory { get; internal set; } = "";

        public override string ToString() => $"{ServerName} ({ServerUuid})";
    }

    /// <summary>A server a FILESYSTEM backup can be restored onto (AgentBackupRestoreTargetServerResponse1Dot2); stamped with its backup.</summary>
    public sealed class ScpBackupRestoreTargetServer : ScpResource
    {
        public string ServerUuid { get; internal set; } = "";
        public string? ServerName { get; internal set; }
        public string? ServerOsVersion { get; internal set; }
        public string? ServerType { get; internal set; }
        [Newtonsoft.Json.JsonIgnore] public string BackupId { get; internal set; } = "";

        public override string ToString() => $"{ServerName} ({ServerUuid})";
    }
}

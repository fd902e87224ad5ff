using System;

namespace ScpStorage.Core.Backup
{
    /// <summary>
    /// A backup agent installed on a server (BackupAgentDetailResponse1Dot2). A listing leaves the
    /// detail fields (server id, master, media servers, installer, subnet) null.
    /// </summary>
    public sealed class ScpBackupAgent : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        /// <summary>Only AVAILABLE is documented.</summary>
        public string? State { get; internal set; }
        /// <summary>Result of the last connection check; only SUCCESS is documented.</summary>
        public string? ConnectionState { get; internal set; }
        public DateTimeOffset? ConnectionCheckTime { get; internal set; }
        public string? AccountId { get; internal set; }
        /// <summary>How many backups use the agent (SCP's examples send it as a string).</summary>
        public int? BackupPolicyCount { get; internal set; }
        public string? ServerBackupAgentIp { get; internal set; }
        public string? ServerCategory { get; internal set; }
        public string? ServerName { get; internal set; }
        public string? ServerUuid { get; internal set; }
        public string? ServerOsType { get; internal set; }
        public string? ServerGatewayIp { get; internal set; }
        public string? BackupMasterIp { get; internal set; }
        public string? BackupMasterName { get; internal set; }
        public string? InstallFilePath { get; internal set; }
        public ScpList<ScpBackupMediaServer>? MediaServers { get; internal set; }
        public string? SubnetId { get; internal set; }
        public string? SubnetName { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        public string? CreatedBy { get; internal set; }
        public DateTimeOffset? ModifiedAt { get; internal set; }
        public string? ModifiedBy { get; internal set; }

        /// <summary>The id under the name backups use for it (<c>BackupAgentId</c>).</summary>
        [Newtonsoft.Json.JsonIgnore] public string BackupAgentId => Id;

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }

    /// <summary>A media server an agent sends data to (MediaServer).</summary>
    public sealed class ScpBackupMediaServer
    {
        public string? IpAddress { get; internal set; }
        public string? Name { get; internal set; }

        public override string ToString() => string.IsNullOrEmpty(IpAddress) ? Name ?? "" : $"{Name} ({IpAddress})";
    }
}

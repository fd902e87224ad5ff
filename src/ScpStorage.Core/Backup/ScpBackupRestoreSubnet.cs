using System;

namespace ScpStorage.Core.Backup
{
    /// <summary>A subnet a VM_IMAGE backup can be restored into (BackupRestoreSubnetResponse).</summary>
    public sealed class ScpBackupRestoreSubnet : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        /// <summary>ACTIVE is documented.</summary>
        public string? State { get; internal set; }
        public string? Cidr { get; internal set; }
        public string? GatewayIpAddress { get; internal set; }
        /// <summary>GENERAL is documented.</summary>
        public string? Type { get; internal set; }
        public string? VpcId { get; internal set; }
        public string? VpcName { get; internal set; }
        public string? AccountId { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        public string? CreatedBy { get; internal set; }
        public DateTimeOffset? ModifiedAt { get; internal set; }
        public string? ModifiedBy { get; internal set; }
        [Newtonsoft.Json.JsonIgnore] public string BackupId { get; internal set; } = "";

        public override string ToString() => $"{Name} ({Cidr})";
    }

    /// <summary>A file or directory inside a recovery point (FileSystemPathResponse); stamped with its backup and point.</summary>
    public sealed class ScpBackupFilesystemItem : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        /// <summary>DIR or FILE.</summary>
        public string? ItemType { get; internal set; }
        /// <summary>The parent path.</summary>
        public string? Path { get; internal set; }
        [Newtonsoft.Json.JsonIgnore] public string BackupId { get; internal set; } = "";
        [Newtonsoft.Json.JsonIgnore] public string RestoreTargetId { get; internal set; } = "";

        public override string ToString() => (Path ?? "") + Name;
    }

    /// <summary>Regions a backup can be replicated between (BackupRegionRelationshipResponse).</summary>
    public sealed class ScpBackupRegionRelationship : ScpResource
    {
        public string? FromRegion { get; internal set; }
        public string? FromAvailabilityZone { get; internal set; }
        public string? ToRegion { get; internal set; }
        public string? ToAvailabilityZone { get; internal set; }

        public override string ToString() => $"{FromRegion} -> {ToRegion}";
    }

    /// <summary>The agent installer's address for one OS (InstallFilePathResponse).</summary>
    public sealed class ScpBackupAgentInstaller : ScpResource
    {
        /// <summary>WINDOWS or LINUX (the query, stamped).</summary>
        [Newtonsoft.Json.JsonIgnore] public string OsType { get; internal set; } = "";
        public string? InstallFilePath { get; internal set; }

        public override string ToString() => InstallFilePath ?? "";
    }

    /// <summary>
    /// SCP's answer to a Backup change (SyncResponse / AsyncResponse): a request id and a
    /// resource reference whose meaning SCP does not document; the client never relies on it.
    /// </summary>
    public sealed class ScpBackupRequest : ScpResource
    {
        public string? RequestId { get; internal set; }
        public ScpBackupRequestResource? Resource { get; internal set; }

        public override string ToString() => RequestId ?? "";
    }

    /// <summary>The <c>resource</c> of a <see cref="ScpBackupRequest"/>.</summary>
    public sealed class ScpBackupRequestResource
    {
        public string? Id { get; internal set; }
        /// <summary>Documented as objects, sent as strings in the examples: kept as sent.</summary>
        public Newtonsoft.Json.Linq.JToken? Links { get; internal set; }
    }

    /// <summary>The answer of the three duplicate checks: <c>{"result": bool}</c>; true = a duplicate exists.</summary>
    public sealed class ScpBackupCheckResult : ScpResource
    {
        public bool Result { get; internal set; }
    }
}

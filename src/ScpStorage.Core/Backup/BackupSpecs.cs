using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.Backup
{
    /// <summary>A backup to create (BackupCreateRequest1Dot2); <see cref="Validate"/> checks it before anything is sent.</summary>
    public sealed class BackupCreateSpec
    {
        public string Name { get; set; } = "";
        public string ServerUuid { get; set; } = "";
        public string ServerCategory { get; set; } = "VIRTUAL_SERVER";
        public string PolicyType { get; set; } = "VM_IMAGE";
        /// <summary>Null: derived from the policy type (VM_IMAGE → AGENTLESS, FILESYSTEM → AGENT).</summary>
        public string? PolicyCategory { get; set; }
        public List<ScpBackupScheduleSpec> Schedules { get; set; } = new List<ScpBackupScheduleSpec>();
        public string? RetentionPeriod { get; set; }
        /// <summary>SCP's default is true (doc L7294).</summary>
        public bool? EncryptEnabled { get; set; }
        public bool? DrEnabled { get; set; }
        public List<string>? FilesystemPaths { get; set; }
        public bool? IsAllFilesystem { get; set; }
        public string? Region { get; set; }
        public string? ServerGuid { get; set; }
        public IDictionary<string, string>? Tags { get; set; }

        /// <summary>The category SCP gets: the one given, else the one that goes with the policy type.</summary>
        public string EffectivePolicyCategory => PolicyCategory ?? (PolicyType == "FILESYSTEM" ? "AGENT" : "AGENTLESS");

        /// <summary>Null when valid; otherwise what is wrong, saying what is allowed.</summary>
        public string? Validate()
        {
            if (string.IsNullOrWhiteSpace(Name)) return "A backup needs a name.";
            if (string.IsNullOrWhiteSpace(ServerUuid)) return "A backup needs the id of the server it protects.";
            if (!BackupClient.ServerCategories.Contains(ServerCategory)) return $"Server category '{ServerCategory}' is not one of {string.Join(", ", BackupClient.ServerCategories)}.";
            if (!BackupClient.PolicyTypes.Contains(PolicyType)) return $"Policy type '{PolicyType}' is not one of {string.Join(", ", BackupClient.PolicyTypes)}.";
            if (!BackupClient.PolicyCategories.Contains(EffectivePolicyCategory)) return $"Policy category '{EffectivePolicyCategory}' is not one of {string.Join(", ", BackupClient.PolicyCategories)}.";
            if (RetentionPeriod != null && !BackupClient.RetentionPeriods.Contains(RetentionPeriod))
                return $"Retention period '{RetentionPeriod}' is not one of {string.Join(", ", BackupClient.RetentionPeriods)}.";
            if (PolicyType != "FILESYSTEM" && ((FilesystemPaths?.Count ?? 0) > 0 || IsAllFilesystem == true))
                return "Filesystem paths belong to FILESYSTEM backups only; use -PolicyType FILESYSTEM.";
            if (PolicyType == "FILESYSTEM" && (FilesystemPaths?.Count ?? 0) == 0 && IsAllFilesystem != true)
                return "A FILESYSTEM backup needs the paths to protect (-FilesystemPath /data) or -AllFilesystem.";
            if (Tags != null && Tags.Any(t => string.IsNullOrEmpty(t.Key) || t.Value == null)) return "Every backup tag needs a key and a value.";
            return ScpBackupScheduleSpec.ValidateAll(Schedules);
        }

        internal JObject ToJson()
        {
            var o = new JObject
            {
                ["name"] = Name, ["policy_category"] = EffectivePolicyCategory, ["policy_type"] = PolicyType,
                ["schedules"] = new JArray(Schedules.Select(s => s.ToJson())),
                ["server_category"] = ServerCategory, ["server_uuid"] = ServerUuid,
            };
            if (RetentionPeriod != null) o["retention_period"] = RetentionPeriod;
            if (EncryptEnabled.HasValue) o["encrypt_enabled"] = EncryptEnabled.Value;
            if (DrEnabled.HasValue) o["dr_enabled"] = DrEnabled.Value;
            if (FilesystemPaths != null && FilesystemPaths.Count > 0) o["filesystem_paths"] = new JArray(FilesystemPaths);
            if (IsAllFilesystem.HasValue) o["is_all_filesystem"] = IsAllFilesystem.Value;
            if (Region != null) o["region"] = Region;
            if (ServerGuid != null) o["server_guid"] = ServerGuid;
            if (Tags != null && Tags.Count > 0) o["tags"] = new JArray(Tags.Select(t => new JObject { ["key"] = t.Key, ["value"] = t.Value }));
            return o;
        }
    }

    /// <summary>A VM_IMAGE restore to a new server (BackupRestoreRequest).</summary>
    public sealed class BackupRestoreSpec
    {
        private static readonly Regex NamePattern = new Regex("^[a-zA-Z0-9-_ ]{1,63}$", RegexOptions.CultureInvariant);

        public string RestoreTargetId { get; set; } = "";
        public string RestoreServerName { get; set; } = "";
        public string ServerTypeId { get; set; } = "";
        public List<string>? SubnetIds { get; set; }
        public List<string>? SecurityGroupIds { get; set; }
        public string? Region { get; set; }

        public string? Validate()
        {
            if (string.IsNullOrEmpty(RestoreTargetId)) return "A restore needs the recovery point to restore (-RecoveryPoint or -RecoveryPointId).";
            if (!NamePattern.IsMatch(RestoreServerName ?? ""))
                return $"Restore server name '{RestoreServerName}' is not allowed: 1-63 letters, digits, spaces, '-' or '_' (for example 'db01-restored').";
            if (string.IsNullOrEmpty(ServerTypeId)) return "A restore to a new server needs its server type (-ServerTypeId).";
            return null;
        }

        internal JObject ToJson()
        {
            var o = new JObject { ["restore_server_name"] = RestoreServerName, ["restore_target_id"] = RestoreTargetId, ["server_type_id"] = ServerTypeId };
            if (SubnetIds != null && SubnetIds.Count > 0) o["networks"] = new JArray(SubnetIds.Select(s => new JObject { ["subnet_id"] = s }));
            if (SecurityGroupIds != null && SecurityGroupIds.Count > 0) o["security_groups"] = new JArray(SecurityGroupIds);
            if (Region != null) o["restore_region"] = Region;
            return o;
        }
    }

    /// <summary>A FILESYSTEM restore onto a server with an agent (AgentBackupRestoreRequest).</summary>
    public sealed class AgentBackupRestoreSpec
    {
        public string RestoreTargetId { get; set; } = "";
        public string ServerUuid { get; set; } = "";
        /// <summary>Source path in the backup → destination path on the server.</summary>
        public List<KeyValuePair<string, string>> Paths { get; set; } = new List<KeyValuePair<string, string>>();
        public bool? Overwrite { get; set; }

        public string? Validate()
        {
            if (string.IsNullOrEmpty(RestoreTargetId)) return "A restore needs the recovery point to restore (-RecoveryPoint or -RecoveryPointId).";
            if (string.IsNullOrEmpty(ServerUuid)) return "An agent restore needs the server to restore onto (-TargetServerId).";
            if (Paths.Count == 0 || Paths.Any(p => string.IsNullOrEmpty(p.Key) || string.IsNullOrEmpty(p.Value)))
                return "An agent restore needs at least one path, each with a source and a destination (for example -PathMap @{'/data'='/restore/data'}).";
            return null;
        }

        internal JObject ToJson()
        {
            var o = new JObject
            {
                ["filesystem_paths"] = new JArray(Paths.Select(p => new JObject { ["source"] = p.Key, ["destination"] = p.Value })),
                ["restore_server_uuid"] = ServerUuid, ["restore_target_id"] = RestoreTargetId,
            };
            if (Overwrite.HasValue) o["overwrite"] = Overwrite.Value;
            return o;
        }
    }
}

using System.Collections.Generic;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Core.Backup
{
    /// <summary>
    /// The 31 Backup operations (CURRENT 1.2), named exactly as in SCP's reference
    /// (reference/operations.tsv). A test compares this table with that file.
    /// </summary>
    public static class BackupOperations
    {
        private static ScpOperation Op(string name, string method, string path) =>
            new ScpOperation(BackupClient.ServiceName, name, method, path);

        // Backups
        public static readonly ScpOperation ListBackups = Op("List Backups", "GET", "/v1/backups");
        public static readonly ScpOperation CreateBackup = Op("Create Backup", "POST", "/v1/backups");
        public static readonly ScpOperation GetBackup = Op("Show Backup", "GET", "/v1/backups/{backup_id}");
        public static readonly ScpOperation DeleteBackup = Op("Delete Backup", "DELETE", "/v1/backups/{backup_id}");
        public static readonly ScpOperation CheckBackupName = Op("Check Backup Name Duplicate", "GET", "/v1/backups/check-name-duplication");
        public static readonly ScpOperation CheckFilesystemPath = Op("Check Filesystem Path Duplication", "GET", "/v1/backups/check-filesystem-duplication");
        public static readonly ScpOperation ListBackupTargets = Op("List Backup Targets", "GET", "/v1/backups/backup-targets");
        public static readonly ScpOperation ListRegionRelationships = Op("List Backup Region Relationship", "GET", "/v1/backups/region-relationship");
        public static readonly ScpOperation UpdateRetentionPeriod = Op("Update Retention Period", "PUT", "/v1/backups/{backup_id}/retention-period");
        public static readonly ScpOperation UpdateReplicationUse = Op("Update Replication Use", "PUT", "/v1/backups/{backup_id}/replication");
        public static readonly ScpOperation SetFilesystemPath = Op("Set Filesystem Path", "PUT", "/v1/backups/{backup_id}/filesystem-path");
        public static readonly ScpOperation ListFilesystemPath = Op("List Filesystem Path", "GET", "/v1/backups/{backup_id}/filesystem-path");

        // Schedules and jobs
        public static readonly ScpOperation ListSchedules = Op("List Backup Schedules", "GET", "/v1/backups/{backup_id}/schedules");
        public static readonly ScpOperation SetSchedules = Op("Set Backup Schedule", "PUT", "/v1/backups/{backup_id}/schedules");
        public static readonly ScpOperation ManualBackup = Op("Manual Backup", "POST", "/v1/backups/{backup_id}/manual-backup");
        public static readonly ScpOperation ListBackupHistories = Op("List Backup Histories", "GET", "/v1/backups/{backup_id}/backup-histories");

        // Recovery points and restores
        public static readonly ScpOperation ListRestoreTargets = Op("List Backup Restore Targets", "GET", "/v1/backups/{backup_id}/restore-targets");
        public static readonly ScpOperation DeleteRestoreTargets = Op("Delete Backup Restore Target", "DELETE", "/v1/backups/{backup_id}/restore-targets");
        public static readonly ScpOperation RestoreBackup = Op("Restore Backup", "POST", "/v1/backups/{backup_id}/restore");
        public static readonly ScpOperation RestoreAgentBackup = Op("Restore Agent Backup", "POST", "/v1/backups/{backup_id}/restore-agent-backup");
        public static readonly ScpOperation ListRestoreHistories = Op("List Backup Restore Histories", "GET", "/v1/backups/{backup_id}/restore-histories");
        public static readonly ScpOperation ListRestoreSubnets = Op("List Backup Restore Subnets", "GET", "/v1/backups/{backup_id}/restore/restorable-subnets");
        public static readonly ScpOperation ListRestoreTargetServers = Op("List Agent Backup Restore Target Servers", "GET", "/v1/backups/{backup_id}/agent-backup-restore-targets");
        public static readonly ScpOperation CheckRestoreServerName = Op("Check Backup Restore Server Name Duplicate", "GET", "/v1/backups/restore/check-name-duplication");

        // Agents
        public static readonly ScpOperation ListAgents = Op("List Backup Agents", "GET", "/v1/backup-agents");
        public static readonly ScpOperation CreateAgent = Op("Create Backup Agent", "POST", "/v1/backup-agents");
        public static readonly ScpOperation GetAgent = Op("Show Backup Agent", "GET", "/v1/backup-agents/{backup_agent_id}");
        public static readonly ScpOperation DeleteAgent = Op("Delete Backup Agent", "DELETE", "/v1/backup-agents/{backup_agent_id}");
        public static readonly ScpOperation CheckAgentConnection = Op("Check Backup Master Connection State", "GET", "/v1/backup-agents/{backup_agent_id}/check-connection-state");
        public static readonly ScpOperation ListAgentTargets = Op("List Targets of Backup Agent", "GET", "/v1/backup-agents/targets");
        public static readonly ScpOperation GetAgentInstaller = Op("Show Backup Agent Install File Path", "GET", "/v1/backup-agents/agent-install-file-path");

        /// <summary>Every operation above, in declaration order.</summary>
        public static IReadOnlyList<ScpOperation> All { get; } = new[]
        {
            ListBackups, CreateBackup, GetBackup, DeleteBackup, CheckBackupName, CheckFilesystemPath, ListBackupTargets,
            ListRegionRelationships, UpdateRetentionPeriod, UpdateReplicationUse, SetFilesystemPath, ListFilesystemPath,
            ListSchedules, SetSchedules, ManualBackup, ListBackupHistories,
            ListRestoreTargets, DeleteRestoreTargets, RestoreBackup, RestoreAgentBackup, ListRestoreHistories, ListRestoreSubnets,
            ListRestoreTargetServers, CheckRestoreServerName,
            ListAgents, CreateAgent, GetAgent, DeleteAgent, CheckAgentConnection, ListAgentTargets, GetAgentInstaller,
        };
    }
}

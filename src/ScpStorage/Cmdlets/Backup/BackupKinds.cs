using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup
{
    /// <summary>
    /// The Backup resource kinds the cmdlets target by id or name (backups, agents), and the
    /// properties other objects refer to them by: every Backup-family object carries
    /// <c>BackupId</c>, backups carry <c>BackupAgentId</c>.
    /// </summary>
    internal static class BackupKinds
    {
        private const int Page = BackupClient.MaxPageSize;

        public static readonly ResourceKind<BackupClient, ScpBackup> Backup = new ResourceKind<BackupClient, ScpBackup>(
            "backup", "BackupId", (c, id, ct) => c.GetBackupAsync(id, ct),
            (c, name, ct) => c.ListBackups(name, null, null, Page, null, ct), b => b.Id, b => b.Name,
            completer: new Completion.BackupCompleter());

        /// <summary>Agents: a piped string is an id when it is a UUID or of SCP's agent id form (BACKUP_AGENT-abcd), otherwise a name.</summary>
        public static readonly ResourceKind<BackupClient, ScpBackupAgent> Agent = new ResourceKind<BackupClient, ScpBackupAgent>(
            "backup agent", "BackupAgentId", (c, id, ct) => c.GetAgentAsync(id, ct),
            (c, name, ct) => c.ListAgents(name, null, null, null, Page, null, ct), a => a.Id, a => a.Name,
            completer: new Completion.BackupAgentCompleter(), idForm: new System.Text.RegularExpressions.Regex("^BACKUP_AGENT-[0-9A-Za-z]+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant));
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Backups
{
    /// <summary>
    /// Lists backups, streaming page by page: all, by name (wildcards) or protected server, by id
    /// (with every detail field), or what is piped — backup ids or names, the backup of a piped
    /// job, recovery point or schedule (their BackupId). -Detailed reads each listed backup in full.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpBackup", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpBackup))]
    public sealed class GetScpBackupCommand : ScpGetCmdlet<BackupClient, ScpBackup>
    {
        /// <summary>Only backups of the server with this name.</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateNotNullOrEmpty]
        public string? ServerName { get; set; }

        /// <summary>Sort keys as SCP takes them, e.g. created_at:desc or name:asc.</summary>
        [Parameter(ParameterSetName = List)]
        [ValidatePattern(@"^[a-z_]+(:(asc|desc))?(,[a-z_]+(:(asc|desc))?)*$")]
        [ArgumentCompleter(typeof(Completion.BackupSortCompleter))]
        public string[]? Sort { get; set; }

        /// <summary>Backups fetched per request (1–1000).</summary>
        [Parameter(ParameterSetName = List)]
        [ValidateRange(1, BackupClient.MaxPageSize)]
        public int PageSize { get; set; } = BackupClient.DefaultPageSize;

        /// <summary>Read every listed backup in full (one more request each): server id, category, paths, encryption, DR.</summary>
        [Parameter(ParameterSetName = List)]
        public SwitchParameter Detailed { get; set; }

        /// <summary>Ids to read (with every detail field); -BackupId is an alias.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("BackupId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }

        internal override ResourceKind<BackupClient, ScpBackup> Kind => BackupKinds.Backup;

        protected override IEnumerable<ScpBackup> ListAll(BackupClient client, string? serverName, int? serverFirst)
        {
            var listed = client.ListBackups(serverName, ServerName, Sort == null ? null : string.Join(",", Sort), PageSize, serverFirst, CancelToken);
            if (!Detailed) return listed;
            var token = CancelToken;
            return listed.Select(b => client.GetBackupAsync(b.Id, token).GetAwaiter().GetResult());
        }
    }
}

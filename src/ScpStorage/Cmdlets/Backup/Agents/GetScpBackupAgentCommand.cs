using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Agents
{
    /// <summary>Lists backup agents: all, by name (wildcards), server name or agent IP, by id (every detail), or piped (a backup's agent by its BackupAgentId).</summary>
    [Cmdlet(VerbsCommon.Get, "ScpBackupAgent", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpBackupAgent))]
    public sealed class GetScpBackupAgentCommand : ScpGetCmdlet<BackupClient, ScpBackupAgent>
    {
        /// <summary>Only the agent of the server with this name.</summary>
        [Parameter(ParameterSetName = List)]
        public string? ServerName { get; set; }

        /// <summary>Only the agent with this IP address on its server.</summary>
        [Parameter(ParameterSetName = List)]
        public string? AgentIp { get; set; }

        /// <summary>Sort as SCP takes it, e.g. created_at:desc.</summary>
        [Parameter(ParameterSetName = List)]
        [ValidatePattern(@"^[a-z_]+(:(asc|desc))?$")]
        public string? Sort { get; set; }

        /// <summary>Ids to read (e.g. BACKUP_AGENT-abcd); -BackupAgentId is an alias.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("BackupAgentId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }

        internal override ResourceKind<BackupClient, ScpBackupAgent> Kind => BackupKinds.Agent;

        protected override IEnumerable<ScpBackupAgent> ListAll(BackupClient client, string? serverName, int? serverFirst) =>
            client.ListAgents(serverName, ServerName, AgentIp, Sort, BackupClient.DefaultPageSize, serverFirst, CancelToken);
    }
}

using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Agents
{
    /// <summary>The target shape of the cmdlets that act on agents: -Id (alias -BackupAgentId), -Name, or piped.</summary>
    public abstract class AgentTargetCmdlet : ScpTargetCmdlet<BackupClient, ScpBackupAgent>
    {
        internal override ResourceKind<BackupClient, ScpBackupAgent> Kind => BackupKinds.Agent;

        /// <summary>Ids of the agents (e.g. BACKUP_AGENT-abcd).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById)]
        [Alias("BackupAgentId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }
    }
}

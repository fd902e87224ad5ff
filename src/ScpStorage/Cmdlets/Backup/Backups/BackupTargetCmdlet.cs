using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Backups
{
    /// <summary>The target shape of the cmdlets that act on backups (Set-, Remove-, Start-ScpBackupJob): -Id (alias -BackupId), -Name, or piped.</summary>
    public abstract class BackupTargetCmdlet : ScpTargetCmdlet<BackupClient, ScpBackup>
    {
        internal override ResourceKind<BackupClient, ScpBackup> Kind => BackupKinds.Backup;

        /// <summary>Ids of the backups to act on.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById)]
        [Alias("BackupId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }
    }
}

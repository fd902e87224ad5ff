using System.Management.Automation;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Restores
{
    /// <summary>Lists the servers (with a backup agent) a piped FILESYSTEM backup can be restored onto (for Restore-ScpBackup -TargetServerId).</summary>
    [Cmdlet(VerbsCommon.Get, "ScpBackupRestoreTargetServer", DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBackupRestoreTargetServer))]
    public sealed class GetScpBackupRestoreTargetServerCommand : BackupChildGetCmdlet
    {
        /// <summary>Only servers with this name (SCP's filter).</summary>
        [Parameter] public string? ServerName { get; set; }

        /// <summary>Stop after this many per backup.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? First { get; set; }

        protected override void ProcessRecord() => WriteEach((c, id) => c.ListRestoreTargetServers(id, ServerName, BackupClient.DefaultPageSize, First, CancelToken));
    }
}

using System;
using System.Management.Automation;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Restores
{
    /// <summary>Lists the files and directories at a path inside a recovery point of a FILESYSTEM backup.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpBackupFilesystemItem", DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBackupFilesystemItem))]
    public sealed class GetScpBackupFilesystemItemCommand : ScpCmdlet
    {
        private const string ByObject = "ByObject";
        private const string ById = "ById";

        /// <summary>A recovery point from Get-ScpBackupRecoveryPoint.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByObject)]
        public ScpBackupRecoveryPoint RecoveryPoint { get; set; } = null!;

        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.BackupCompleter))]
        public string BackupId { get; set; } = "";

        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("RestoreTargetId")]
        [ValidateNotNullOrEmpty]
        public string RecoveryPointId { get; set; } = "";

        /// <summary>The directory to list (default /).</summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = "/";

        protected override void ProcessRecord()
        {
            var (backupId, pointId) = ParameterSetName == ById ? (BackupId, RecoveryPointId) : (RecoveryPoint.BackupId, RecoveryPoint.Id);
            var items = ClientOf<BackupClient>(ParameterSetName == ById ? null : RecoveryPoint).ListFilesystemItems(backupId, pointId, Path, CancelToken);
            RunListing(o => { foreach (var i in items) o.Object(i); }, pointId);
        }
    }
}

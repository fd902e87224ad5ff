using System.Management.Automation;
using ScpStorage.Core.Backup;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.Backup.Backups
{
    /// <summary>
    /// Is this path of a server already protected by a backup? Returns $true when another backup of
    /// the server covers it (SCP's Check Filesystem Path Duplication). The server comes piped
    /// (a server or backup agent) or as -ServerId.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "ScpBackupFilesystemPath")]
    [OutputType(typeof(bool))]
    public sealed class TestScpBackupFilesystemPathCommand : ScpCmdlet
    {
        /// <summary>Id of the server; a piped server (Get-ScpServer) or backup agent gives it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ServerUuid")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ServerCompleter))]
        public string ServerId { get; set; } = "";

        /// <summary>The path to check, e.g. /data.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = "";

        /// <summary>A server (Get-ScpServer): its id is the server to check.</summary>
        [Parameter(ValueFromPipeline = true)]
        public ScpServer? Server { get; set; }

        protected override void ProcessRecord()
        {
            var serverId = Server?.Id ?? ServerId;
            if (string.IsNullOrEmpty(serverId))
            {
                WriteError(Errors.ScpErrorRecords.InvalidArgument("Give -ServerId or pipe a server (Get-ScpServer) or a backup agent read by id.", Path));
                return;
            }
            try { WriteObject(Invoke((c, ct) => new BackupClient(c).IsFilesystemPathTakenAsync(serverId, Path, ct))); }
            catch (System.Exception e) when (!(e is PipelineStoppedException)) { WriteScpError(e, Path); }
        }
    }
}

using System.Management.Automation;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Restores
{
    /// <summary>Is this server name already used? Returns $true when a server of that name exists or a restore to it is recorded (SCP's Check Backup Restore Server Name Duplicate).</summary>
    [Cmdlet(VerbsDiagnostic.Test, "ScpBackupRestoreServerName")]
    [OutputType(typeof(bool))]
    public sealed class TestScpBackupRestoreServerNameCommand : ScpCmdlet
    {
        /// <summary>The server name a restore would create.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        protected override void ProcessRecord()
        {
            try { WriteObject(Invoke((c, ct) => new BackupClient(c).IsRestoreServerNameTakenAsync(Name, ct))); }
            catch (System.Exception e) when (!(e is PipelineStoppedException)) { WriteScpError(e, Name); }
        }
    }
}

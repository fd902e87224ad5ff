using System.Management.Automation;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Backups
{
    /// <summary>Is this backup name already used? Returns $true when a backup of that name exists (SCP's Check Backup Name Duplicate).</summary>
    [Cmdlet(VerbsDiagnostic.Test, "ScpBackupName")]
    [OutputType(typeof(bool))]
    public sealed class TestScpBackupNameCommand : ScpCmdlet
    {
        /// <summary>The backup name to check.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        protected override void ProcessRecord()
        {
            try { WriteObject(Invoke((c, ct) => new BackupClient(c).IsBackupNameTakenAsync(Name, ct))); }
            catch (System.Exception e) when (!(e is PipelineStoppedException)) { WriteScpError(e, Name); }
        }
    }
}

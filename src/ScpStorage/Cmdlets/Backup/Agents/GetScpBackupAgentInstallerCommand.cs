using System.Management.Automation;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Agents
{
    /// <summary>Gets where to download the backup agent installer for an operating system.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpBackupAgentInstaller")]
    [OutputType(typeof(ScpBackupAgentInstaller))]
    public sealed class GetScpBackupAgentInstallerCommand : ScpCmdlet
    {
        /// <summary>Windows or Linux.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateSet("Windows", "Linux", IgnoreCase = true)]
        public string OsType { get; set; } = "";

        protected override void ProcessRecord()
        {
            try { WriteObject(Invoke((c, ct) => new BackupClient(c).GetAgentInstallerAsync(OsType, ct))); }
            catch (System.Exception e) when (!(e is PipelineStoppedException)) { WriteScpError(e, OsType); }
        }
    }
}

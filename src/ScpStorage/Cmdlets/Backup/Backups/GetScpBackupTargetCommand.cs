using System.Management.Automation;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Backups
{
    /// <summary>
    /// Lists the servers that can be backed up with a policy type (SCP's backup targets); each
    /// pipes into New-ScpBackup with its category, policy type and server GUID.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpBackupTarget")]
    [OutputType(typeof(ScpBackupTarget))]
    public sealed class GetScpBackupTargetCommand : ScpCmdlet
    {
        /// <summary>VIRTUAL_SERVER, GPU_SERVER or BAREMETAL_SERVER.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateSet("VIRTUAL_SERVER", "GPU_SERVER", "BAREMETAL_SERVER")]
        public string ServerCategory { get; set; } = "";

        /// <summary>VM_IMAGE or FILESYSTEM.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateSet("VM_IMAGE", "FILESYSTEM")]
        public string PolicyType { get; set; } = "";

        /// <summary>Only servers with this name (SCP's filter).</summary>
        [Parameter]
        public string? ServerName { get; set; }

        /// <summary>Only servers in this region (SCP's <c>region</c> filter).</summary>
        [Parameter]
        public string? TargetRegion { get; set; }

        /// <summary>Stop after this many.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? First { get; set; }

        protected override void ProcessRecord()
        {
            var items = Client<BackupClient>().ListBackupTargets(ServerCategory, PolicyType, ServerName, TargetRegion, BackupClient.DefaultPageSize, First, CancelToken);
            RunListing(o => { foreach (var t in items) o.Object(t); }, ServerCategory);
        }
    }
}

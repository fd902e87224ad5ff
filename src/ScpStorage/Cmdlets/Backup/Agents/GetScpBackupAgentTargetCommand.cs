using System.Management.Automation;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Agents
{
    /// <summary>Lists the servers of a category a backup agent can be installed on; each pipes into New-ScpBackupAgent.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpBackupAgentTarget")]
    [OutputType(typeof(ScpBackupAgentTarget))]
    public sealed class GetScpBackupAgentTargetCommand : ScpCmdlet
    {
        /// <summary>VIRTUAL_SERVER, GPU_SERVER or BAREMETAL_SERVER.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateSet("VIRTUAL_SERVER", "GPU_SERVER", "BAREMETAL_SERVER")]
        public string ServerCategory { get; set; } = "";

        /// <summary>Only servers with this name (SCP's filter).</summary>
        [Parameter] public string? ServerName { get; set; }

        /// <summary>Sort as SCP takes it (SCP's default server_name:asc).</summary>
        [Parameter]
        [ValidatePattern(@"^[a-z_]+(:(asc|desc))?$")]
        public string? Sort { get; set; }

        /// <summary>Stop after this many.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? First { get; set; }

        protected override void ProcessRecord()
        {
            var items = Client<BackupClient>().ListAgentTargets(ServerCategory, ServerName, Sort, BackupClient.DefaultPageSize, First, CancelToken);
            RunListing(o => { foreach (var t in items) o.Object(t); }, ServerCategory);
        }
    }
}

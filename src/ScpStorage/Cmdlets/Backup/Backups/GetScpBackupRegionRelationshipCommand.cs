using System.Management.Automation;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Backups
{
    /// <summary>Lists which regions backups replicate to (the partner region DR uses).</summary>
    [Cmdlet(VerbsCommon.Get, "ScpBackupRegionRelationship")]
    [OutputType(typeof(ScpBackupRegionRelationship))]
    public sealed class GetScpBackupRegionRelationshipCommand : ScpCmdlet
    {
        [Parameter] public string? FromRegion { get; set; }
        [Parameter] public string? FromZone { get; set; }
        [Parameter] public string? ToRegion { get; set; }
        [Parameter] public string? ToZone { get; set; }

        /// <summary>The backup master type (SCP's default: AGENTLESS).</summary>
        [Parameter]
        [ValidateSet("AGENT", "AGENT_VM", "AGENT_BM", "AGENTLESS", "AGENT_SAP_INT", "AGENT_SAP_EXT")]
        public string? BackupMasterType { get; set; }

        protected override void ProcessRecord()
        {
            var items = Client<BackupClient>().ListRegionRelationships(FromRegion, FromZone, ToRegion, ToZone, BackupMasterType, CancelToken);
            RunListing(o => { foreach (var r in items) o.Object(r); }, null);
        }
    }
}

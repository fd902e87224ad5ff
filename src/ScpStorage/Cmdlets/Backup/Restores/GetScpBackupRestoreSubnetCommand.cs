using System.Management.Automation;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Restores
{
    /// <summary>Lists the subnets a piped VM_IMAGE backup can be restored into (for Restore-ScpBackup -SubnetId).</summary>
    [Cmdlet(VerbsCommon.Get, "ScpBackupRestoreSubnet", DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBackupRestoreSubnet))]
    public sealed class GetScpBackupRestoreSubnetCommand : BackupChildGetCmdlet
    {
        /// <summary>The region to restore into (default: the region of the call).</summary>
        [Parameter]
        [ArgumentCompleter(typeof(Completion.RegionCompleter))]
        public string? RestoreRegion { get; set; }

        /// <summary>Only subnets of this VPC.</summary>
        [Parameter] public string? VpcId { get; set; }

        /// <summary>Only subnets in this state (ACTIVE).</summary>
        [Parameter] public string? State { get; set; }

        protected override void ProcessRecord() => WriteEach((c, id) => c.ListRestoreSubnets(id, RestoreRegion ?? c.Connection.Region, VpcId, State, CancelToken));
    }
}

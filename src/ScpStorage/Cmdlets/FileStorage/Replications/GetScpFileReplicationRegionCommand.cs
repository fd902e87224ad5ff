using System.Management.Automation;
using ScpStorage.Core.FileStorage;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.FileStorage.Replications
{
    /// <summary>
    /// Lists the regions File Storage volumes can be replicated to (ListVolumeReplicationRegion),
    /// as region names that go straight to New-ScpFileReplication -TargetRegion. A piped volume
    /// supplies its type and region; otherwise -TypeName and -SourceRegion (default: this call's region).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpFileReplicationRegion", DefaultParameterSetName = ByVolume)]
    [OutputType(typeof(string))]
    public sealed class GetScpFileReplicationRegionCommand : ScpCmdlet
    {
        private const string ByVolume = "ByVolume";
        private const string ByType = "ByType";

        /// <summary>A volume from Get-ScpFileVolume: its type and region are asked about.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByVolume, ValueFromPipeline = true, Position = 0)]
        public ScpFileVolume[] Volume { get; set; } = new ScpFileVolume[0];

        /// <summary>The volume type asked about.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByType)]
        [ValidateSet("HDD", "SSD", "HighPerformanceSSD")]
        public string TypeName { get; set; } = "";

        /// <summary>The source region (default: this call's region).</summary>
        [Parameter(ParameterSetName = ByType)]
        [ArgumentCompleter(typeof(Completion.RegionCompleter))]
        public string? SourceRegion { get; set; }

        /// <summary>Replication or Backup.</summary>
        [Parameter]
        [ValidateSet("Replication", "Backup")]
        public string Type { get; set; } = "Replication";

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByType) Write(null, TypeName, SourceRegion ?? Connection.Region);
            else foreach (var v in Volume)
                if (v != null) Write(v, v.TypeName ?? "", string.IsNullOrEmpty(v.Region) ? Connection.Region : v.Region);
        }

        private void Write(ScpFileVolume? volume, string typeName, string region)
        {
            try
            {
                var client = ClientOf<FileStorageClient>(volume);
                foreach (var r in InvokeCall(ct => client.ListReplicationRegionsAsync(typeName, region, Type.ToLowerInvariant(), ct))) WriteObject(r);
            }
            catch (Core.Errors.ScpRequestFailedException e) { WriteError(ScpErrorRecords.From(e, (object?)volume ?? typeName)); }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.VirtualServer.VolumeTypes
{
    /// <summary>
    /// Lists the volume types an account can create volumes with (SSD, HDD, SSD_KMS, ...), by
    /// name (wildcards) or id, or the default type that New-ScpVolume uses without -VolumeType.
    /// SCP has no name filter for types, so names are matched here.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpVolumeType", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpVolumeType))]
    public sealed class GetScpVolumeTypeCommand : ScpCmdlet
    {
        private const string List = "List";
        private const string ById = "ById";
        private const string DefaultSet = "Default";

        /// <summary>Type names; wildcards allowed.</summary>
        [Parameter(ParameterSetName = List, Position = 0)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(Completion.VolumeTypeCompleter))]
        public string[]? Name { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ById, ValueFromPipelineByPropertyName = true)]
        [Alias("VolumeTypeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.VolumeTypeCompleter))]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Only the default volume type.</summary>
        [Parameter(Mandatory = true, ParameterSetName = DefaultSet)]
        public SwitchParameter Default { get; set; }

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ById:
                    foreach (var id in Id) ResourceTargets.WriteOne(this, "volume type", id, (vs, ct) => vs.GetVolumeTypeAsync(id, ct));
                    break;
                case DefaultSet:
                    ResourceTargets.WriteOne(this, "volume type", "default", (vs, ct) => vs.GetDefaultVolumeTypeAsync(ct));
                    break;
                default:
                    ResourceTargets.WriteMatching(this, "volume type",
                        VirtualServer().ListVolumeTypes(VirtualServerClient.MaxPageSize, null, CancelToken), t => t.Name, Name, null);
                    break;
            }
        }
    }
}

using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.VirtualServer.VolumeTypes
{
    /// <summary>
    /// Lists the volume types an account can create volumes with (SSD, HDD, SSD_KMS, ...), by
    /// name (wildcards) or id, the type of piped volumes (their VolumeTypeId, else the type
    /// name), or the default type that New-ScpVolume uses without -VolumeType. SCP has no name
    /// filter for types, so names are matched here.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpVolumeType", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpVolumeType))]
    public sealed class GetScpVolumeTypeCommand : ScpGetCmdlet<VirtualServerClient, ScpVolumeType>
    {
        private const string DefaultSet = "Default";

        /// <summary>Only the default volume type.</summary>
        [Parameter(Mandatory = true, ParameterSetName = DefaultSet)]
        public SwitchParameter Default { get; set; }

        internal override ResourceKind<VirtualServerClient, ScpVolumeType> Kind => VirtualServerKinds.VolumeType;

        /// <summary>Ids to read; -VolumeTypeId is the spelling scripts used before the shared base (an alias only, nothing binds by property name).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("VolumeTypeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }

        protected override void ProcessOtherSet() =>
            ResourceTargets.WriteOne(this, Kind, "default", (vs, ct) => vs.GetDefaultVolumeTypeAsync(ct));
    }
}

using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.VirtualServer.Volumes
{
    /// <summary>
    /// The target shape for the waiting volume cmdlets (Remove-, Resize-, Dismount-ScpVolume):
    /// the volume kind, and -Id with its -VolumeId alias, the spelling scripts used before the
    /// shared base (an alias only: nothing binds to -Id by property name).
    /// </summary>
    public abstract class VolumeTargetCmdlet : ScpTargetCmdlet<VirtualServerClient, ScpVolume>
    {
        internal override ResourceKind<VirtualServerClient, ScpVolume> Kind => VirtualServerKinds.Volume;

        /// <summary>Ids of the volumes to act on.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }
    }
}

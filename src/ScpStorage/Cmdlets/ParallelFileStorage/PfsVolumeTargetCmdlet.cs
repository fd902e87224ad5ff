using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.ParallelFileStorage;

namespace ScpStorage.Cmdlets.ParallelFileStorage
{
    /// <summary>The target shape of Resize- and Remove-ScpPfsVolume: the volume kind and -Id with its -VolumeId alias.</summary>
    public abstract class PfsVolumeTargetCmdlet : ScpTargetCmdlet<ParallelFileStorageClient, ScpPfsVolume>
    {
        internal override ResourceKind<ParallelFileStorageClient, ScpPfsVolume> Kind => ParallelFileStorageKinds.Volume;

        /// <summary>Ids of the volumes to act on.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }
    }
}

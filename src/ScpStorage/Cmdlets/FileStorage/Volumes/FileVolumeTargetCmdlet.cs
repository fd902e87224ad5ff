using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.FileStorage;

namespace ScpStorage.Cmdlets.FileStorage.Volumes
{
    /// <summary>The target shape of the File Storage volume cmdlets (Set-, Remove-ScpFileVolume): the volume kind and -Id with its -VolumeId alias.</summary>
    public abstract class FileVolumeTargetCmdlet : ScpTargetCmdlet<FileStorageClient, ScpFileVolume>
    {
        internal override ResourceKind<FileStorageClient, ScpFileVolume> Kind => FileStorageKinds.Volume;

        /// <summary>Ids of the volumes to act on.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }
    }
}

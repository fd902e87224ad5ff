using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.FileStorage;

namespace ScpStorage.Cmdlets.FileStorage
{
    /// <summary>
    /// The File Storage cmdlets that change a volume's children: the volume piped (or given as
    /// -Volume: an ScpFileVolume from Get-ScpFileVolume, a volume id or name, or an object with a
    /// VolumeId) or named by -VolumeId; one of them is required.
    /// </summary>
    public abstract class FileChildCmdlet : VolumeChildCmdlet<FileStorageClient, ScpFileVolume>
    {
        internal override ResourceKind<FileStorageClient, ScpFileVolume> VolumeKind => FileStorageKinds.Volume;
    }

    /// <summary>The File Storage Get- cmdlets for a volume's children: as <see cref="FileChildCmdlet"/>, but every volume when none is named.</summary>
    public abstract class FileChildReaderCmdlet : VolumeChildReaderCmdlet<FileStorageClient, ScpFileVolume>
    {
        internal override ResourceKind<FileStorageClient, ScpFileVolume> VolumeKind => FileStorageKinds.Volume;
    }
}

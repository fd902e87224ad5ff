using System;
using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Core.FileStorage;

namespace ScpStorage.Cmdlets.FileStorage
{
    /// <summary>
    /// The shape of the File Storage cmdlets that work on a volume's children: the volume piped
    /// (or given as -Volume: a volume, id, name, or object with a VolumeId) or named by -VolumeId.
    /// </summary>
    public abstract class FileChildCmdlet : ScpWaitCmdlet
    {
        protected const string ByVolume = "ByVolume";
        protected const string ByVolumeId = "ByVolumeId";

        /// <summary>The volume: an ScpFileVolume from Get-ScpFileVolume, a volume id or name, or an object with a VolumeId property.</summary>
        [Parameter(ParameterSetName = ByVolume, ValueFromPipeline = true, Position = 0)]
        [ValidateNotNull]
        public PSObject[]? Volume { get; set; }

        /// <summary>Ids of the volumes.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByVolumeId)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.FileVolumeCompleter))]
        public string[]? VolumeId { get; set; }

        /// <summary>The volumes of this input, resolved by the shared rule.</summary>
        protected IEnumerable<ScpFileVolume> Volumes() => FileVolumes.Resolve(this, Volume, VolumeId, allWhenNone: false);
    }

    /// <summary>
    /// The shape of the File Storage Get- cmdlets for a volume's children (no -Wait or -AsJob):
    /// the volume piped or given as -Volume, or named by -VolumeId; every volume when none is named.
    /// </summary>
    public abstract class FileChildReaderCmdlet : ScpCmdlet
    {
        protected const string ByVolume = "ByVolume";
        protected const string ByVolumeId = "ByVolumeId";

        /// <summary>The volume: an ScpFileVolume from Get-ScpFileVolume, a volume id or name, or an object with a VolumeId property.</summary>
        [Parameter(ParameterSetName = ByVolume, ValueFromPipeline = true, Position = 0)]
        [ValidateNotNull]
        public PSObject[]? Volume { get; set; }

        /// <summary>Ids of the volumes.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByVolumeId)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.FileVolumeCompleter))]
        public string[]? VolumeId { get; set; }


        /// <summary>The volumes of this input, resolved by the shared rule.</summary>
        protected IEnumerable<ScpFileVolume> Volumes() => FileVolumes.Resolve(this, Volume, VolumeId, allWhenNone: true);
    }
}

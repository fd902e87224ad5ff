using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Volumes
{
    /// <summary>The target shape of the volume cmdlets that act on existing volumes (Set-, Remove-, Mount-, Dismount-ScpBmVolume).</summary>
    public abstract class BmVolumeTargetCmdlet : ScpTargetCmdlet<BareMetalBlockStorageClient, ScpBmVolume>
    {
        internal override ResourceKind<BareMetalBlockStorageClient, ScpBmVolume> Kind => BareMetalBlockStorageKinds.Volume;

        /// <summary>Ids of the volumes to act on.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }

        /// <summary>Stops before any request when the session's pinned API version lacks the operation.</summary>
        internal void RequireVersion(ScpOperation operation) => BmVersions.Require(this, BareMetalBlockStorageClient.VersionRefusal(Connection, operation));
    }
}

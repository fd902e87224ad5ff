using System.Collections.Generic;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.VirtualServer.Snapshots
{
    /// <summary>Snapshots for the cmdlets with target sets of their own (Set-ScpVolumeSnapshot, Restore-ScpSnapshot -SnapshotId), resolved through <see cref="VirtualServerKinds.Snapshot"/>.</summary>
    internal static class SnapshotTarget
    {
        public const string ById = ResourceTargets.ById;
        public const string ByObject = ResourceTargets.ByObject;

        public static IEnumerable<ScpVolumeSnapshot> Resolve(ScpCmdlet cmdlet, string parameterSet, string[] ids, System.Management.Automation.PSObject[] objects) =>
            ResourceTargets.Resolve(cmdlet, VirtualServerKinds.Snapshot, parameterSet, ids, System.Array.Empty<string>(), objects);

        /// <summary>Reads one snapshot by id; null (with the error written) when it cannot be read.</summary>
        public static ScpVolumeSnapshot? One(ScpCmdlet cmdlet, string id) => ResourceTargets.ReadOne(cmdlet, VirtualServerKinds.Snapshot, id);
    }
}

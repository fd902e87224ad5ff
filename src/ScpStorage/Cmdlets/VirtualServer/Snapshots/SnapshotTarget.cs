using System.Collections.Generic;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.VirtualServer.Snapshots
{
    /// <summary>Snapshots a mutating cmdlet acts on, resolved the way <see cref="ResourceTargets"/> resolves everything.</summary>
    internal static class SnapshotTarget
    {
        public const string ById = ResourceTargets.ById;
        public const string ByName = ResourceTargets.ByName;
        public const string ByObject = ResourceTargets.ByObject;

        public static IEnumerable<ScpVolumeSnapshot> Resolve(ScpCmdlet cmdlet, string parameterSet, string[] ids, string[] names, ScpVolumeSnapshot[] objects) =>
            ResourceTargets.Resolve(parameterSet, ids, names, objects, id => One(cmdlet, id), n => Named(cmdlet, n));

        /// <summary>Reads one snapshot by id; null (with the error written) when it cannot be read.</summary>
        public static ScpVolumeSnapshot? One(ScpCmdlet cmdlet, string id) =>
            ResourceTargets.Read(cmdlet, "snapshot", id, (vs, ct) => vs.GetSnapshotAsync(id, ct));

        private static List<ScpVolumeSnapshot> Named(ScpCmdlet cmdlet, string[] names) =>
            ResourceTargets.Named(cmdlet, "snapshot", names,
                (vs, filter) => vs.ListSnapshots(new SnapshotFilter { Name = filter }, null, VirtualServerClient.MaxPageSize, null, cmdlet.CancellationToken), s => s.Name);
    }
}

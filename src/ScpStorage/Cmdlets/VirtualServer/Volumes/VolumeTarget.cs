using System.Collections.Generic;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.VirtualServer.Volumes
{
    /// <summary>Volumes a mutating cmdlet acts on, resolved the way <see cref="ResourceTargets"/> resolves everything.</summary>
    internal static class VolumeTarget
    {
        public const string ById = ResourceTargets.ById;
        public const string ByName = ResourceTargets.ByName;
        public const string ByObject = ResourceTargets.ByObject;

        public static IEnumerable<ScpVolume> Resolve(ScpCmdlet cmdlet, string parameterSet, string[] ids, string[] names, ScpVolume[] objects) =>
            ResourceTargets.Resolve(parameterSet, ids, names, objects, id => One(cmdlet, id), n => Named(cmdlet, n));

        public static ScpVolume? One(ScpCmdlet cmdlet, string id) =>
            ResourceTargets.Read(cmdlet, "volume", id, (vs, ct) => vs.GetVolumeAsync(id, ct));

        public static List<ScpVolume> Named(ScpCmdlet cmdlet, string[] names) =>
            ResourceTargets.Named(cmdlet, "volume", names,
                (vs, filter) => vs.ListVolumes(new VolumeFilter { Name = filter }, null, VirtualServerClient.MaxPageSize, null, cmdlet.CancellationToken), v => v.Name);
    }
}

using System.Collections.Generic;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.VirtualServer.Volumes
{
    /// <summary>Volumes for the cmdlets with target sets of their own (Mount-, Set-ScpVolume, New-ScpVolumeSnapshot), resolved through <see cref="VirtualServerKinds.Volume"/>.</summary>
    internal static class VolumeTarget
    {
        public const string ById = ResourceTargets.ById;
        public const string ByName = ResourceTargets.ByName;
        public const string ByObject = ResourceTargets.ByObject;

        public static IEnumerable<ScpVolume> Resolve(ScpCmdlet cmdlet, string parameterSet, string[] ids, string[] names, System.Management.Automation.PSObject[] objects) =>
            ResourceTargets.Resolve(cmdlet, VirtualServerKinds.Volume, parameterSet, ids, names, objects);
    }
}

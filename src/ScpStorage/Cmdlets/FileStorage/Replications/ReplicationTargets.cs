using System;
using System.Collections.Generic;
using System.Linq;
using ScpStorage.Core.FileStorage;

namespace ScpStorage.Cmdlets.FileStorage.Replications
{
    /// <summary>The replications a Set-/Remove- call names: piped objects as they are, or -VolumeId with -Id, read (404 → ObjectNotFound for that id).</summary>
    internal static class ReplicationTargets
    {
        public static IEnumerable<ScpFileReplication> Resolve(ScpCmdlet cmdlet, ScpFileReplication[] piped, string? volumeId, string[] ids) =>
            volumeId == null
                ? piped.Where(r => r != null)
                : ids.Select(id => Shared.ResourceTargets.Read(cmdlet, FileStorageKinds.Replication, id,
                    (FileStorageClient c, System.Threading.CancellationToken ct) => c.GetReplicationAsync(volumeId, id, ct))).Where(r => r != null).Select(r => r!);
    }
}

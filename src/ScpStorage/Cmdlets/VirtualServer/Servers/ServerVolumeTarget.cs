using System.Collections.Generic;
using System.Linq;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.VirtualServer.Servers
{
    /// <summary>
    /// Resolves the attachments Set- and Remove-ScpServerVolume act on: a piped attachment as
    /// is; a server and volume id by reading the attachment, so a volume that is not attached
    /// there is an ObjectNotFound error before anything is confirmed or changed.
    /// </summary>
    internal static class ServerVolumeTarget
    {
        public const string ById = "ById";
        public const string ByObject = "ByObject";

        public static IEnumerable<ScpServerVolume> Resolve(ScpCmdlet cmdlet, string parameterSet, string serverId, string[] volumeIds, ScpServerVolume[] objects) =>
            parameterSet == ByObject
                ? objects.Where(a => a != null)
                : volumeIds.Select(v => ServerTarget.Attachment(cmdlet, serverId, v, null)).Where(a => a != null).Select(a => a!);
    }
}

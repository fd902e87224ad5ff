using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;

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

        public static IEnumerable<ScpServerVolume> Resolve(ScpCmdlet cmdlet, string parameterSet, string serverId, string[] volumeIds, PSObject[] objects) =>
            parameterSet == ByObject
                ? objects.Where(o => o != null).SelectMany(o => Piped(cmdlet, o, serverId))
                : volumeIds.Select(v => ServerTarget.Attachment(cmdlet, serverId, v, null)).Where(a => a != null).Select(a => a!);

        /// <summary>
        /// The attachments one piped value names, by the shared rule (<see cref="PipedTargets"/>):
        /// an attachment as is; otherwise its volumes (a volume, a volume id string, an object's
        /// VolumeId, a server's VolumeIds) on the server given by -ServerId or by the value's own
        /// reference to a server (ServerId, or the server itself) — never the value's own Id.
        /// </summary>
        private static IEnumerable<ScpServerVolume> Piped(ScpCmdlet cmdlet, PSObject piped, string serverId)
        {
            if (piped.BaseObject is ScpServerVolume own)
            {
                yield return own;
                yield break;
            }
            var server = serverId.Length > 0 ? serverId : ServerOf(piped);
            var volumes = PipedTargets.Resolve(piped, VirtualServerKinds.Volume, takesNames: false);
            if (server == null || volumes == null)
            {
                var command = cmdlet.MyInvocation.MyCommand.Name;
                cmdlet.WriteError(ScpErrorRecords.InvalidArgument(server == null
                    ? $"{command} cannot tell which server a piped {TypeOf(piped)} means: pipe attachments (Get-ScpServerVolume), objects with ServerId and VolumeId, or give -ServerId."
                    : PipedTargets.Unbound(piped, VirtualServerKinds.Volume, command), piped));
                yield break;
            }
            foreach (var volume in volumes)
            {
                var volumeId = volume.Resource is ScpVolume v ? v.Id : volume.Id!;
                var attachment = ServerTarget.Attachment(cmdlet, server, volumeId, volume.From == null ? null : cmdlet.ConnectionFor(volume.From));
                if (attachment != null) yield return attachment;
            }
        }

        /// <summary>The one server a piped object refers to (a server, or its ServerId); a string names no server here (it is a volume id).</summary>
        public static string? ServerOf(PSObject piped)
        {
            if (piped.BaseObject is string) return null;
            var servers = PipedTargets.Resolve(piped, VirtualServerKinds.Server, takesNames: false);
            return servers?.Count == 1 ? (servers[0].Resource as ScpServer)?.Id ?? servers[0].Id : null;
        }

        private static string TypeOf(PSObject piped) => piped.BaseObject is PSObject o ? o.TypeNames.FirstOrDefault() ?? "object" : piped.BaseObject.GetType().Name;
    }
}

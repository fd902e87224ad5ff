using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Config;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Http;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.VirtualServer.Servers
{
    /// <summary>
    /// Resolves servers and server attachments for the server cmdlets, the same way the volume
    /// cmdlets resolve volumes: what does not exist is an ObjectNotFound error for that input,
    /// any other failure an error record for it, and the caller simply skips a null.
    /// </summary>
    internal static class ServerTarget
    {
        public static ScpServer? ById(ScpCmdlet cmdlet, string id) =>
            ResourceTargets.ReadOne(cmdlet, VirtualServerKinds.Server, id);

        /// <summary>
        /// The one server with exactly this name. An attachment needs a single server, so a
        /// pattern or a name shared by several servers is refused rather than guessed.
        /// </summary>
        public static ScpServer? ByName(ScpCmdlet cmdlet, string name)
        {
            if (!Volumes.ServerLookup.CheckName(cmdlet, name)) return null;
            List<ScpServer> matches;
            try
            {
                matches = Volumes.ServerLookup.FindLive(cmdlet, cmdlet.Client<VirtualServerClient>(), name);
            }
            catch (ScpRequestFailedException e)
            {
                cmdlet.WriteError(ScpErrorRecords.From(e, name));
                return null;
            }
            if (matches.Count == 1) return matches[0];
            cmdlet.WriteError(matches.Count == 0
                ? ScpErrorRecords.NotFound("server", name, VirtualServerClient.ServiceName)
                : ScpErrorRecords.InvalidArgument($"More than one server is named '{name}'; use -ServerId.", name));
            return null;
        }

        public static ScpVolume? VolumeById(ScpCmdlet cmdlet, string id) =>
            ResourceTargets.ReadOne(cmdlet, VirtualServerKinds.Volume, id);

        /// <summary>
        /// The attachment of a volume to a server, read where <paramref name="at"/> points (the
        /// piped server's region); ObjectNotFound when the volume is not attached there.
        /// </summary>
        public static ScpServerVolume? Attachment(ScpCmdlet cmdlet, string serverId, string volumeId, ScpConnection? at) =>
            ResourceTargets.Read(cmdlet, VirtualServerKinds.Attachment, $"{volumeId} on server {serverId}", (vs, ct) => vs.GetServerVolumeAsync(serverId, volumeId, ct), at);

        /// <summary>
        /// "data01 (vol-id) on web01 (srv-id)" for confirmation prompts, so a user confirms names,
        /// not bare ids. Names are looked up best effort: a lookup that fails leaves the id alone.
        /// </summary>
        public static string Describe(ScpCmdlet cmdlet, ScpServerVolume attachment, ScpConnection at, IDictionary<string, string> names)
        {
            var volume = Name(cmdlet, names, at, "volume " + attachment.VolumeId, (vs, ct) => vs.GetVolumeAsync(attachment.VolumeId, ct), v => v.ToString());
            var server = Name(cmdlet, names, at, "server " + attachment.ServerId, (vs, ct) => vs.GetServerAsync(attachment.ServerId, ct), s => s.ToString());
            return $"volume {volume} on server {server}";
        }

        private static string Name<T>(ScpCmdlet cmdlet, IDictionary<string, string> names, ScpConnection at, string key,
            Func<VirtualServerClient, CancellationToken, Task<T>> get, Func<T, string> show)
        {
            if (names.TryGetValue(key, out var known)) return known;
            try { return names[key] = show(cmdlet.InvokeCall((c, ct) => get(Client(cmdlet, c, at), ct))); }
            catch (ScpRequestFailedException) { return key.Substring(key.IndexOf(' ') + 1); }
        }

        /// <summary>A client for <paramref name="at"/> (a piped object's region), or the call's own.</summary>
        private static VirtualServerClient Client(ScpCmdlet cmdlet, ScpClient callClient, ScpConnection? at) =>
            new VirtualServerClient(at == null ? callClient : cmdlet.ClientFor(at));
    }
}

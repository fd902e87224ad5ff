using System;
using System.Collections.Generic;
using System.Linq;
using ScpStorage.Core.Errors;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.VirtualServer.Volumes
{
    /// <summary>
    /// Resolves the volumes a mutating cmdlet acts on, the same way for every cmdlet: a piped
    /// volume as is; an id by reading the volume (so confirmation shows its name); a name or
    /// pattern by listing. What does not exist is an ObjectNotFound error for that input.
    /// </summary>
    internal static class VolumeTarget
    {
        public const string ById = "ById";
        public const string ByName = "ByName";
        public const string ByObject = "ByObject";

        public static IEnumerable<ScpVolume> Resolve(ScpCmdlet cmdlet, string parameterSet, string[] ids, string[] names, ScpVolume[] objects)
        {
            switch (parameterSet)
            {
                case ByObject:
                    return objects.Where(v => v != null);
                case ByName:
                    return ByNames(cmdlet, names);
                default:
                    return ids.Select(id => ById1(cmdlet, id)).Where(v => v != null)!;
            }
        }

        private static ScpVolume? ById1(ScpCmdlet cmdlet, string id)
        {
            try
            {
                return cmdlet.InvokeCall((c, ct) => new VirtualServerClient(c).GetVolumeAsync(id, ct));
            }
            catch (ScpRequestFailedException e) when (e.Status == 404)
            {
                cmdlet.WriteError(ScpErrorRecords.NotFound("volume", id, VirtualServerClient.ServiceName));
            }
            catch (ScpRequestFailedException e)
            {
                cmdlet.WriteError(ScpErrorRecords.From(e, id));
            }
            return null;
        }

        private static IEnumerable<ScpVolume> ByNames(ScpCmdlet cmdlet, string[] names)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var found = new List<ScpVolume>();
            try
            {
                var vs = cmdlet.VirtualServer();
                var listed = vs.ListVolumes(new VolumeFilter { Name = NamePatterns.ServerFilter(names) }, null, VirtualServerClient.MaxPageSize, null, cmdlet.CancellationToken);
                // Listed in full before acting, so deleting while paging cannot shift the pages.
                found.AddRange(NamePatterns.Match(listed, v => v.Name, names));
            }
            catch (ScpRequestFailedException e)
            {
                cmdlet.WriteError(ScpErrorRecords.From(e, names));
                return found;
            }
            foreach (var v in found) seen.Add(v.Name ?? "");
            foreach (var missing in NamePatterns.Unmatched(names, seen))
                cmdlet.WriteError(ScpErrorRecords.NotFound("volume", missing, VirtualServerClient.ServiceName));
            return found;
        }
    }
}

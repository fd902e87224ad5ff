using System;
using System.Collections.Generic;
using System.Linq;
using ScpStorage.Core.Errors;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.VirtualServer.Snapshots
{
    /// <summary>
    /// Resolves the snapshots a mutating cmdlet acts on, exactly as VolumeTarget does for
    /// volumes: a piped snapshot as is; an id by reading it (so confirmation shows its name); a
    /// name or pattern by listing. What does not exist is an ObjectNotFound error for that input.
    /// </summary>
    internal static class SnapshotTarget
    {
        public const string ById = "ById";
        public const string ByName = "ByName";
        public const string ByObject = "ByObject";

        public static IEnumerable<ScpVolumeSnapshot> Resolve(ScpCmdlet cmdlet, string parameterSet, string[] ids, string[] names, ScpVolumeSnapshot[] objects)
        {
            switch (parameterSet)
            {
                case ByObject:
                    return objects.Where(s => s != null);
                case ByName:
                    return ByNames(cmdlet, names);
                default:
                    return ids.Select(id => One(cmdlet, id)).Where(s => s != null)!;
            }
        }

        /// <summary>Reads one snapshot by id; null (with the error written) when it cannot be read.</summary>
        public static ScpVolumeSnapshot? One(ScpCmdlet cmdlet, string id)
        {
            try
            {
                return cmdlet.InvokeCall((c, ct) => new VirtualServerClient(c).GetSnapshotAsync(id, ct));
            }
            catch (ScpRequestFailedException e) when (e.Status == 404)
            {
                cmdlet.WriteError(ScpErrorRecords.NotFound("snapshot", id, VirtualServerClient.ServiceName));
            }
            catch (ScpRequestFailedException e)
            {
                cmdlet.WriteError(ScpErrorRecords.From(e, id));
            }
            return null;
        }

        private static IEnumerable<ScpVolumeSnapshot> ByNames(ScpCmdlet cmdlet, string[] names)
        {
            var found = new List<ScpVolumeSnapshot>();
            try
            {
                var listed = cmdlet.VirtualServer().ListSnapshots(new SnapshotFilter { Name = NamePatterns.ServerFilter(names) }, null,
                    VirtualServerClient.MaxPageSize, null, cmdlet.CancellationToken);
                // Listed in full before acting, so deleting while paging cannot shift the pages.
                found.AddRange(NamePatterns.Match(listed, s => s.Name, names));
            }
            catch (ScpRequestFailedException e)
            {
                cmdlet.WriteError(ScpErrorRecords.From(e, names));
                return found;
            }
            var seen = new HashSet<string>(found.Select(s => s.Name ?? ""), StringComparer.OrdinalIgnoreCase);
            foreach (var missing in NamePatterns.Unmatched(names, seen))
                cmdlet.WriteError(ScpErrorRecords.NotFound("snapshot", missing, VirtualServerClient.ServiceName));
            return found;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Config;
using ScpStorage.Core.Errors;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.VirtualServer
{
    /// <summary>
    /// The one way the Virtual Server cmdlets find what they act on: a piped object as is; an id
    /// by reading it (so confirmation shows the name); a name or pattern by listing. What does
    /// not exist is an ObjectNotFound error for that input, any other failure an error record
    /// for it, and the caller simply skips what came back null.
    /// </summary>
    internal static class ResourceTargets
    {
        public const string ById = "ById";
        public const string ByName = "ByName";
        public const string ByObject = "ByObject";

        /// <summary>Reads one resource; <paramref name="at"/> is a piped object's own connection, when there is one.</summary>
        public static T? Read<T>(ScpCmdlet cmdlet, string kind, string what,
            Func<VirtualServerClient, CancellationToken, Task<T>> get, ScpConnection? at = null) where T : class
        {
            try
            {
                return cmdlet.InvokeCall((c, ct) => get(new VirtualServerClient(at == null ? c : cmdlet.ClientFor(at)), ct));
            }
            catch (ScpRequestFailedException e) when (e.Status == 404)
            {
                cmdlet.WriteError(ScpErrorRecords.NotFound(kind, what, VirtualServerClient.ServiceName));
            }
            catch (ScpRequestFailedException e)
            {
                cmdlet.WriteError(ScpErrorRecords.From(e, what));
            }
            return null;
        }

        /// <summary>
        /// Every resource whose name matches one of <paramref name="names"/>, listed in full before
        /// anything acts on them (so deleting while paging cannot shift the pages); a plain name
        /// that matches nothing is ObjectNotFound.
        /// </summary>
        public static List<T> Named<T>(ScpCmdlet cmdlet, string kind, string[] names,
            Func<VirtualServerClient, string?, IEnumerable<T>> list, Func<T, string?> name)
        {
            var found = new List<T>();
            try
            {
                found.AddRange(NamePatterns.Match(list(cmdlet.VirtualServer(), NamePatterns.ServerFilter(names)), name, names));
            }
            catch (ScpRequestFailedException e)
            {
                cmdlet.WriteError(ScpErrorRecords.From(e, names));
                return found;
            }
            var seen = new HashSet<string>(found.Select(f => name(f) ?? ""), StringComparer.OrdinalIgnoreCase);
            foreach (var missing in NamePatterns.Unmatched(names, seen))
                cmdlet.WriteError(ScpErrorRecords.NotFound(kind, missing, VirtualServerClient.ServiceName));
            return found;
        }

        /// <summary>
        /// What every Get- cmdlet does with a listing: streams the items whose names match,
        /// capped at <paramref name="first"/>; a plain name that matched nothing is ObjectNotFound.
        /// The listing is lazy, so a failure while paging is reported here, once.
        /// </summary>
        public static void WriteMatching<T>(ScpCmdlet cmdlet, string kind, IEnumerable<T> listed, Func<T, string?> name,
            string[]? names, int? first, object? errorTarget = null)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            try
            {
                var items = NamePatterns.Match(listed, name, names);
                if (first.HasValue) items = items.Take(first.Value);
                // Names are only remembered when some were asked for, so a full listing stays flat in memory.
                cmdlet.WriteStream(names == null ? items : items.Select(i => { seen.Add(name(i) ?? ""); return i; }));
            }
            catch (Exception e) when (!(e is System.Management.Automation.PipelineStoppedException)
                && !(e is OperationCanceledException && cmdlet.CancellationToken.IsCancellationRequested))
            {
                cmdlet.WriteError(ScpErrorRecords.From(e, errorTarget ?? names));
                return;
            }
            foreach (var missing in NamePatterns.Unmatched(names, seen))
                cmdlet.WriteError(ScpErrorRecords.NotFound(kind, missing, VirtualServerClient.ServiceName));
        }

        /// <summary>Reads one resource and writes it; a missing one is ObjectNotFound (see <see cref="Read"/>).</summary>
        public static void WriteOne<T>(ScpCmdlet cmdlet, string kind, string what,
            Func<VirtualServerClient, CancellationToken, Task<T>> get, ScpConnection? at = null) where T : class
        {
            var item = Read(cmdlet, kind, what, get, at);
            if (item != null) cmdlet.WriteObject(item);
        }

        /// <summary>The targets of one input, by the parameter set it was bound through.</summary>
        public static IEnumerable<T> Resolve<T>(string parameterSet, string[] ids, string[] names, T[] objects,
            Func<string, T?> byId, Func<string[], IEnumerable<T>> byNames) where T : class
        {
            switch (parameterSet)
            {
                case ByObject: return objects.Where(o => o != null);
                case ByName: return byNames(names);
                default: return ids.Select(byId).Where(o => o != null)!;
            }
        }
    }
}

using ScpStorage.Core.Threading;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Config;
using ScpStorage.Core.Errors;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.Shared
{
    /// <summary>
    /// The one way cmdlets find what they act on: a piped object as is; an id by reading it (so
    /// confirmation shows the name); a name or pattern by listing. What does not exist is an
    /// ObjectNotFound error for that input, any other failure an error record for it, and the
    /// caller simply skips what came back null. Every service uses it through its
    /// <see cref="ResourceKind{TClient}"/>, which says which typed client to call.
    /// </summary>
    internal static class ResourceTargets
    {
        public const string ById = "ById";
        public const string ByName = "ByName";
        public const string ByObject = "ByObject";

        /// <summary>Reads one resource; <paramref name="at"/> is a piped object's own connection, when there is one.</summary>
        public static T? Read<TClient, T>(ScpCmdlet cmdlet, ResourceKind<TClient> kind, string what,
            Func<TClient, CancellationToken, Task<T>> get, ScpConnection? at = null) where T : class where TClient : class
        {
            try
            {
                var client = cmdlet.Client<TClient>(at);
                return cmdlet.InvokeCall(ct => get(client, ct));
            }
            catch (ScpRequestFailedException e) when (e.Status == 404)
            {
                cmdlet.WriteError(ScpErrorRecords.NotFound(kind.Noun, what, kind.Service));
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
        public static List<T> Named<TClient, T>(ScpCmdlet cmdlet, ResourceKind<TClient> kind, string[] names,
            Func<TClient, string?, IEnumerable<T>> list, Func<T, string?> name, ScpConnection? at = null) where TClient : class
        {
            var found = new List<T>();
            try
            {
                var client = cmdlet.Client<TClient>(at);
                found.AddRange(cmdlet.InvokeCall(ct => ScpBlockingWork.Start(() =>
                    NamePatterns.Match(list(client, NamePatterns.ServerFilter(names)), name, names).ToList(), ct)));
            }
            catch (ScpRequestFailedException e)
            {
                cmdlet.WriteError(ScpErrorRecords.From(e, names));
                return found;
            }
            var seen = new HashSet<string>(found.Select(f => name(f) ?? ""), StringComparer.OrdinalIgnoreCase);
            foreach (var missing in NamePatterns.Unmatched(names, seen))
                cmdlet.WriteError(ScpErrorRecords.NotFound(kind.Noun, missing, kind.Service));
            return found;
        }

        /// <summary>
        /// What every Get- cmdlet does with a listing: streams the items whose names match,
        /// capped at <paramref name="first"/>; a plain name that matched nothing is ObjectNotFound.
        /// The listing runs on a worker while this (pipeline) thread writes what it produces, so
        /// Verbose, Debug, Warning and Progress reach the host as they happen, even while a page
        /// waits on a retry; a failure while paging is reported here, once. The listing must be
        /// lazy (created here, enumerated on the worker).
        /// </summary>
        public static void WriteMatching<T>(ScpCmdlet cmdlet, ResourceKind kind, IEnumerable<T> listed, Func<T, string?> name,
            string[]? names, int? first, object? errorTarget = null)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            cmdlet.RunListing(output =>
            {
                var items = NamePatterns.Match(listed, name, names);
                if (first.HasValue) items = items.Take(first.Value);
                // Names are only remembered when some were asked for, so a full listing stays flat in memory.
                foreach (var item in items)
                {
                    if (names != null) seen.Add(name(item) ?? "");
                    output.Object(item!);
                }
            }, errorTarget ?? names);
            foreach (var missing in NamePatterns.Unmatched(names, seen))
                cmdlet.WriteError(ScpErrorRecords.NotFound(kind.Noun, missing, kind.Service));
        }

        /// <summary>Reads one resource and writes it; a missing one is ObjectNotFound (see <see cref="Read"/>).</summary>
        public static void WriteOne<TClient, T>(ScpCmdlet cmdlet, ResourceKind<TClient> kind, string what,
            Func<TClient, CancellationToken, Task<T>> get, ScpConnection? at = null) where T : class where TClient : class
        {
            var item = Read(cmdlet, kind, what, get, at);
            if (item != null) cmdlet.WriteObject(item);
        }
    
        /// <summary>Reads one resource of a kind by id; null (with the error written) when it cannot be read.</summary>
        public static T? ReadOne<TClient, T>(ScpCmdlet cmdlet, ResourceKind<TClient, T> kind, string id, ScpConnection? at = null)
            where TClient : class where T : class =>
            Read(cmdlet, kind, id, (c, ct) => kind.Read(c, id, ct), at);

        /// <summary>Every resource of a kind whose name matches (see <see cref="Named"/>).</summary>
        public static List<T> NamedOf<TClient, T>(ScpCmdlet cmdlet, ResourceKind<TClient, T> kind, string[] names, ScpConnection? at = null)
            where TClient : class where T : class =>
            Named(cmdlet, kind, names, (c, name) => kind.ListNamed(c, name, cmdlet.CancellationToken), kind.NameOf, at);

        /// <summary>The targets of one input, by the parameter set it was bound through (cmdlets with target sets of their own); piped values bind by <see cref="Piped"/>.</summary>
        public static IEnumerable<T> Resolve<TClient, T>(ScpCmdlet cmdlet, ResourceKind<TClient, T> kind, string parameterSet, string[] ids, string[] names,
            System.Management.Automation.PSObject[] objects) where TClient : class where T : class
        {
            switch (parameterSet)
            {
                case ByObject: return objects.Where(o => o != null).SelectMany(o => Piped(cmdlet, kind, o));
                case ByName: return NamedOf(cmdlet, kind, names);
                default: return ids.Select(id => ReadOne(cmdlet, kind, id)).Where(o => o != null)!;
            }
        }

        /// <summary>
        /// The resources of a kind one piped value names, bound by <see cref="PipedTargets"/>: an
        /// object of the kind as is, an id read (in the region of the object it came from), a name
        /// listed; a value that names nothing of the kind is an error for that value.
        /// <paramref name="takesNames"/> false: the cmdlet takes no names of the kind, so every string is an id.
        /// </summary>
        public static IEnumerable<T> Piped<TClient, T>(ScpCmdlet cmdlet, ResourceKind<TClient, T> kind, object piped, bool takesNames = true)
            where TClient : class where T : class
        {
            var targets = PipedTargets.Resolve(piped, kind, takesNames);
            if (targets == null)
            {
                cmdlet.WriteError(ScpErrorRecords.InvalidArgument(PipedTargets.Unbound(piped, kind, cmdlet.MyInvocation.MyCommand.Name), piped));
                yield break;
            }
            foreach (var t in targets)
            {
                var at = t.From == null ? null : cmdlet.ConnectionFor(t.From);
                if (t.Resource is T own) yield return own;
                else if (t.Id != null) { if (ReadOne(cmdlet, kind, t.Id, at) is T read) yield return read; }
                else foreach (var named in NamedOf(cmdlet, kind, new[] { t.Name! }, at)) yield return named;
            }
        }
    }
}

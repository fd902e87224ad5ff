using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace ScpStorage.Cmdlets.Shared
{
    /// <summary>
    /// Name matching for Get- cmdlets: a plain name can be filtered on the server; a wildcard
    /// pattern is matched here, case-insensitively, as PowerShell users expect.
    /// </summary>
    internal static class NamePatterns
    {
        /// <summary>The single exact name to send as a server-side filter, or null when matching must happen here.</summary>
        public static string? ServerFilter(string[]? names) =>
            names != null && names.Length == 1 && !WildcardPattern.ContainsWildcardCharacters(names[0]) ? names[0] : null;

        /// <summary>
        /// The cap to ask the server for: with wildcards the cap applies after matching here, so
        /// the server must not stop early.
        /// </summary>
        public static int? ServerFirst(string[]? names, int? first) => names == null || ServerFilter(names) != null ? first : null;

        public static bool HasWildcard(string name) => WildcardPattern.ContainsWildcardCharacters(name);

        /// <summary>Items whose name matches any pattern (all items when no pattern is given).</summary>
        public static IEnumerable<T> Match<T>(IEnumerable<T> items, Func<T, string?> name, string[]? patterns)
        {
            if (patterns == null || patterns.Length == 0) return items;
            var compiled = patterns.Select(p => new WildcardPattern(p, WildcardOptions.IgnoreCase)).ToArray();
            return items.Where(i => compiled.Any(p => p.IsMatch(name(i) ?? "")));
        }

        /// <summary>Plain names (no wildcard) that matched nothing: each is an ObjectNotFound error.</summary>
        public static IEnumerable<string> Unmatched(string[]? patterns, ISet<string> seenNames) =>
            (patterns ?? Array.Empty<string>()).Where(p => !HasWildcard(p) && !seenNames.Contains(p));
    }
}

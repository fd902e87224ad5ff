using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ScpStorage.Core.Http
{
    /// <summary>
    /// Builds SCP URLs the way SCP's reference SDK does, so the string that is signed is the
    /// string that is sent: path segments percent-escaped, query keys sorted (stable for repeated
    /// keys), values form-encoded with UTF-8 (space as '+', unreserved A-Z a-z 0-9 - _ . ~ kept,
    /// everything else %XX uppercase).
    /// </summary>
    public static class ScpUrl
    {
        /// <summary>Form-encodes one key or value.</summary>
        public static string FormEncode(string value) => Encode(value, spaceAsPlus: true);

        /// <summary>Percent-encodes one path segment (space as %20; '/' escaped so an id stays one segment).</summary>
        public static string EscapePathSegment(string value) => Encode(value, spaceAsPlus: false);

        /// <summary>The canonical query string (without '?') for the given parameters; null values are skipped.</summary>
        public static string BuildQuery(IEnumerable<KeyValuePair<string, string?>>? parameters)
        {
            if (parameters == null) return "";
            var sorted = parameters.Where(p => p.Value != null)
                .Select((p, i) => (p, i))
                .OrderBy(x => x.p.Key, StringComparer.Ordinal).ThenBy(x => x.i)
                .Select(x => x.p);
            var sb = new StringBuilder();
            foreach (var p in sorted)
            {
                if (sb.Length > 0) sb.Append('&');
                sb.Append(FormEncode(p.Key)).Append('=').Append(FormEncode(p.Value!));
            }
            return sb.ToString();
        }

        /// <summary>
        /// Expands a path template such as <c>/v1/volumes/{volume_id}</c> with escaped values.
        /// Throws when a placeholder has no value, so a half-built URL is never sent.
        /// </summary>
        public static string ExpandPath(string template, IReadOnlyDictionary<string, string>? values)
        {
            var sb = new StringBuilder(template.Length + 32);
            int i = 0;
            while (i < template.Length)
            {
                int open = template.IndexOf('{', i);
                if (open < 0) { sb.Append(template, i, template.Length - i); break; }
                int close = template.IndexOf('}', open);
                if (close < 0) throw new ArgumentException($"Unclosed placeholder in path '{template}'.");
                sb.Append(template, i, open - i);
                var name = template.Substring(open + 1, close - open - 1);
                if (values == null || !values.TryGetValue(name, out var v) || string.IsNullOrEmpty(v))
                    throw new ArgumentException($"Path parameter '{name}' needs a value.");
                sb.Append(EscapePathSegment(v));
                i = close + 1;
            }
            return sb.ToString();
        }

        /// <summary>Joins a base URL, an already escaped path and a canonical query.</summary>
        public static string Combine(string baseUrl, string escapedPath, string query)
        {
            var url = baseUrl.TrimEnd('/') + (escapedPath.StartsWith("/", StringComparison.Ordinal) ? escapedPath : "/" + escapedPath);
            return query.Length == 0 ? url : url + "?" + query;
        }

        private static string Encode(string value, bool spaceAsPlus)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            var sb = new StringBuilder(bytes.Length + 8);
            foreach (var b in bytes)
            {
                char c = (char)b;
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~')
                    sb.Append(c);
                else if (c == ' ' && spaceAsPlus)
                    sb.Append('+');
                else
                    sb.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 15]);
            }
            return sb.ToString();
        }

        private const string Hex = "0123456789ABCDEF";
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>
    /// Tolerant readers for SCP payloads: a missing or null field gives null/default instead of
    /// throwing, booleans may arrive as strings ("true", "False") and numbers as strings.
    /// </summary>
    internal static class VsJson
    {
        public static string? Str(JObject? o, string name)
        {
            var t = o?[name];
            if (!(t is JValue jv) || jv.Type == JTokenType.Null) return null;
            var value = jv.Value;
            switch (value)
            {
                case bool b: return b ? "true" : "false";
                case DateTime d: return d.ToString("o", CultureInfo.InvariantCulture);
                case DateTimeOffset d: return d.ToString("o", CultureInfo.InvariantCulture);
                default: return Convert.ToString(value, CultureInfo.InvariantCulture);
            }
        }

        public static long? Long(JObject? o, string name)
        {
            var t = o?[name];
            if (t == null) return null;
            switch (t.Type)
            {
                case JTokenType.Integer: return (long)t;
                case JTokenType.Float: return (long)Math.Round((double)t);
                case JTokenType.String:
                    return long.TryParse((string?)t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (long?)null;
                default: return null;
            }
        }

        public static int? Int(JObject? o, string name)
        {
            var v = Long(o, name);
            return v.HasValue ? (int)Math.Max(int.MinValue, Math.Min(int.MaxValue, v.Value)) : (int?)null;
        }

        /// <summary>Reads true/false, "true"/"False"/"1"/"0" and 1/0; anything else is null.</summary>
        public static bool? Bool(JObject? o, string name) => Bool(o?[name]);

        public static bool? Bool(JToken? t)
        {
            if (t == null) return null;
            switch (t.Type)
            {
                case JTokenType.Boolean: return (bool)t;
                case JTokenType.Integer: return (long)t != 0;
                case JTokenType.String:
                    var s = ((string?)t ?? "").Trim();
                    if (bool.TryParse(s, out var b)) return b;
                    if (s == "1") return true;
                    if (s == "0") return false;
                    return null;
                default: return null;
            }
        }

        public static DateTimeOffset? Date(JObject? o, string name) => ScpDates.Parse(Str(o, name));

        public static JObject? Obj(JObject? o, string name) => o?[name] as JObject;

        public static IEnumerable<JObject> Objects(JObject? o, string name) =>
            (o?[name] as JArray)?.OfType<JObject>() ?? Enumerable.Empty<JObject>();

        /// <summary>
        /// A JSON object as a plain dictionary (nested objects and arrays become dictionaries and
        /// object arrays). SCP sometimes sends "" where the spec says object: that reads as null.
        /// </summary>
        public static IDictionary<string, object?>? Dict(JObject? o, string name) =>
            o?[name] is JObject m ? ToDictionary(m) : null;

        public static Dictionary<string, object?> ToDictionary(JObject m)
        {
            var d = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in m.Properties()) d[p.Name] = Plain(p.Value);
            return d;
        }

        private static object? Plain(JToken t)
        {
            switch (t)
            {
                case JObject m: return ToDictionary(m);
                case JArray a: return a.Select(Plain).ToArray();
                case JValue v: return v.Value;
                default: return null;
            }
        }
    }
}

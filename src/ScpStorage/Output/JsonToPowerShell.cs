using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Output
{
    /// <summary>
    /// Converts between SCP's JSON and PowerShell values, the way ConvertFrom-Json/ConvertTo-Json
    /// users expect: objects become PSCustomObjects with the original field names.
    /// </summary>
    public static class JsonToPowerShell
    {
        public static object? ToPowerShell(JToken? token)
        {
            switch (token)
            {
                case null: return null;
                case JObject o:
                    var ps = new PSObject();
                    foreach (var p in o.Properties()) ps.Properties.Add(new PSNoteProperty(p.Name, ToPowerShell(p.Value)));
                    return ps;
                case JArray a: return a.Select(ToPowerShell).ToArray();
                case JValue v: return v.Type == JTokenType.Null ? null : v.Value;
                default: return token.ToString();
            }
        }

        /// <summary>A request body from a hashtable, a PSObject, a JSON string or a plain value.</summary>
        public static JToken? FromPowerShell(object? value)
        {
            value = value is PSObject pso ? pso.BaseObject is PSCustomObject ? pso : pso.BaseObject : value;
            switch (value)
            {
                case null: return null;
                case string s when s.TrimStart().StartsWith("{") || s.TrimStart().StartsWith("["): return Core.ScpJson.Parse(s);
                case string s: return new JValue(s);
                case IDictionary d:
                    var o = new JObject();
                    foreach (DictionaryEntry e in d) o[e.Key.ToString()!] = FromPowerShell(e.Value);
                    return o;
                case PSObject custom:
                    var c = new JObject();
                    foreach (var p in custom.Properties) c[p.Name] = FromPowerShell(p.Value);
                    return c;
                case IEnumerable list: return new JArray(list.Cast<object?>().Select(FromPowerShell).Select(t => (object?)t ?? JValue.CreateNull()).ToArray());
                default: return JToken.FromObject(value);
            }
        }

        /// <summary>Query parameters from a hashtable; array values repeat the key.</summary>
        public static IEnumerable<KeyValuePair<string, string?>> Query(IDictionary? query)
        {
            if (query == null) yield break;
            foreach (DictionaryEntry e in query)
            {
                var key = e.Key.ToString()!;
                var value = e.Value is PSObject p ? p.BaseObject : e.Value;
                if (value is IEnumerable items && !(value is string))
                    foreach (var item in items) yield return new KeyValuePair<string, string?>(key, Text(item));
                else
                    yield return new KeyValuePair<string, string?>(key, Text(value));
            }
        }

        private static string? Text(object? v) => v switch
        {
            null => null,
            bool b => b ? "true" : "false",
            System.IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => v.ToString(),
        };
    }
}

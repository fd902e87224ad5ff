using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>Tags travel as <c>[{"key":..,"value":..}]</c>; callers see and give a key → value map.</summary>
    internal static class VsTags
    {
        public static IDictionary<string, string?>? Read(JToken? token)
        {
            switch (token)
            {
                case JArray a:
                    var d = new Dictionary<string, string?>(StringComparer.Ordinal);
                    foreach (var item in a)
                        if (item is JObject t && VsJson.Str(t, "key") is string key) d[key] = VsJson.Str(t, "value");
                    return d;
                case JObject m:
                    var flat = new Dictionary<string, string?>(StringComparer.Ordinal);
                    foreach (var p in m.Properties()) flat[p.Name] = VsJson.Str(m, p.Name);
                    return flat;
                default:
                    return null;
            }
        }

        public static JArray? Write(IDictionary<string, string?>? tags)
        {
            if (tags == null) return null;
            var a = new JArray();
            foreach (var kv in tags) a.Add(new JObject { ["key"] = kv.Key, ["value"] = kv.Value });
            return a;
        }
    }
}

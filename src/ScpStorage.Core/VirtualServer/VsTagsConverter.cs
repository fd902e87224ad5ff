using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>
    /// Tags travel as <c>[{"key":..,"value":..}]</c> (a flat <c>{"k":"v"}</c> object is accepted
    /// too); callers see and give a key → value map.
    /// </summary>
    internal sealed class VsTagsConverter : ScpReadConverter
    {

        public override bool CanConvert(Type objectType) => objectType.IsAssignableFrom(typeof(ScpMap<string?>));

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            var d = new ScpMap<string?>(StringComparer.Ordinal);
            switch (reader.TokenType)
            {
                case JsonToken.StartArray:
                    foreach (var tag in serializer.Deserialize<Tag[]>(reader) ?? Array.Empty<Tag>())
                        if (tag?.Key != null) d[tag.Key] = tag.Value;
                    return d;
                case JsonToken.StartObject:
                    foreach (var kv in serializer.Deserialize<Dictionary<string, string?>>(reader) ?? new Dictionary<string, string?>())
                        d[kv.Key] = kv.Value;
                    return d;
                default:
                    reader.Skip();
                    return null;
            }
        }

        /// <summary>The request body form of tags.</summary>
        public static JArray? Write(IDictionary<string, string?>? tags)
        {
            if (tags == null) return null;
            var a = new JArray();
            foreach (var kv in tags) a.Add(new JObject { ["key"] = kv.Key, ["value"] = kv.Value });
            return a;
        }

        private sealed class Tag
        {
            public string? Key { get; set; }
            public string? Value { get; set; }
        }
    }
}

using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace ScpStorage.Core
{
    /// <summary>
    /// A free-form JSON object (metadata, image metadata) as a plain case-insensitive dictionary:
    /// nested objects become dictionaries, arrays object arrays, so PowerShell shows and filters
    /// them naturally. <c>""</c> or any non-object reads as null. Put it on the property.
    /// </summary>
    public sealed class ScpPlainDictionaryConverter : ScpReadConverter
    {

        public override bool CanConvert(Type objectType) => typeof(IDictionary<string, object?>).IsAssignableFrom(objectType);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType != JsonToken.StartObject) { reader.Skip(); return null; }
            return ReadObject(reader);
        }

        internal static Dictionary<string, object?> ReadObject(JsonReader reader)
        {
            var d = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
            {
                var name = (string)reader.Value!;
                reader.Read();
                d[name] = ReadValue(reader);
            }
            return d;
        }

        private static object? ReadValue(JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonToken.StartObject: return ReadObject(reader);
                case JsonToken.StartArray:
                    var list = new List<object?>();
                    while (reader.Read() && reader.TokenType != JsonToken.EndArray) list.Add(ReadValue(reader));
                    return list.ToArray();
                default: return reader.Value;
            }
        }
    }
}

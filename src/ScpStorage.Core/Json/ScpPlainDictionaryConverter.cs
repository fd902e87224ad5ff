using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace ScpStorage.Core
{
    /// <summary>
    /// A free-form JSON object (metadata, image metadata) as a plain case-insensitive dictionary:
    /// nested objects become dictionaries, arrays lists, so PowerShell shows and filters
    /// them naturally, and their text (<see cref="ScpMap{TValue}"/>, <see cref="ScpList{T}"/>) is
    /// readable in Export-Csv. <c>""</c> or any non-object reads as null. Put it on the property.
    /// </summary>
    public sealed class ScpPlainDictionaryConverter : ScpReadConverter
    {

        public override bool CanConvert(Type objectType) => objectType.IsAssignableFrom(typeof(ScpMap<object?>));

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType != JsonToken.StartObject) { reader.Skip(); return null; }
            return ReadObject(reader);
        }

        internal static ScpMap<object?> ReadObject(JsonReader reader)
        {
            var d = new ScpMap<object?>();
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
                    var list = new ScpList<object?>();
                    while (reader.Read() && reader.TokenType != JsonToken.EndArray) list.Add(ReadValue(reader));
                    return list;
                default: return reader.Value;
            }
        }
    }
}

using System;
using System.Globalization;
using Newtonsoft.Json;

namespace ScpStorage.Core
{
    /// <summary>
    /// Strings as SCP sends them: a string as is (an empty string stays empty: it can be a real
    /// value), a number or boolean as its invariant text, null or an object/array where a string
    /// belongs as the property's default.
    /// </summary>
    public sealed class ScpStringConverter : ScpReadConverter
    {
        public static readonly ScpStringConverter Instance = new ScpStringConverter();

        public override bool CanConvert(Type objectType) => objectType == typeof(string);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            switch (reader.TokenType)
            {
                case JsonToken.String: return reader.Value;
                case JsonToken.Integer:
                case JsonToken.Float: return Convert.ToString(reader.Value, CultureInfo.InvariantCulture);
                case JsonToken.Boolean: return (bool)reader.Value! ? "true" : "false";
                default: reader.Skip(); return existingValue;
            }
        }
    }
}

using System;
using Newtonsoft.Json;

namespace ScpStorage.Core
{
    /// <summary>
    /// Booleans as SCP sends them: true, "true"/"True"/"FALSE", "1"/"0" and 1/0. Anything else
    /// (including "" and null) keeps the property's default.
    /// </summary>
    public sealed class ScpBooleanConverter : ScpReadConverter
    {
        public static readonly ScpBooleanConverter Instance = new ScpBooleanConverter();

        public override bool CanConvert(Type objectType) => objectType == typeof(bool) || objectType == typeof(bool?);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            bool? value;
            switch (reader.TokenType)
            {
                case JsonToken.Boolean: value = (bool)reader.Value!; break;
                case JsonToken.Integer: value = Convert.ToInt64(reader.Value, System.Globalization.CultureInfo.InvariantCulture) != 0; break;
                case JsonToken.String: value = Parse((string?)reader.Value); break;
                default: reader.Skip(); value = null; break;
            }
            return value ?? existingValue;
        }

        /// <summary>"true"/"False"/"1"/"0" → the boolean; anything else → null.</summary>
        public static bool? Parse(string? text)
        {
            var s = (text ?? "").Trim();
            if (bool.TryParse(s, out var b)) return b;
            if (s == "1") return true;
            if (s == "0") return false;
            return null;
        }
    }
}

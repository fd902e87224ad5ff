using System;
using Newtonsoft.Json;

namespace ScpStorage.Core
{
    /// <summary>The three SCP date shapes (see <see cref="ScpDates"/>) as DateTimeOffset; "" or an unreadable date is null.</summary>
    public sealed class ScpDateConverter : ScpReadConverter
    {
        public static readonly ScpDateConverter Instance = new ScpDateConverter();

        public override bool CanConvert(Type objectType) => objectType == typeof(DateTimeOffset) || objectType == typeof(DateTimeOffset?);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType != JsonToken.String) { reader.Skip(); return existingValue; }
            return ScpDates.Parse((string?)reader.Value) ?? existingValue;
        }
    }
}

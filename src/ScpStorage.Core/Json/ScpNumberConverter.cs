using System;
using System.Globalization;
using Newtonsoft.Json;

namespace ScpStorage.Core
{
    /// <summary>
    /// Numbers as SCP sends them: 12, 12.0, "12", "" (null). Anything unreadable or null keeps
    /// the property's default instead of failing the whole answer.
    /// </summary>
    public sealed class ScpNumberConverter : ScpReadConverter
    {
        public static readonly ScpNumberConverter Instance = new ScpNumberConverter();

        public override bool CanConvert(Type objectType)
        {
            var t = Nullable.GetUnderlyingType(objectType) ?? objectType;
            return t == typeof(int) || t == typeof(long) || t == typeof(double);
        }

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            double? value;
            switch (reader.TokenType)
            {
                case JsonToken.Integer: value = Convert.ToDouble(reader.Value, CultureInfo.InvariantCulture); break;
                case JsonToken.Float: value = Convert.ToDouble(reader.Value, CultureInfo.InvariantCulture); break;
                case JsonToken.String: value = Parse((string?)reader.Value); break;
                case JsonToken.Boolean: value = (bool)reader.Value! ? 1 : 0; break;
                default: reader.Skip(); value = null; break;
            }
            if (value == null) return existingValue;
            var t = Nullable.GetUnderlyingType(objectType) ?? objectType;
            if (t == typeof(double)) return value.Value;
            var rounded = Math.Round(value.Value);
            if (t == typeof(int)) return (int)Math.Max(int.MinValue, Math.Min(int.MaxValue, rounded));
            return (long)Math.Max(long.MinValue, Math.Min(long.MaxValue, rounded));
        }

        /// <summary>"12", " 12 ", "12.5" → the number; "", "abc" → null.</summary>
        public static double? Parse(string? text) =>
            double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (double?)null;
    }
}

using System;
using Newtonsoft.Json;

namespace ScpStorage.Core
{
    /// <summary>
    /// Put on every object, list and dictionary property: SCP sometimes sends <c>""</c> where its
    /// spec says object (server metadata, extra_specs). A string, number or boolean where a
    /// structure belongs keeps the property's default; a structure is decoded as usual.
    /// </summary>
    public sealed class ScpShapeGuardConverter : ScpReadConverter
    {
        public static readonly ScpShapeGuardConverter Instance = new ScpShapeGuardConverter();

        public override bool CanConvert(Type objectType) => true;

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            switch (reader.TokenType)
            {
                case JsonToken.StartObject when existingValue != null && !(existingValue is Array):
                    // Fill the default the model made (e.g. a case-insensitive dictionary).
                    serializer.Populate(reader, existingValue);
                    return existingValue;
                case JsonToken.StartObject:
                case JsonToken.StartArray:
                    // Decoded through the type's own contract (this converter sits on the property, not the type).
                    return serializer.Deserialize(reader, objectType);
                default:
                    reader.Skip();
                    return existingValue;
            }
        }
    }
}

using System;
using Newtonsoft.Json;

namespace ScpStorage.Core
{
    /// <summary>
    /// Base of the tolerant converters: they only read (what SCP sends); request bodies are
    /// written by the serializer's default rules.
    /// </summary>
    public abstract class ScpReadConverter : JsonConverter
    {
        public sealed override bool CanWrite => false;

        public sealed override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
            throw new NotSupportedException("Tolerant converters only read.");
    }
}

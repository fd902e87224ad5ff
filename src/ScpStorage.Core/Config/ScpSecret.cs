using System;

namespace ScpStorage.Core.Config
{
    /// <summary>
    /// A secret value (secret key, auth token) that never shows itself: ToString, debugger
    /// display and JSON serialisation all print a mask. Only the signer asks for the value.
    /// </summary>
    [System.Diagnostics.DebuggerDisplay("********")]
    [Newtonsoft.Json.JsonConverter(typeof(ScpSecretJsonConverter))]
    public sealed class ScpSecret
    {
        private readonly string _value;

        public ScpSecret(string value) { _value = value ?? throw new ArgumentNullException(nameof(value)); }

        public const string Mask = "********";

        /// <summary>The plain value; call it only at the moment of use (signing, headers).</summary>
        public string Reveal() => _value;

        public bool IsEmpty => _value.Length == 0;

        public override string ToString() => Mask;
    }

    internal sealed class ScpSecretJsonConverter : Newtonsoft.Json.JsonConverter
    {
        public override bool CanConvert(Type objectType) => objectType == typeof(ScpSecret);
        public override bool CanRead => false;
        public override object? ReadJson(Newtonsoft.Json.JsonReader reader, Type objectType, object? existingValue, Newtonsoft.Json.JsonSerializer serializer) =>
            throw new NotSupportedException();
        public override void WriteJson(Newtonsoft.Json.JsonWriter writer, object? value, Newtonsoft.Json.JsonSerializer serializer) =>
            writer.WriteValue(ScpSecret.Mask);
    }
}

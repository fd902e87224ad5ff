using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ScpStorage.Emulator.Store;

/// <summary>Serializer settings shared by store and responses: Korean names stay readable.</summary>
internal static class JsonText
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>A JSON string literal (with quotes) for splicing into raw JSON.</summary>
    public static string Quote(string value) => JsonSerializer.Serialize(value, Options);

    /// <summary>
    /// Only <paramref name="fields"/> of the stored JSON, in that order (a field it lacks is null),
    /// copied token by token without building a node tree; the state column is written under
    /// <paramref name="stateField"/>. The one way answers are cut down to a schema's fields.
    /// </summary>
    public static string Pick(Resource r, string? stateField, IReadOnlyCollection<string> fields)
    {
        using var doc = JsonDocument.Parse(r.Json);
        var buffer = new ArrayBufferWriter<byte>(r.Json.Length);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder }))
        {
            w.WriteStartObject();
            foreach (var f in fields)
            {
                if (f == stateField) w.WriteString(f, r.State);
                else if (doc.RootElement.TryGetProperty(f, out var v)) { w.WritePropertyName(f); v.WriteTo(w); }
                else w.WriteNull(f);
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

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
}

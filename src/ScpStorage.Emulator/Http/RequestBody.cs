using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ScpStorage.Emulator.Http;

/// <summary>
/// Typed access to the JSON body the API middleware buffered. Every failure is a
/// <see cref="ValidationException"/> naming the field, in SCP's validation body shape.
/// </summary>
internal sealed class RequestBody
{
    public const string ItemKey = "scp.body";
    private readonly JsonObject _json;

    private RequestBody(JsonObject json) => _json = json;

    public static RequestBody Read(HttpContext ctx)
    {
        var bytes = ctx.Items[ItemKey] as byte[] ?? System.Array.Empty<byte>();
        if (bytes.Length == 0) throw new ValidationException("body", "__root__", "Field required: a JSON body is expected.", "missing");
        JsonNode? node;
        try { node = JsonNode.Parse(bytes); }
        catch (JsonException e) { throw new ValidationException("body", "__root__", "Invalid JSON: " + e.Message, "json_invalid"); }
        if (node is not JsonObject obj) throw new ValidationException("body", "__root__", "Input should be a JSON object.", "dict_type");
        return new RequestBody(obj);
    }

    public string? OptionalString(string field)
    {
        var node = _json[field];
        if (node == null) return null;
        if (node is JsonValue v && v.TryGetValue<string>(out var s)) return s;
        throw new ValidationException("body", field, "Input should be a valid string.", "string_type");
    }

    public string RequiredString(string field) =>
        OptionalString(field) ?? throw new ValidationException("body", field, "Field required.", "missing");

    public long? OptionalInt(string field)
    {
        var node = _json[field];
        if (node == null) return null;
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var n)) return n;
        throw new ValidationException("body", field, "Input should be a valid integer.", "int_type");
    }

    public long RequiredInt(string field) =>
        OptionalInt(field) ?? throw new ValidationException("body", field, "Field required.", "missing");

    public bool? OptionalBool(string field)
    {
        var node = _json[field];
        if (node == null) return null;
        if (node is JsonValue v && v.TryGetValue<bool>(out var b)) return b;
        throw new ValidationException("body", field, "Input should be a valid boolean.", "bool_type");
    }

    public JsonNode? Node(string field) => _json[field];
}

using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.FileStorage;

/// <summary>
/// What File Storage and Parallel File Storage answers have in common: zone-less microsecond
/// timestamps, the volume name rule, a required <c>volume_id</c> query, tag lists, and answers
/// cut down to exactly a schema's fields from the stored JSON (the state column written into
/// its field), so no answer carries an undocumented field.
/// </summary>
internal static partial class FileShapes
{
    /// <summary>SCP's File Storage style: <c>2024-07-30T04:54:33.219373</c> (UTC, no zone).</summary>
    public static string Timestamp(EmulatorRuntime rt) => rt.Now().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    /// <summary>The stored object cut down to <paramref name="fields"/>, in that order; the resource's state goes into <paramref name="stateField"/>.</summary>
    public static JsonObject Pick(Resource r, string? stateField, params string[] fields) =>
        JsonNode.Parse(JsonText.Pick(r, stateField, fields))!.AsObject();

    public static string Text(JsonObject o) => o.ToJsonString(JsonText.Options);

    /// <summary><c>{"count": N, "{field}": [...]}</c> over already rendered items.</summary>
    public static IResult List(string field, System.Collections.Generic.IEnumerable<JsonObject> items, JsonObject? extra = null)
    {
        var array = new JsonArray(items.Cast<JsonNode?>().ToArray());
        var o = new JsonObject { ["count"] = array.Count };
        if (extra != null) foreach (var kv in extra.ToList()) { extra.Remove(kv.Key); o[kv.Key] = kv.Value; }
        o[field] = array;
        return Reply.Json(o);
    }

    public static void ValidateVolumeName(string? name, string field)
    {
        if (name != null && !VolumeName().IsMatch(name))
            throw new ValidationException("body", field, "String should match pattern '^[a-z]([a-z0-9_]){2,20}$'.", "string_pattern_mismatch");
    }

    public static void Pattern(string? value, string location, string field, string pattern)
    {
        if (value != null && !Regex.IsMatch(value, pattern))
            throw new ValidationException(location, field, $"String should match pattern '{pattern}'.", "string_pattern_mismatch");
    }

    /// <summary>A required query parameter such as <c>volume_id</c> (400 with the validation body when missing).</summary>
    public static string RequiredQuery(HttpContext ctx, string name) =>
        ListParameters.Value(ctx, name) ?? throw new ValidationException("query", name, "Field required.", "missing");

    /// <summary>A tag list: <c>[{"key": string (≤ 128), "value": string|null}]</c>.</summary>
    public static void ValidateTags(JsonNode? tags)
    {
        if (tags == null) return;
        if (tags is not JsonArray list) throw new ValidationException("body", "tags", "Input should be a valid list.", "list_type");
        foreach (var tag in list)
        {
            if (tag is not JsonObject t || t["key"] is not JsonValue key || key.GetValueKind() != JsonValueKind.String)
                throw new ValidationException("body", "tags", "Each tag should be an object with a string 'key'.", "model_type");
            if (key.GetValue<string>().Length > 128)
                throw new ValidationException("body", "tags", "A tag key should have at most 128 characters.", "string_too_long");
        }
    }

    public static Resource NewResource(string service, string kind, string id, string? name, string state, string createdAt, string? parent) =>
        new() { Service = service, Kind = kind, Id = id, Name = name, State = state, CreatedAt = createdAt, Parent = parent };

    [GeneratedRegex("^[a-z]([a-z0-9_]){2,20}$")]
    private static partial Regex VolumeName();
}

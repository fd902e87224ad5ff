using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ScpStorage.Emulator.Http;

namespace ScpStorage.Emulator.Services.Backup;

/// <summary>Backup request parts read the way SCP validates them: schedules, tags, string lists, enums.</summary>
internal static partial class BkBody
{
    public static readonly string[] Frequencies = { "MONTHLY", "WEEKLY", "DAILY" };
    public static readonly string[] Types = { "FULL", "INCREMENTAL" };
    public static readonly string[] Days = { "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN" };
    public static readonly string[] Weeks = { "WEEK_1", "WEEK_2", "WEEK_3", "WEEK_4", "WEEK_LAST" };

    public static string RequiredEnum(RequestBody body, string field, string[] allowed)
    {
        var v = body.RequiredString(field);
        Bk.OneOf(v, allowed, "body", field);
        return v;
    }

    public static string? OptionalEnum(RequestBody body, string field, string[] allowed)
    {
        var v = body.OptionalString(field);
        Bk.OneOf(v, allowed, "body", field);
        return v;
    }

    /// <summary>BackupScheduleCreateRequest items: frequency, start_time, type required; start_day, start_week optional.</summary>
    public static List<JsonObject> Schedules(RequestBody body, ValidationErrors errors)
    {
        var result = new List<JsonObject>();
        var node = body.Node("schedules");
        if (node == null) { errors.Check(() => throw new ValidationException("body", "schedules", "Field required.", "missing")); return result; }
        if (node is not JsonArray list) { errors.Check(() => throw new ValidationException("body", "schedules", "Input should be a valid list.", "list_type")); return result; }
        for (int i = 0; i < list.Count; i++)
        {
            var at = $"schedules.{i}";
            if (list[i] is not JsonObject s) { errors.Check(() => throw new ValidationException("body", at, "Input should be an object.", "model_type")); continue; }
            string? Str(string f, bool required, string[]? allowed, Regex? pattern)
            {
                var n = s[f];
                if (n == null)
                {
                    if (required) errors.Check(() => throw new ValidationException("body", $"{at}.{f}", "Field required.", "missing"));
                    return null;
                }
                if (n is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
                {
                    errors.Check(() => throw new ValidationException("body", $"{at}.{f}", "Input should be a valid string.", "string_type"));
                    return null;
                }
                var text = v.GetValue<string>();
                if (allowed != null) errors.Check(() => Bk.OneOf(text, allowed, "body", $"{at}.{f}"));
                if (pattern != null && !pattern.IsMatch(text))
                    errors.Check(() => throw new ValidationException("body", $"{at}.{f}", "String should match pattern 'HH:MM:SS'.", "string_pattern_mismatch"));
                return text;
            }
            var item = new JsonObject
            {
                ["frequency"] = Str("frequency", true, Frequencies, null), ["start_time"] = Str("start_time", true, null, TimePattern()),
                ["type"] = Str("type", true, Types, null), ["start_day"] = Str("start_day", false, Days, null), ["start_week"] = Str("start_week", false, Weeks, null),
            };
            result.Add(item);
        }
        return result;
    }

    /// <summary>Tag: key and value both required strings.</summary>
    public static void Tags(RequestBody body, ValidationErrors errors)
    {
        var node = body.Node("tags");
        if (node == null) return;
        if (node is not JsonArray list || list.Any(t => t is not JsonObject o || !IsString(o["key"]) || !IsString(o["value"])))
            errors.Check(() => throw new ValidationException("body", "tags", "Each tag should be an object with string 'key' and 'value'.", "model_type"));
    }

    /// <summary>A list of strings (or, where SCP allows it, one string).</summary>
    public static List<string>? Strings(RequestBody body, string field, bool allowSingle)
    {
        var node = body.Node(field);
        switch (node)
        {
            case null: return null;
            case JsonValue v when allowSingle && v.GetValueKind() == JsonValueKind.String: return new List<string> { v.GetValue<string>() };
            case JsonArray a when a.All(IsString): return a.Select(x => x!.GetValue<string>()).ToList();
            default: throw new ValidationException("body", field, "Input should be a valid list of strings.", "list_type");
        }
    }

    private static bool IsString(JsonNode? n) => n is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$")]
    private static partial Regex TimePattern();
}

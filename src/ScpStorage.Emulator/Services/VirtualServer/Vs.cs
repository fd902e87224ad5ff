using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.VirtualServer;

/// <summary>Names, states and small helpers shared by the Virtual Server routes.</summary>
internal static partial class Vs
{
    public const string Service = "virtualserver";
    public const string Volume = "volume";
    public const string Snapshot = "snapshot";
    public const string VolumeType = "volume_type";
    public const string Transfer = "transfer";
    public const string Server = "server";

    public const int MinSize = 8;
    public const int MaxSize = 16384;

    public static readonly IReadOnlyDictionary<string, string> VolumeSortKeys = new Dictionary<string, string>
    {
        ["id"] = "id", ["name"] = "COALESCE(name,'')", ["created_at"] = "created_at", ["state"] = "state",
        ["size"] = "json_extract(json,'$.size')", ["modified_at"] = "json_extract(json,'$.modified_at')",
    };

    public static readonly IReadOnlyDictionary<string, string> SnapshotSortKeys = new Dictionary<string, string>
    {
        ["id"] = "id", ["name"] = "COALESCE(name,'')", ["created_at"] = "created_at", ["status"] = "state",
        ["size"] = "json_extract(json,'$.size')",
    };

    public static readonly IReadOnlyDictionary<string, string> ServerSortKeys = new Dictionary<string, string>
    {
        ["id"] = "id", ["name"] = "COALESCE(name,'')", ["created_at"] = "created_at", ["state"] = "state",
    };

    public static readonly IReadOnlyDictionary<string, string> TypeSortKeys = new Dictionary<string, string>
    {
        ["id"] = "id", ["name"] = "COALESCE(name,'')",
    };

    /// <summary>
    /// Route values keep '%2F' escaped (Kestrel decodes everything else), so an id that contains
    /// '/' arrives as one segment and is unescaped here.
    /// </summary>
    public static string PathId(string routeValue) =>
        routeValue.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    /// <summary>A stable 32-hex user id per account, shaped like SCP's user_id values.</summary>
    public static string UserId(string account) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(account)), 0, 16).ToLowerInvariant();

    public static Resource NewResource(string kind, string id, string? name, string state, string createdAt) =>
        new() { Service = Service, Kind = kind, Id = id, Name = name, State = state, CreatedAt = createdAt };

    public static Resource Require(EmulatorRuntime rt, string kind, string id, string what) =>
        rt.Store.Get(Service, kind, id) ?? throw ApiException.NotFound(what, id);

    public static void ValidateName(string? name, string field, bool allowEmpty)
    {
        if (name == null) return;
        if ((!allowEmpty && name.Length == 0) || name.Length > 255)
            throw new ValidationException("body", field, "String should have between 1 and 255 characters.", "string_too_long");
        if (!NamePattern().IsMatch(name))
            throw new ValidationException("body", field, "String should match pattern '^[a-zA-Z0-9-_ ]*$'.", "string_pattern_mismatch");
    }

    public static void ValidateSize(long size)
    {
        if (size < MinSize)
            throw new ValidationException("body", "size", $"Input should be greater than or equal to {MinSize}.", "greater_than_equal");
        if (size > MaxSize)
            throw new ValidationException("body", "size", $"Input should be less than or equal to {MaxSize}.", "less_than_equal");
    }

    /// <summary>VolumeCreateRequest tags: a list of {"key": string, "value": string|null}.</summary>
    public static void ValidateTags(System.Text.Json.Nodes.JsonNode? tags)
    {
        if (tags == null) return;
        if (tags is not System.Text.Json.Nodes.JsonArray list)
            throw new ValidationException("body", "tags", "Input should be a valid list.", "list_type");
        foreach (var tag in list)
            if (tag is not System.Text.Json.Nodes.JsonObject t || t["key"] is not System.Text.Json.Nodes.JsonValue key || key.GetValueKind() != System.Text.Json.JsonValueKind.String)
                throw new ValidationException("body", "tags", "Each tag should be an object with a string 'key'.", "model_type");
    }

    [GeneratedRegex("^[a-zA-Z0-9-_ ]*$")]
    private static partial Regex NamePattern();
}

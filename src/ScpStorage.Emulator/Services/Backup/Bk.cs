using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.Backup;

/// <summary>Names, documented field lists and small helpers shared by the Backup routes.</summary>
internal static class Bk
{
    public const string Service = "backup";
    public const string Backup = "backup";
    public const string Schedule = "backup_schedule";
    public const string Job = "backup_job";
    public const string RecoveryPoint = "backup_recovery_point";
    public const string Restore = "backup_restore";
    public const string Agent = "backup_agent";
    /// <summary>GPU and bare-metal servers (Virtual Server's servers come from its own store kind).</summary>
    public const string FixtureServer = "backup_fixture_server";

    public static readonly string[] PolicyTypes = { "VM_IMAGE", "FILESYSTEM" };
    public static readonly string[] PolicyCategories = { "AGENTLESS", "AGENT" };
    public static readonly string[] ServerCategories = { "VIRTUAL_SERVER", "GPU_SERVER", "BAREMETAL_SERVER" };
    public static readonly string[] RetentionPeriods = { "WEEK_2", "MONTH_1", "MONTH_3", "MONTH_6", "YEAR_1" };

    /// <summary>BackupResponse (the list item) fields; everything else of BackupDetailResponse1Dot2 is detail only.</summary>
    /// <summary>The backup list item's fields but "state", which the list route splices in (a <see cref="ListShape"/>).</summary>
    public static readonly string[] BackupListFields =
        { "created_at", "created_by", "id", "modified_at", "modified_by", "name", "policy_type", "retention_period", "role_type", "server_name" };

    /// <summary>BackupAgentResponse1Dot2 (the list item) fields.</summary>
    public static readonly string[] AgentListFields =
        { "account_id", "backup_policy_count", "connection_state", "created_at", "created_by", "id", "modified_at", "modified_by", "name",
          "server_backup_agent_ip", "server_category", "server_name", "state" };

    /// <summary>Times as SCP's Backup examples write them (<c>2024-09-30T15:00:00Z</c>), so stored values sort and filter as text.</summary>
    public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static string Hex32() => Guid.NewGuid().ToString("N");

    public static string Random(int length)
    {
        const string chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        var bytes = RandomNumberGenerator.GetBytes(length);
        return new string(bytes.Select(b => chars[b % chars.Length]).ToArray());
    }

    /// <summary>A stable 32-hex user id per account, as SCP's created_by values look.</summary>
    public static string UserId(string account) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(account)), 0, 16).ToLowerInvariant();

    /// <summary>A stable GUID per server (SCP's server_guid, only sent by List Backup Targets).</summary>
    public static string ServerGuid(string serverId) => new Guid(MD5.HashData(Encoding.UTF8.GetBytes("guid:" + serverId))).ToString();

    public static Resource New(string kind, string id, string? name, string state, string createdAt, string? parent = null) =>
        new() { Service = Service, Kind = kind, Id = id, Name = name, State = state, CreatedAt = createdAt, Parent = parent };

    public static Resource Require(EmulatorRuntime rt, string kind, string id, string what) =>
        rt.Store.Get(Service, kind, id) ?? throw ApiException.NotFound(what, id);

    /// <summary>The stored fields with the state column written under <paramref name="stateField"/>, optionally only <paramref name="fields"/>.</summary>
    public static JsonObject Render(Resource r, string? stateField, IReadOnlyCollection<string>? fields = null)
    {
        var data = r.Data();
        if (stateField != null) data[stateField] = r.State;
        if (fields == null) return data;
        var picked = new JsonObject();
        foreach (var f in fields) picked[f] = data[f]?.DeepClone();
        return picked;
    }

    /// <summary>The stored JSON text with the state column spliced in as <paramref name="stateField"/> (none: as stored).</summary>
    public static string Raw(Resource r, string? stateField) =>
        stateField == null ? r.Json : ListParameters.WithState(r, stateField);

    /// <summary>SyncResponse / AsyncResponse: the id of what the call made or acted on (the emulator's choice; clients must not rely on it).</summary>
    public static IResult Answer(string resourceId, int status = 200) => Reply.Json(new JsonObject
    {
        ["request_id"] = Guid.NewGuid().ToString(),
        ["resource"] = new JsonObject { ["id"] = resourceId, ["links"] = new JsonArray() },
    }, status);

    public static IResult Check(bool duplicate) => Reply.Json(new JsonObject { ["result"] = duplicate });

    public static string RequiredQuery(HttpContext ctx, string name) =>
        ListParameters.Value(ctx, name) ?? throw new ValidationException("query", name, "Field required.", "missing");

    public static void OneOf(string? value, string[] allowed, string loc, string field)
    {
        if (value != null && !allowed.Contains(value))
            throw new ValidationException(loc, field, $"Input should be {string.Join(", ", allowed.Select(a => "'" + a + "'"))}.", "enum");
    }

    /// <summary>A date-time query value, normalised to the stored form.</summary>
    public static string? TimeQuery(HttpContext ctx, string name)
    {
        var raw = ListParameters.Value(ctx, name);
        if (raw == null) return null;
        if (!DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
            throw new ValidationException("query", name, "Input should be a valid datetime.", "datetime_parsing");
        return Time(t);
    }

    /// <summary>Page/size paging (page 0-based; both ≥ 0) with <c>count</c> = total, sorting on <c>key:dir</c>.</summary>
    public static ListQuery Paged(HttpContext ctx, string kind, IReadOnlyDictionary<string, string> sortKeys, string? defaultSort, int defaultSize)
    {
        var errors = new ValidationErrors();
        var size = errors.Field(() => Int(ctx, "size")) ?? defaultSize;
        var page = errors.Field(() => Int(ctx, "page")) ?? 0;
        var q = new ListQuery(Service, kind) { Limit = size, Offset = checked(page * size), WithCount = true };
        var sort = ListParameters.Value(ctx, "sort") ?? defaultSort;
        foreach (var part in (sort ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(':');
            var dir = pieces.Length > 1 ? pieces[1].ToLowerInvariant() : "asc";
            if (pieces.Length > 2 || !sortKeys.TryGetValue(pieces[0], out var expr) || (dir != "asc" && dir != "desc"))
            {
                errors.Check(() => throw new ValidationException("query", "sort",
                    $"Invalid sort '{part}'. Use <key>[:asc|desc] with keys {string.Join(", ", sortKeys.Keys)}.", "value_error"));
                continue;
            }
            q.Sort.Add((expr, dir == "desc"));
        }
        errors.ThrowIfAny();
        return q;
    }

    /// <summary><c>{"contents":[...],"count":total}</c>.</summary>
    public static IResult Page(EmulatorRuntime rt, ListQuery q, Func<Resource, string> render) => Items(rt.Store.List(q), render);

    /// <summary>A list answer spliced from each item's JSON text (the listing benchmark reads 10,000 backups).</summary>
    public static IResult Items(ListPage page, Func<Resource, string> render, string field = "contents") =>
        new ListBody("{\"" + field + "\":", page.Items, render, ",\"count\":" + (page.Count ?? page.Items.Count).ToString(CultureInfo.InvariantCulture) + "}");

    private static int? Int(HttpContext ctx, string name)
    {
        var raw = ListParameters.Value(ctx, name);
        if (raw == null) return null;
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            throw new ValidationException("query", name, "Input should be an integer greater than or equal to 0.", "int_parsing");
        return n;
    }

    public static readonly IReadOnlyDictionary<string, string> CreatedSort = new Dictionary<string, string>
    {
        ["created_at"] = "created_at", ["name"] = "COALESCE(name,'')", ["modified_at"] = "json_extract(json,'$.modified_at')",
        ["server_name"] = "json_extract(json,'$.server_name')",
    };
}

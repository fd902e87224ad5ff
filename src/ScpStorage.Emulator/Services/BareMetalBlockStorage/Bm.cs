using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.BareMetalBlockStorage;

/// <summary>Names, fixtures and small helpers shared by the bare metal block storage routes.</summary>
internal static class Bm
{
    public const string Service = "baremetal-blockstorage";
    public const string Volume = "volume";
    public const string Group = "volume-group";
    public const string Snapshot = "volume-snapshot";
    public const string GroupSnapshot = "group-snapshot";
    /// <summary>One per source volume or group; its id is the source's id.</summary>
    public const string Replication = "replication";

    public static readonly IReadOnlyDictionary<string, string> SortKeys = new Dictionary<string, string>
    {
        ["name"] = "COALESCE(name,'')", ["created_at"] = "created_at", ["state"] = "state",
        ["size_gb"] = "json_extract(json,'$.size_gb')", ["disk_type"] = "json_extract(json,'$.disk_type')",
    };

    public static readonly IReadOnlyDictionary<string, string> GroupSortKeys = new Dictionary<string, string>
    {
        ["name"] = "COALESCE(name,'')", ["created_at"] = "created_at", ["state"] = "state",
    };

    /// <summary>
    /// The BM / MNGC servers volumes attach to. The service has no server API, so they are fixed
    /// (ids are 32 hex like SCP's); attachments and the object_name filter refer to them.
    /// </summary>
    public static readonly IReadOnlyList<(string Id, string Name, string Type, string Image)> Servers = new[]
    {
        ("83c3c73d457345e3829ee6d5557c0011", "baremetal-01", "BM", "RHEL 8.8 for BM"),
        ("83c3c73d457345e3829ee6d5557c0012", "baremetal-02", "BM", "Ubuntu 22.04 for BM"),
        ("83c3c73d457345e3829ee6d5557c0013", "baremetal-03", "BM", "Rocky 9.2 for BM"),
        ("d7682135392e42489948c189e29011cc", "mngc-01", "MNGC", "Ubuntu 22.04"),
    };

    public static (string Id, string Name, string Type, string Image)? Server(string id) =>
        Servers.Where(s => s.Id == id).Select(s => ((string, string, string, string)?)s).FirstOrDefault();

    public static string NewId() => Guid.NewGuid().ToString("N");

    public static string Email => "emulator@samsung-cloud-platform.local";

    public static Resource NewResource(string kind, string id, string? name, string state, string createdAt) =>
        new() { Service = Service, Kind = kind, Id = id, Name = name, State = state, CreatedAt = createdAt };

    public static Resource Require(EmulatorRuntime rt, string kind, string id, string what) =>
        rt.Store.Get(Service, kind, id) ?? throw ApiException.NotFound(what, id);

    /// <summary>A refusal SCP documents only as "400 Bad Request" (this service never answers 409).</summary>
    public static ApiException Refused(string detail) => ApiException.BadRequest("BAD_REQUEST", detail);

    public static string Srn(EmulatorRuntime rt, string kind, string id) =>
        $"srn:{rt.Scope.Environment}::{rt.Options.AccountId}:{rt.Scope.Region}::{Service}:{kind}/{id}";

    /// <summary>Backend names imitating seed 003 (vo202407310544da8aadc775f): prefix, yyyyMMddHHmm, 11 hex.</summary>
    public static string BackendName(string prefix, EmulatorRuntime rt) =>
        prefix + rt.Now().UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture) + NewId().Substring(0, 11);

    /// <summary>Starts a state change: the previous state is remembered, the transitional one shown until the delay passes.</summary>
    public static void Begin(EmulatorRuntime rt, Resource r, JsonObject data, string transitional, string target)
    {
        data["previous_state"] = r.State;
        data["modified_at"] = rt.Timestamp();
        r.SetData(data);
        r.Transition(transitional, target, rt.DueAt());
    }

    public static bool IsTransitional(string state) => state is "CREATING" or "ATTACHING" or "DETACHING" or "EDITING" or "DELETING";

    /// <summary>Volumes and groups accept changes only when settled (emulator rule; SCP documents no states per operation).</summary>
    public static void RequireSettled(Resource r, string what)
    {
        if (IsTransitional(r.State)) throw Refused($"{what} '{r.Id}' is {r.State}; try again when it has settled.");
    }

    public static string? Day(string? day)
    {
        if (day == null) return null;
        var d = day.ToUpperInvariant();
        return Rules.Days.Contains(d) ? d
            : throw new ValidationException("body", "day_of_week", $"Input should be one of {string.Join(", ", Rules.Days)}.", "enum");
    }

    public static class Rules
    {
        public static readonly string[] Days = { "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT" };
        public static readonly string[] Cycles = { "5MIN", "HOURLY", "DAILY", "WEEKLY", "MONTHLY" };
        public static readonly string[] Policies = { "RESYNC", "BREAK" };
    }

    public static string Enum(string? value, string field, params string[] allowed) =>
        value != null && allowed.Contains(value) ? value
            : throw new ValidationException("body", field, $"Input should be one of {string.Join(", ", allowed)}.", "enum");

    /// <summary>A list of id strings from the body (<c>volume_ids</c>, detach <c>attachments</c>).</summary>
    public static List<string> Ids(RequestBody body, string field)
    {
        var node = body.Node(field) ?? throw new ValidationException("body", field, "Field required.", "missing");
        if (node is not JsonArray a) throw new ValidationException("body", field, "Input should be a valid list.", "list_type");
        var ids = new List<string>();
        foreach (var n in a)
            ids.Add(n is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new ValidationException("body", field, "Each item should be a string.", "string_type"));
        return ids;
    }
}

using System.Text.Json.Nodes;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.ArchiveStorage;

/// <summary>
/// Answers with exactly the fields of SCP's documented schemas (1.2 Models of seed 003); the
/// stored JSON may hold more (due times, planned copies), which is never answered.
/// </summary>
internal static class ArchiveJson
{
    public static JsonObject BucketShow(Resource b, long usage, string? source)
    {
        var o = new JsonObject { ["id"] = b.Id, ["name"] = b.Name, ["state"] = b.State, ["usage"] = Arc.Text(usage) };
        o["archiving_source_bucket_name"] = source;
        return o;
    }

    public static JsonObject BucketWithName(Resource b) => new() { ["id"] = b.Id, ["name"] = b.Name };

    public static JsonObject Setting(string bucketId, bool enabled) => new() { ["id"] = bucketId, ["enabled"] = enabled };

    public static JsonObject Object(Resource o)
    {
        var d = o.Data();
        return new JsonObject
        {
            ["object_name"] = o.Name, ["object_type"] = d["object_type"]?.GetValue<string>(),
            ["object_size"] = d["size"]?.GetValue<string>(), ["modified_at"] = d["modified_at"]?.GetValue<string>(),
        };
    }

    public static JsonObject Version(Resource o)
    {
        var d = o.Data();
        return new JsonObject
        {
            ["object_path"] = o.Name, ["object_version_id"] = o.Id, ["latest"] = o.State == Arc.Latest,
            ["modified_at"] = d["modified_at"]?.GetValue<string>(), ["etag"] = d["etag"]?.GetValue<string>(), ["size"] = d["size"]?.GetValue<string>(),
        };
    }

    /// <summary>ArchivingPolicyShow/Create/UpdateResponse.</summary>
    public static JsonObject Policy(Resource p)
    {
        var d = p.Data();
        return new JsonObject
        {
            ["id"] = p.Id, ["bucket_id"] = p.Parent,
            ["archiving_source"] = new JsonObject { ["bucket_name"] = d["source"]?.GetValue<string>(), ["object_path"] = d["object_path"]?.GetValue<string>() },
            ["object_lifecycle"] = d["object_lifecycle"]?.GetValue<string>(), ["state"] = p.State,
        };
    }

    /// <summary>The flat list item ArchivingPolicies.</summary>
    public static JsonObject PolicyItem(Resource p)
    {
        var d = p.Data();
        return new JsonObject
        {
            ["id"] = p.Id, ["object_lifecycle"] = d["object_lifecycle"]?.GetValue<string>(),
            ["object_path"] = d["object_path"]?.GetValue<string>(), ["state"] = p.State,
        };
    }

    public static JsonObject PolicyState(Resource p) => new() { ["id"] = p.Id, ["bucket_id"] = p.Parent, ["state"] = p.State };

    /// <summary>ArchivingHistory, or ArchivingHistoryShowResponse with <paramref name="detail"/>.</summary>
    public static JsonObject Archiving(Resource h, bool detail)
    {
        var d = h.Data();
        var o = new JsonObject
        {
            ["archiving_id"] = d["archiving_id"]?.GetValue<string>(), ["id"] = h.Id, ["state"] = h.State,
            ["archiving_policy_id"] = d["archiving_policy_id"]?.GetValue<string>(), ["start_at"] = h.CreatedAt, ["end_at"] = d["end_at"]?.GetValue<string>(),
        };
        if (detail)
        {
            o["bucket_id"] = h.Parent;
            o["archiving_infos"] = d["infos"]?.DeepClone() ?? new JsonArray();
        }
        return o;
    }

    /// <summary>RecoveryHistory, or RecoveryHistoryShowResponse with <paramref name="detail"/>.</summary>
    public static JsonObject Recovery(Resource h, bool detail)
    {
        var d = h.Data();
        var o = new JsonObject
        {
            ["recovery_id"] = d["recovery_id"]?.GetValue<string>(), ["id"] = h.Id, ["state"] = h.State,
            ["recovery_target_bucket_name"] = d["target"]?.GetValue<string>(), ["start_at"] = h.CreatedAt, ["end_at"] = d["end_at"]?.GetValue<string>(),
        };
        if (detail)
        {
            o["bucket_id"] = h.Parent;
            o["recovery_infos"] = d["infos"]?.DeepClone() ?? new JsonArray();
        }
        return o;
    }
}

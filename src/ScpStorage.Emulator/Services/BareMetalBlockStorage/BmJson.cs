using System.Linq;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.BareMetalBlockStorage;

/// <summary>
/// Stored shapes and the answers built from them. A volume is stored with every Show field
/// except state (a column) plus <c>attached</c> ({id, type} of each server); List and Show
/// render their own, different documented shapes from it (seed 003 §2) — no field beyond them.
/// </summary>
internal static class BmJson
{
    public static JsonObject NewVolume(EmulatorRuntime rt, string id, string name, long sizeGb, string diskType, string purpose,
        JsonArray attached, JsonObject? qos, JsonObject? recovery)
    {
        var now = rt.Timestamp();
        return new JsonObject
        {
            ["account_id"] = rt.Options.AccountId, ["attached"] = attached, ["created_at"] = now, ["created_by"] = Bm.Email,
            ["disk_type"] = diskType, ["has_origin"] = recovery != null, ["has_replication"] = false, ["id"] = id, ["is_encryption"] = true,
            ["iscsi_target_ips"] = new JsonArray("172.30.4.3", "172.30.4.4"), ["modified_at"] = now, ["modified_by"] = Bm.Email,
            ["name"] = name, ["previous_state"] = "CREATING", ["purpose"] = purpose,
            ["qos"] = qos ?? new JsonObject { ["iops"] = 5000, ["throughput"] = 250 }, ["recovery"] = recovery,
            ["size_gb"] = sizeGb, ["snapshot_rate"] = null, ["snapshot_schedule"] = null, ["srn"] = Bm.Srn(rt, "volume", id),
            ["storage_volume_name"] = Bm.BackendName("vo", rt), ["volume_group"] = null,
        };
    }

    /// <summary>VolumeModelV1Dot2 (Show Volume's result).</summary>
    public static JsonObject ShowVolume(EmulatorRuntime rt, Resource r)
    {
        var d = r.Data();
        return new JsonObject
        {
            ["account_id"] = d["account_id"]?.DeepClone(), ["attachments"] = new JsonArray(Attached(d).Select(a => (JsonNode)Server(rt, a.Id, a.Type)).ToArray()),
            ["created_at"] = d["created_at"]?.DeepClone(), ["created_by"] = d["created_by"]?.DeepClone(), ["disk_type"] = d["disk_type"]?.DeepClone(),
            ["external_errors"] = new JsonArray(), ["has_origin"] = d["has_origin"]?.DeepClone(), ["has_replication"] = d["has_replication"]?.DeepClone(),
            ["id"] = r.Id, ["is_encryption"] = d["is_encryption"]?.DeepClone(), ["iscsi_target_ips"] = d["iscsi_target_ips"]?.DeepClone(),
            ["modified_at"] = d["modified_at"]?.DeepClone(), ["modified_by"] = d["modified_by"]?.DeepClone(), ["name"] = r.Name,
            ["previous_state"] = d["previous_state"]?.DeepClone(), ["purpose"] = d["purpose"]?.DeepClone(), ["qos"] = d["qos"]?.DeepClone(),
            ["recovery"] = d["recovery"]?.DeepClone(), ["size_gb"] = d["size_gb"]?.DeepClone(), ["snapshot_rate"] = d["snapshot_rate"]?.DeepClone(),
            ["snapshot_schedule"] = d["snapshot_schedule"]?.DeepClone() ?? NoSchedule(), ["srn"] = d["srn"]?.DeepClone(), ["state"] = r.State,
            ["storage_volume_name"] = d["storage_volume_name"]?.DeepClone(), ["volume_group"] = d["volume_group"]?.DeepClone(),
        };
    }

    /// <summary>VolumeListModel (a List Volumes item) but its state, which the route splices in (a <see cref="ListShape"/>).</summary>
    public static string ListVolume(Resource r)
    {
        var d = r.Data();
        return new JsonObject
        {
            ["attachments"] = new JsonArray(Attached(d).Select(a => (JsonNode)new JsonObject { ["id"] = a.Id, ["name"] = Bm.Server(a.Id)?.Name }).ToArray()),
            ["created_at"] = d["created_at"]?.DeepClone(), ["created_by"] = d["created_by"]?.DeepClone(), ["disk_type"] = d["disk_type"]?.DeepClone(),
            ["has_relation"] = d["has_replication"]?.GetValue<bool>() == true || d["has_origin"]?.GetValue<bool>() == true, ["id"] = r.Id,
            ["is_in_volume_group"] = d["volume_group"] != null, ["is_snapshot_activated"] = d["snapshot_rate"] != null,
            ["iscsi_target_ips"] = d["iscsi_target_ips"]?.DeepClone(), ["modified_at"] = d["modified_at"]?.DeepClone(),
            ["modified_by"] = d["modified_by"]?.DeepClone(), ["name"] = r.Name, ["purpose"] = d["purpose"]?.DeepClone(),
            ["size_gb"] = d["size_gb"]?.DeepClone(), ["volume_group"] = d["volume_group"]?.DeepClone() ?? "",
        }.ToJsonString(JsonText.Options);
    }

    public static JsonObject NewGroup(EmulatorRuntime rt, string id, string name, string purpose, JsonArray members, JsonObject? recovery)
    {
        var now = rt.Timestamp();
        return new JsonObject
        {
            ["account_id"] = rt.Options.AccountId, ["created_at"] = now, ["created_by"] = Bm.Email, ["has_origin"] = recovery != null,
            ["has_replication"] = false, ["id"] = id, ["members"] = members, ["modified_at"] = now, ["modified_by"] = Bm.Email, ["name"] = name,
            ["purpose"] = purpose, ["recovery"] = recovery, ["snapshot_schedule"] = null, ["so_storage_id"] = 200, ["so_volume_pool_id"] = "bm-01",
            ["storage_volume_group_name"] = Bm.BackendName("go", rt),
        };
    }

    /// <summary>VolumeGroupModel (Show Volume Group's result); members read from their volumes.</summary>
    public static JsonObject ShowGroup(EmulatorRuntime rt, Resource g)
    {
        var d = g.Data();
        var members = new JsonArray();
        foreach (var id in Members(d))
        {
            if (rt.Store.Get(Bm.Service, Bm.Volume, id) is not { } v) continue;
            var vd = v.Data();
            var rec = vd["recovery"] as JsonObject;
            members.Add(new JsonObject
            {
                ["disk_type"] = vd["disk_type"]?.DeepClone(), ["id"] = v.Id, ["name"] = v.Name,
                ["origin_volume"] = Ref(rec?["origin_volume"]), ["recovery_volume"] = Ref(rec?["recovery_volume"]),
                ["size_gb"] = vd["size_gb"]?.DeepClone(), ["snapshot_rate"] = vd["snapshot_rate"]?.DeepClone(), ["state"] = v.State,
            });
        }
        return new JsonObject
        {
            ["account_id"] = d["account_id"]?.DeepClone(), ["created_at"] = d["created_at"]?.DeepClone(), ["created_by"] = d["created_by"]?.DeepClone(),
            ["has_origin"] = d["has_origin"]?.DeepClone(), ["has_replication"] = d["has_replication"]?.DeepClone(), ["id"] = g.Id,
            ["member_volumes"] = members, ["modified_at"] = d["modified_at"]?.DeepClone(), ["modified_by"] = d["modified_by"]?.DeepClone(),
            ["name"] = g.Name, ["purpose"] = d["purpose"]?.DeepClone(), ["recovery"] = d["recovery"]?.DeepClone(),
            ["snapshot_schedule"] = d["snapshot_schedule"]?.DeepClone() ?? NoSchedule(), ["so_storage_id"] = d["so_storage_id"]?.DeepClone(),
            ["so_volume_pool_id"] = d["so_volume_pool_id"]?.DeepClone(), ["state"] = g.State,
            ["storage_volume_group_name"] = d["storage_volume_group_name"]?.DeepClone(),
        };
    }

    /// <summary>VolumeGroupListModel.</summary>
    public static JsonObject ListGroup(Resource g)
    {
        var d = g.Data();
        return new JsonObject
        {
            ["account_id"] = d["account_id"]?.DeepClone(), ["created_at"] = d["created_at"]?.DeepClone(), ["created_by"] = d["created_by"]?.DeepClone(),
            ["id"] = g.Id, ["modified_at"] = d["modified_at"]?.DeepClone(), ["modified_by"] = d["modified_by"]?.DeepClone(), ["name"] = g.Name,
            ["num_of_block_storages"] = Members(d).Length, ["purpose"] = d["purpose"]?.DeepClone(), ["state"] = g.State,
        };
    }

    /// <summary>VolumeGroupMemberResponse: {id, member_volumes:[MemberVolume]}.</summary>
    public static JsonObject MemberAnswer(EmulatorRuntime rt, Resource g)
    {
        var members = new JsonArray();
        foreach (var id in Members(g.Data()))
            if (rt.Store.Get(Bm.Service, Bm.Volume, id) is { } v)
            {
                var vd = v.Data();
                members.Add(new JsonObject
                {
                    ["disk_type"] = vd["disk_type"]?.DeepClone(), ["id"] = v.Id, ["name"] = v.Name, ["purpose"] = vd["purpose"]?.DeepClone(),
                    ["size_gb"] = vd["size_gb"]?.DeepClone(), ["so_volume_id"] = "", ["so_volume_name"] = vd["storage_volume_name"]?.DeepClone(),
                });
            }
        return new JsonObject { ["id"] = g.Id, ["member_volumes"] = members };
    }

    public static string[] Members(JsonObject groupData) =>
        (groupData["members"] as JsonArray)?.Select(n => n!.GetValue<string>()).ToArray() ?? System.Array.Empty<string>();

    public static (string Id, string Type)[] Attached(JsonObject volumeData) =>
        (volumeData["attached"] as JsonArray)?.Select(n => (n!["id"]!.GetValue<string>(), n["type"]!.GetValue<string>())).ToArray()
        ?? System.Array.Empty<(string, string)>();

    public static JsonObject Schedule(string? day, long hour) =>
        new() { ["day_of_week"] = day ?? "", ["frequency"] = day == null ? "DAILY" : "WEEKLY", ["hour"] = hour };

    /// <summary>What Show reports without a schedule (frequency NONE is in the enum; the doc gives no example).</summary>
    private static JsonObject NoSchedule() => new() { ["day_of_week"] = "", ["frequency"] = "NONE", ["hour"] = 0 };

    private static JsonObject Server(EmulatorRuntime rt, string id, string type)
    {
        var s = Bm.Server(id);
        return new JsonObject
        {
            ["id"] = id, ["image_name"] = s?.Image, ["name"] = s?.Name, ["srn"] = $"srn:{rt.Scope.Environment}::{rt.Options.AccountId}:{rt.Scope.Region}::baremetal:server/{id}",
            ["state"] = "RUNNING", ["type"] = type,
        };
    }

    private static JsonObject? Ref(JsonNode? n) => n == null ? null : new JsonObject { ["id"] = n["id"]?.DeepClone(), ["name"] = n["name"]?.DeepClone() };
}

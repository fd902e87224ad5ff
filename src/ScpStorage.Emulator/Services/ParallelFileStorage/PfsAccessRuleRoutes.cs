using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Services.FileStorage;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.ParallelFileStorage;

/// <summary>
/// /v1/volumes/{volume_id}/access-rules: ListAccessRule and SetAccessRule (both arrays required).
/// An added node's IPs are <c>creating</c>, then <c>active</c> after the delay; a removed node
/// disappears after the delay. Adding a node that has access, removing one that has none, is 409;
/// an unknown node id is 404 (emulator choices).
/// </summary>
internal static class PfsAccessRuleRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/volumes/{volume_id}/access-rules", (string volume_id) =>
        {
            var rules = rt.Store.Atomic(() => { PfsVolumeRoutes.Require(rt, volume_id); return rt.Store.Children(Pfs.Service, Pfs.Rule, volume_id); });
            return Reply.Json(new JsonObject
            {
                ["count"] = rules.Count,
                ["volume_id"] = volume_id,
                ["access_rules"] = new JsonArray(rules.Select(r => (JsonNode?)Render(r)).ToArray()),
            });
        });

        v1.MapPut("/volumes/{volume_id}/access-rules", (HttpContext ctx, string volume_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var add = errors.Field(() => Items(body, "add_access_rules"));
            var remove = errors.Field(() => Items(body, "remove_access_rules"));
            errors.ThrowIfAny();
            rt.Store.Atomic(() =>
            {
                PfsVolumeRoutes.RequireAvailable(PfsVolumeRoutes.Require(rt, volume_id));
                foreach (var id in add)
                {
                    if (!Pfs.GpuNodes.ContainsKey(id)) throw ApiException.NotFound("GPU node", id);
                    if (rt.Store.Get(Pfs.Service, Pfs.Rule, RuleId(volume_id, id)) != null)
                        throw ApiException.InvalidState($"GPU node '{id}' already has access to volume '{volume_id}'.");
                }
                foreach (var id in remove)
                    if (rt.Store.Get(Pfs.Service, Pfs.Rule, RuleId(volume_id, id)) is not { State: not "deleting" })
                        throw ApiException.InvalidState($"GPU node '{id}' has no access to volume '{volume_id}'.");
                var due = rt.DueAt();
                foreach (var id in add)
                {
                    var r = FileShapes.NewResource(Pfs.Service, Pfs.Rule, RuleId(volume_id, id), null, "creating", FileShapes.Timestamp(rt), volume_id);
                    r.SetData(new JsonObject { ["object_id"] = id });
                    r.Transition("creating", "active", due);
                    rt.Store.Insert(r);
                }
                foreach (var id in remove)
                {
                    var r = rt.Store.Get(Pfs.Service, Pfs.Rule, RuleId(volume_id, id))!;
                    r.Transition("deleting", Resource.Deleted, due);
                    rt.Store.Update(r);
                }
            });
            JsonArray Echo(IEnumerable<string> ids) => new(ids.Select(i => (JsonNode?)new JsonObject { ["object_id"] = i, ["object_type"] = "GPU_NODE" }).ToArray());
            return Reply.Json(new JsonObject { ["add_access_rules"] = Echo(add), ["remove_access_rules"] = Echo(remove), ["volume_id"] = volume_id }, 202);
        });
    }

    private static string RuleId(string volumeId, string nodeId) => volumeId + "/" + nodeId;

    /// <summary>AccessRules: the node's fixture name and IPs; each IP's state is the rule's (creating, active, deleting).</summary>
    private static JsonObject Render(Resource r)
    {
        var id = (string)r.Data()["object_id"]!;
        var (name, ips) = Pfs.GpuNodes[id];
        return new JsonObject
        {
            ["object_id"] = id, ["object_type"] = "GPU_NODE", ["object_name"] = name, ["object_state"] = "RUNNING", ["access_state"] = "all",
            ["access_ip_list"] = new JsonArray(ips.Select(ip => (JsonNode?)new JsonObject { ["access_ip"] = ip, ["access_ip_state"] = r.State }).ToArray()),
        };
    }

    /// <summary>A required array of {object_id, object_type GPU_NODE}.</summary>
    private static List<string> Items(RequestBody body, string field)
    {
        if (body.Node(field) is not JsonArray list) throw new ValidationException("body", field, "Field required: a list (possibly empty).", "missing");
        var ids = new List<string>();
        foreach (var item in list)
        {
            if (item is not JsonObject o || o["object_id"] is not JsonValue id || id.GetValueKind() != JsonValueKind.String)
                throw new ValidationException("body", field, "Each item needs a string object_id.", "model_type");
            if ((string?)o["object_type"] != "GPU_NODE")
                throw new ValidationException("body", field, "String should match pattern '^(GPU_NODE)$'.", "string_pattern_mismatch");
            ids.Add(id.GetValue<string>());
        }
        return ids;
    }
}

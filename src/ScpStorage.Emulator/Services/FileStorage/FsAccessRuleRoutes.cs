using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.FileStorage;

/// <summary>
/// /v1/volumes/{volume_id}/access-rules: ListAccessRules and SetAccessRule (action add|remove).
/// An added rule is <c>creating</c> until the transition delay passes, then <c>active</c>; a
/// removed one is <c>deleting</c>, then gone. Adding a rule that exists or removing one that
/// does not is 409 (emulator choice; SCP documents 409 without a cause).
/// </summary>
internal static class FsAccessRuleRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/volumes/{volume_id}/access-rules", (string volume_id) =>
        {
            var rules = rt.Store.Atomic(() =>
            {
                Fs.Require(rt, Fs.Volume, volume_id, "Volume");
                return rt.Store.Children(Fs.Service, Fs.Rule, volume_id);
            });
            return Reply.Json(new JsonObject
            {
                ["count"] = rules.Count,
                ["volume_id"] = volume_id,
                ["access_rules"] = new JsonArray(rules.Select(r => (JsonNode?)FileShapes.Pick(r, "access_rule_state", Fs.RuleFields)).ToArray()),
            });
        });

        v1.MapPut("/volumes/{volume_id}/access-rules", (HttpContext ctx, string volume_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var objectId = errors.Field(() => body.RequiredString("object_id"));
            var objectType = errors.Field(() => body.RequiredString("object_type"), t => FileShapes.Pattern(t, "body", "object_type", "^(VM|BM|GPU|GPU_NODE|ENDPOINT)$"));
            var action = errors.Field(() => body.RequiredString("action"), a => FileShapes.Pattern(a, "body", "action", "^(add|remove)$"));
            errors.ThrowIfAny();
            rt.Store.Atomic(() =>
            {
                var volume = Fs.Require(rt, Fs.Volume, volume_id, "Volume");
                Fs.RequireAvailable(volume);
                var id = volume_id + "/" + objectType + "/" + objectId;
                var existing = rt.Store.Get(Fs.Service, Fs.Rule, id);
                if (action == "add")
                {
                    if (existing != null) throw ApiException.InvalidState($"{objectType} '{objectId}' already has access to volume '{volume_id}' ({existing.State}).");
                    var r = FileShapes.NewResource(Fs.Service, Fs.Rule, id, null, "creating", FileShapes.Timestamp(rt), volume_id);
                    r.SetData(new JsonObject { ["object_type"] = objectType, ["object_id"] = objectId });
                    r.Transition("creating", "active", rt.DueAt());
                    rt.Store.Insert(r);
                }
                else
                {
                    if (existing == null || existing.State == "deleting")
                        throw ApiException.InvalidState($"{objectType} '{objectId}' has no access to volume '{volume_id}'.");
                    existing.Transition("deleting", Resource.Deleted, rt.DueAt());
                    rt.Store.Update(existing);
                }
            });
            return Reply.Json(new JsonObject { ["volume_id"] = volume_id, ["object_type"] = objectType, ["object_id"] = objectId, ["action"] = action }, 202);
        });
    }
}

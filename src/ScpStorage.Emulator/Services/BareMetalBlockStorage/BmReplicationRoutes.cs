using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.BareMetalBlockStorage;

/// <summary>
/// Replications of volumes and groups: one per source, stored with the source's id. The
/// emulator keeps one region per state file, so the replica is described in the replication
/// (related_volumes / related_volume_groups) rather than created as a volume.
/// sync_state is empty while the first copy is made, then <c>SNAPMIRROED</c> (SCP's spelling).
/// </summary>
internal static class BmReplicationRoutes
{
    private sealed record Source(string Kind, string Route, string IdField, string What, string Related, string CycleKey);

    private static readonly Source Volume = new(Bm.Volume, "/volumes/{id}", "volume_id", "Volume", "related_volumes", "sync_cycle");
    private static readonly Source Group = new(Bm.Group, "/volume-groups/{id}", "volume_group_id", "Volume group", "related_volume_groups", "cycle");

    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        foreach (var s in new[] { Volume, Group })
        {
            v1.MapGet(s.Route + "/replications", (string id) => Reply.Json(new JsonObject { ["result"] = Show(rt, s, id) }));
            v1.MapPost(s.Route + "/replications", (HttpContext ctx, string id) => Create(rt, ctx, s, id));
            v1.MapDelete(s.Route + "/replications", (string id) => Delete(rt, s, id));
            v1.MapPut(s.Route + "/replications/cycle", (HttpContext ctx, string id) =>
            {
                var cycle = Bm.Enum(RequestBody.Read(ctx).OptionalString("cycle"), "cycle", Bm.Rules.Cycles);
                var rep = Change(rt, s, id, d => d["sync_cycle"] = cycle);
                return Reply.Json(new JsonObject { ["cycle"] = cycle, [s.IdField] = rep.Id });
            });
            v1.MapPut(s.Route + "/replications/policy", (HttpContext ctx, string id) =>
            {
                var policy = Bm.Enum(RequestBody.Read(ctx).OptionalString("policy"), "policy", Bm.Rules.Policies);
                // The effect of RESYNC/BREAK on sync_state is undocumented: the policy is recorded, the state kept.
                var rep = Change(rt, s, id, d => d["policy"] = policy);
                return Reply.Json(new JsonObject { [s.CycleKey] = rep.Data()["sync_cycle"]?.DeepClone(), ["sync_state"] = rep.State });
            });
        }
    }

    private static Resource Find(EmulatorRuntime rt, Source s, string id)
    {
        Bm.Require(rt, s.Kind, id, s.What);
        var rep = rt.Store.Get(Bm.Service, Bm.Replication, id);
        return rep != null && rep.Parent == s.Kind ? rep : throw ApiException.NotFound($"Replication of {s.What.ToLowerInvariant()}", id);
    }

    private static JsonObject Show(EmulatorRuntime rt, Source s, string id)
    {
        var rep = Find(rt, s, id);
        var d = rep.Data();
        var source = Bm.Require(rt, s.Kind, id, s.What);
        var related = new JsonArray
        {
            new JsonObject { ["auth"] = "READ_WRITE", ["id"] = source.Id, ["name"] = source.Name, ["purpose"] = source.Data()["purpose"]?.DeepClone(), ["region"] = rt.Scope.Region },
            new JsonObject { ["auth"] = "READ", ["id"] = d["replica_id"]?.DeepClone(), ["name"] = d["name"]?.DeepClone(), ["purpose"] = "REPL", ["region"] = d["region"]?.DeepClone() },
        };
        return new JsonObject { ["lag_time"] = rep.State.Length == 0 ? "00:00:00" : "00:05:00", [s.Related] = related, ["sync_cycle"] = d["sync_cycle"]?.DeepClone(), ["sync_state"] = rep.State };
    }

    private static IResult Create(EmulatorRuntime rt, HttpContext ctx, Source s, string id)
    {
        var body = RequestBody.Read(ctx);
        var errors = new ValidationErrors();
        var cycle = errors.Field(() => Bm.Enum(body.OptionalString("cycle"), "cycle", Bm.Rules.Cycles));
        var name = errors.Field(() => body.RequiredString("name"));
        var region = errors.Field(() => body.RequiredString("region"));
        var prefix = s == Group ? errors.Field(() => body.RequiredString("replication_volume_name_prefix")) : null;
        errors.ThrowIfAny();
        rt.Store.Atomic(() =>
        {
            var source = Bm.Require(rt, s.Kind, id, s.What);
            Bm.RequireSettled(source, s.What);
            if (rt.Store.Get(Bm.Service, Bm.Replication, source.Id) != null) throw Bm.Refused($"{s.What} '{source.Id}' is already replicated.");
            var rep = Bm.NewResource(Bm.Replication, source.Id, name, "", rt.Timestamp());
            rep.Parent = s.Kind;
            var data = new JsonObject { ["name"] = name, ["region"] = region, ["replica_id"] = Bm.NewId(), ["sync_cycle"] = cycle, ["policy"] = null };
            if (prefix != null) data["volume_name_prefix"] = prefix;
            rep.SetData(data);
            rep.Transition("", "SNAPMIRROED", rt.DueAt());
            rt.Store.Insert(rep);
            Flag(rt, source, true);
        });
        return BmVolumeRoutes.Accepted(id);
    }

    /// <summary>Volumes answer 202 AsyncResponse, groups 200 {"result": true} (as documented). The replica is not deleted (undocumented).</summary>
    private static IResult Delete(EmulatorRuntime rt, Source s, string id)
    {
        rt.Store.Atomic(() =>
        {
            var rep = Find(rt, s, id);
            rt.Store.Delete(Bm.Service, Bm.Replication, rep.Id);
            Flag(rt, Bm.Require(rt, s.Kind, id, s.What), false);
        });
        return s == Volume ? BmVolumeRoutes.Accepted(id) : Reply.Json(new JsonObject { ["result"] = true });
    }

    private static Resource Change(EmulatorRuntime rt, Source s, string id, System.Action<JsonObject> change) => rt.Store.Atomic(() =>
    {
        var rep = Find(rt, s, id);
        var d = rep.Data();
        change(d);
        rep.SetData(d);
        rt.Store.Update(rep);
        return rep;
    });

    private static void Flag(EmulatorRuntime rt, Resource source, bool replicated)
    {
        var d = source.Data();
        d["has_replication"] = replicated;
        source.SetData(d);
        rt.Store.Update(source);
    }
}

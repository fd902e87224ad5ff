using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;

namespace ScpStorage.Emulator.Services.BareMetalBlockStorage;

/// <summary>
/// Snapshot rates (volumes) and snapshot schedules (volumes and groups). Each is a singleton
/// kept in its owner's record: create refuses when one exists, set and delete when none does
/// (emulator rules, answered 400 like every refusal of this service).
/// </summary>
internal static class BmPolicyRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapPost("/volumes/{volume_id}/snapshot-rates", (HttpContext ctx, string volume_id) => Rate(rt, ctx, volume_id, exists: false, clear: false));
        v1.MapPut("/volumes/{volume_id}/snapshot-rates", (HttpContext ctx, string volume_id) => Rate(rt, ctx, volume_id, exists: true, clear: false));
        v1.MapDelete("/volumes/{volume_id}/snapshot-rates", (HttpContext ctx, string volume_id) => Rate(rt, ctx, volume_id, exists: true, clear: true));

        foreach (var (route, kind, field, what) in new[] { ("/volumes/{id}", Bm.Volume, "volume_id", "Volume"), ("/volume-groups/{id}", Bm.Group, "volume_group_id", "Volume group") })
        {
            v1.MapPost(route + "/snapshot-schedules", (HttpContext ctx, string id) => Schedule(rt, ctx, kind, field, what, id, exists: false, clear: false));
            v1.MapPut(route + "/snapshot-schedules", (HttpContext ctx, string id) => Schedule(rt, ctx, kind, field, what, id, exists: true, clear: false));
            v1.MapDelete(route + "/snapshot-schedules", (HttpContext ctx, string id) => Schedule(rt, ctx, kind, field, what, id, exists: true, clear: true));
        }
    }

    private static IResult Rate(EmulatorRuntime rt, HttpContext ctx, string volumeId, bool exists, bool clear)
    {
        long? rate = null;
        if (!clear)
        {
            rate = RequestBody.Read(ctx).RequiredInt("snapshot_rate");
            if (rate < 1) throw new ValidationException("body", "snapshot_rate", "Input should be greater than or equal to 1.", "greater_than_equal");
        }
        var answer = rt.Store.Atomic(() =>
        {
            var v = Bm.Require(rt, Bm.Volume, volumeId, "Volume");
            var d = v.Data();
            var current = d["snapshot_rate"]?.GetValue<long>();
            if (exists && current == null) throw Bm.Refused($"Volume '{v.Id}' has no snapshot rate.");
            if (!exists && current != null) throw Bm.Refused($"Volume '{v.Id}' already has a snapshot rate; change it with PUT.");
            d["snapshot_rate"] = clear ? null : rate;
            d["modified_at"] = rt.Timestamp();
            v.SetData(d);
            rt.Store.Update(v);
            return new JsonObject { ["is_snapshot_activated"] = !clear, ["snapshot_rate"] = clear ? current : rate, ["volume_id"] = v.Id };
        });
        return Reply.Json(answer);
    }

    private static IResult Schedule(EmulatorRuntime rt, HttpContext ctx, string kind, string field, string what, string id, bool exists, bool clear)
    {
        JsonObject? wanted = null;
        if (!clear)
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var hour = errors.Field(() => (long?)body.RequiredInt("hour"), h => { if (h < 0 || h > 23) throw new ValidationException("body", "hour", "Input should be between 0 and 23.", "range"); });
            var day = errors.Field(() => Bm.Day(body.OptionalString("day_of_week")));
            errors.ThrowIfAny();
            // The request model says an omitted day means DAILY; a given day is taken as WEEKLY (emulator choice: every example answers DAILY).
            wanted = BmJson.Schedule(day, hour!.Value);
        }
        var answer = rt.Store.Atomic(() =>
        {
            var r = Bm.Require(rt, kind, id, what);
            var d = r.Data();
            var current = d["snapshot_schedule"] as JsonObject;
            if (exists && current == null) throw Bm.Refused($"{what} '{r.Id}' has no snapshot schedule.");
            if (!exists && current != null) throw Bm.Refused($"{what} '{r.Id}' already has a snapshot schedule; change it with PUT.");
            d["snapshot_schedule"] = clear ? null : wanted!.DeepClone();
            d["modified_at"] = rt.Timestamp();
            r.SetData(d);
            rt.Store.Update(r);
            var shown = (JsonObject)(clear ? current! : wanted!).DeepClone();
            shown[field] = r.Id;
            return shown;
        });
        return Reply.Json(answer);
    }
}

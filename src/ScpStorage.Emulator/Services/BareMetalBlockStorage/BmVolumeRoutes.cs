using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.BareMetalBlockStorage;

/// <summary>/v1/volumes: list, create, show, delete, QoS, attach, detach, recovery.</summary>
internal static class BmVolumeRoutes
{
    public const int MinIops = 5000, MaxIops = 20000, MinThroughput = 250, MaxThroughput = 1000;

    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/volumes", (HttpContext ctx) =>
        {
            var q = ListParameters.Parse(ctx, Bm.Service, Bm.Volume, Bm.SortKeys);
            if (ListParameters.Value(ctx, "name") is { } name) q.Where("name = {0}", name);
            if (ListParameters.Value(ctx, "volume_group_name") is { } group) q.Where("json_extract(json,'$.volume_group.name') = {0}", group);
            if (ListParameters.Value(ctx, "object_name") is { } server)
            {
                var ids = Bm.Servers.Where(s => s.Name == server).Select(s => s.Id).ToList();
                if (ids.Count == 0) q.Where("0");
                else q.Where(string.Join(" OR ", ids.Select((_, i) => $"instr(json_extract(json,'$.attached'), {{{i}}}) > 0")), ids.Select(i => (object?)$"\"{i}\"").ToArray());
            }
            q.Read = ListRead.Shape;
            return Page(ListParameters.Run(rt, q), "volumes", r => ListParameters.ListItem(r, "state"));
        });

        v1.MapPost("/volumes", (HttpContext ctx) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var name = errors.Field(() => body.RequiredString("name"), n => { if (n.Length == 0) throw new ValidationException("body", "name", "String should have at least 1 character.", "string_too_short"); });
            var size = errors.Field(() => (long?)body.RequiredInt("size_gb"), n => { if (n < 1) throw new ValidationException("body", "size_gb", "Input should be greater than or equal to 1.", "greater_than_equal"); }) ?? 0;
            var disk = errors.Field(() => Bm.Enum(body.OptionalString("disk_type"), "disk_type", "SSD", "HDD"));
            var attached = errors.Field(() => Attachments(body.Node("attachments")));
            var qos = errors.Field(() => Qos(body.Node("qos"), required: true));
            errors.Check(() => Tags(body.Node("tags")));
            errors.ThrowIfAny();

            var id = Bm.NewId();
            rt.Store.Atomic(() =>
            {
                var r = Bm.NewResource(Bm.Volume, id, name, "CREATING", rt.Timestamp());
                r.SetData(BmJson.NewVolume(rt, id, name!, size, disk!, "ORG", attached!, qos, null));
                r.Transition("CREATING", attached!.Count > 0 ? "IN_USE" : "AVAILABLE", rt.DueAt());
                rt.Store.Insert(r);
            });
            return Accepted(id);
        });

        v1.MapGet("/volumes/{volume_id}", (string volume_id) =>
            Reply.Json(new JsonObject { ["result"] = BmJson.ShowVolume(rt, Bm.Require(rt, Bm.Volume, volume_id, "Volume")) }));

        v1.MapDelete("/volumes/{volume_id}", (string volume_id) =>
        {
            rt.Store.Atomic(() =>
            {
                var r = Bm.Require(rt, Bm.Volume, volume_id, "Volume");
                Bm.RequireSettled(r, "Volume");
                var d = r.Data();
                if (BmJson.Attached(d).Length > 0) throw Bm.Refused($"Volume '{r.Id}' is attached; detach it first.");
                if (d["volume_group"] != null) throw Bm.Refused($"Volume '{r.Id}' is in a volume group; remove it from the group first.");
                if (d["has_replication"]?.GetValue<bool>() == true) throw Bm.Refused($"Volume '{r.Id}' is replicated; delete the replication first.");
                // Its snapshots, rate and schedule go with it.
                foreach (var s in rt.Store.Children(Bm.Service, Bm.Snapshot, r.Id)) rt.Store.Delete(Bm.Service, Bm.Snapshot, s.Id);
                Bm.Begin(rt, r, d, "DELETING", Resource.Deleted);
                rt.Store.Update(r);
            });
            return Accepted(volume_id);
        });

        v1.MapPut("/volumes/{volume_id}/qos", (HttpContext ctx, string volume_id) =>
        {
            var body = RequestBody.Read(ctx);
            var qos = Qos(body, required: false)!;
            var answer = rt.Store.Atomic(() =>
            {
                var r = Bm.Require(rt, Bm.Volume, volume_id, "Volume");
                Bm.RequireSettled(r, "Volume");
                var d = r.Data();
                var current = (JsonObject)(d["qos"] ?? new JsonObject());
                var merged = new JsonObject { ["iops"] = (qos["iops"] ?? current["iops"])?.DeepClone(), ["throughput"] = (qos["throughput"] ?? current["throughput"])?.DeepClone() };
                d["qos"] = merged;
                Bm.Begin(rt, r, d, "EDITING", r.State);
                rt.Store.Update(r);
                return merged.DeepClone();
            });
            return Reply.Json(answer);
        });

        v1.MapPost("/volumes/{volume_id}/attachments", (HttpContext ctx, string volume_id) =>
        {
            var body = RequestBody.Read(ctx);
            var wanted = Attachments(body.Node("attachments"));
            if (wanted.Count == 0) throw new ValidationException("body", "attachments", "List should have at least 1 item.", "too_short");
            rt.Store.Atomic(() =>
            {
                var r = Bm.Require(rt, Bm.Volume, volume_id, "Volume");
                Bm.RequireSettled(r, "Volume");
                var d = r.Data();
                var attached = (JsonArray)d["attached"]!;
                foreach (var a in wanted)
                {
                    var sid = a!["id"]!.GetValue<string>();
                    if (BmJson.Attached(d).Any(x => x.Id == sid)) throw Bm.Refused($"Volume '{r.Id}' is already attached to server '{sid}'.");
                    attached.Add(a.DeepClone());
                }
                Bm.Begin(rt, r, d, "ATTACHING", "IN_USE");
                rt.Store.Update(r);
            });
            return Reply.Json(new JsonObject { ["attachments"] = new JsonArray(wanted.Select(a => (JsonNode)new JsonObject { ["object_id"] = a!["id"]!.DeepClone(), ["object_type"] = a["type"]!.DeepClone() }).ToArray()) });
        });

        // Detach is a DELETE with a JSON body naming the server ids.
        v1.MapDelete("/volumes/{volume_id}/attachments", (HttpContext ctx, string volume_id) =>
        {
            var ids = Bm.Ids(RequestBody.Read(ctx), "attachments");
            if (ids.Count == 0) throw new ValidationException("body", "attachments", "List should have at least 1 item.", "too_short");
            var detached = rt.Store.Atomic(() =>
            {
                var r = Bm.Require(rt, Bm.Volume, volume_id, "Volume");
                Bm.RequireSettled(r, "Volume");
                var d = r.Data();
                var before = BmJson.Attached(d);
                foreach (var id in ids)
                    if (before.All(a => a.Id != id)) throw Bm.Refused($"Volume '{r.Id}' is not attached to server '{id}'.");
                var left = before.Where(a => !ids.Contains(a.Id)).ToArray();
                d["attached"] = new JsonArray(left.Select(a => (JsonNode)new JsonObject { ["id"] = a.Id, ["type"] = a.Type }).ToArray());
                Bm.Begin(rt, r, d, "DETACHING", left.Length > 0 ? "IN_USE" : "AVAILABLE");
                rt.Store.Update(r);
                return before.Where(a => ids.Contains(a.Id)).ToArray();
            });
            return Reply.Json(new JsonObject { ["attachments"] = new JsonArray(detached.Select(a => (JsonNode)new JsonObject { ["object_id"] = a.Id, ["object_type"] = a.Type }).ToArray()) });
        });

        v1.MapPost("/volumes/{volume_id}/recoveries", (HttpContext ctx, string volume_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var name = errors.Field(() => body.RequiredString("name"));
            var snapshotId = errors.Field(() => body.RequiredString("snapshot_id"));
            errors.ThrowIfAny();
            var id = Bm.NewId();
            rt.Store.Atomic(() =>
            {
                var source = Bm.Require(rt, Bm.Volume, volume_id, "Volume");
                var snap = rt.Store.Get(Bm.Service, Bm.Snapshot, snapshotId!);
                if (snap == null || snap.Parent != source.Id) throw ApiException.NotFound("Snapshot of volume " + source.Id, snapshotId!);
                var sd = source.Data();
                var origin = new JsonObject { ["attachments"] = new JsonArray(), ["id"] = source.Id, ["name"] = source.Name };
                var recovery = new JsonObject { ["origin_volume"] = origin, ["recovery_volume"] = null };
                var r = Bm.NewResource(Bm.Volume, id, name, "CREATING", rt.Timestamp());
                r.SetData(BmJson.NewVolume(rt, id, name!, sd["size_gb"]!.GetValue<long>(), sd["disk_type"]!.GetValue<string>(), "RECOVERY",
                    new JsonArray(), (JsonObject?)sd["qos"]?.DeepClone(), recovery));
                r.Transition("CREATING", "AVAILABLE", rt.DueAt());
                rt.Store.Insert(r);
                sd["recovery"] = new JsonObject { ["origin_volume"] = null, ["recovery_volume"] = new JsonObject { ["attachments"] = new JsonArray(), ["id"] = id, ["name"] = name } };
                source.SetData(sd);
                rt.Store.Update(source);
            });
            return Accepted(id);
        });
    }

    /// <summary>AsyncResponse; resource_id is the id of the resource the request created or acts on (emulator choice, see docs/design.md).</summary>
    public static IResult Accepted(string resourceId) =>
        Reply.Json(new JsonObject { ["request_id"] = "req-" + Guid.NewGuid(), ["resource_id"] = resourceId }, 202);

    /// <summary><c>{"total_count": N, "&lt;field&gt;": [...]}</c>: total_count is the total over all pages.</summary>
    public static IResult Page(ListPage page, string field, Func<Resource, JsonObject> render) =>
        Page(page, field, r => render(r).ToJsonString(JsonText.Options));

    /// <summary><c>{"total_count": N, "{field}": [...]}</c> spliced from each item's text.</summary>
    public static IResult Page(ListPage page, string field, Func<Resource, string> render)
    {
        var total = (page.Count ?? page.Items.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ListBody("{\"total_count\":" + total + ",\"" + field + "\":", page.Items, render);
    }

    /// <summary>Create's and Attach's attachments: [{object_id, object_type BM|MNGC}] → stored [{id, type}]; unknown servers are 404.</summary>
    private static JsonArray Attachments(JsonNode? node)
    {
        if (node == null) throw new ValidationException("body", "attachments", "Field required.", "missing");
        if (node is not JsonArray list) throw new ValidationException("body", "attachments", "Input should be a valid list.", "list_type");
        var result = new JsonArray();
        foreach (var item in list)
        {
            var id = item?["object_id"] is JsonValue v && v.TryGetValue<string>(out var s) ? s
                : throw new ValidationException("body", "attachments", "Each attachment needs a string object_id.", "missing");
            var type = Bm.Enum(item!["object_type"] is JsonValue t && t.TryGetValue<string>(out var ts) ? ts : null, "object_type", "BM", "MNGC");
            if (Bm.Server(id) == null) throw ApiException.NotFound("Server", id);
            result.Add(new JsonObject { ["id"] = id, ["type"] = type });
        }
        return result;
    }

    private static JsonObject? Qos(JsonNode? node, bool required)
    {
        if (node == null) return null;
        if (node is not JsonObject o) throw new ValidationException("body", "qos", "Input should be an object.", "dict_type");
        return Qos(o, required);
    }

    /// <summary>QoSModel: both keys when sent at creation, either one for Set Volume QoS; IOPS 5,000–20,000, throughput 250–1,000.</summary>
    private static JsonObject Qos(JsonObject o, bool required)
    {
        long? Read(string key, long min, long max)
        {
            var n = o[key];
            if (n == null) return required ? throw new ValidationException("body", key, "Field required.", "missing") : (long?)null;
            if (n is not JsonValue v || !v.TryGetValue<long>(out var x)) throw new ValidationException("body", key, "Input should be a valid integer.", "int_type");
            if (x < min || x > max) throw new ValidationException("body", key, $"Input should be between {min} and {max}.", "range");
            return x;
        }
        var iops = Read("iops", MinIops, MaxIops);
        var throughput = Read("throughput", MinThroughput, MaxThroughput);
        return new JsonObject { ["iops"] = iops, ["throughput"] = throughput };
    }

    private static JsonObject Qos(RequestBody body, bool required)
    {
        var o = new JsonObject();
        if (body.Node("iops") is { } i) o["iops"] = i.DeepClone();
        if (body.Node("throughput") is { } t) o["throughput"] = t.DeepClone();
        var q = Qos(o, required);
        if (q["iops"] == null) q.Remove("iops");
        if (q["throughput"] == null) q.Remove("throughput");
        return q;
    }

    public static void Tags(JsonNode? tags)
    {
        if (tags == null) return;
        if (tags is not JsonArray list || list.Any(t => t is not JsonObject))
            throw new ValidationException("body", "tags", "Input should be a list of {key, value} objects.", "list_type");
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.BareMetalBlockStorage;

/// <summary>/v1/volume-groups: list, create, show, members add/remove, recovery. SCP has no delete for groups.</summary>
internal static class BmGroupRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/volume-groups", (HttpContext ctx) =>
        {
            var q = ListParameters.Parse(ctx, Bm.Service, Bm.Group, Bm.GroupSortKeys);
            if (ListParameters.Value(ctx, "name") is { } name) q.Where("name = {0}", name);
            return BmVolumeRoutes.Page(ListParameters.Run(rt, q), "volume_groups", BmJson.ListGroup);
        });

        v1.MapPost("/volume-groups", (HttpContext ctx) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var name = errors.Field(() => body.RequiredString("name"));
            var ids = errors.Field(() => Bm.Ids(body, "volume_ids"), l => { if (l.Count == 0) throw new ValidationException("body", "volume_ids", "List should have at least 1 item.", "too_short"); });
            errors.Check(() => BmVolumeRoutes.Tags(body.Node("tags")));
            errors.ThrowIfAny();
            var id = Bm.NewId();
            rt.Store.Atomic(() =>
            {
                var members = Joinable(rt, ids!, null);
                var g = Bm.NewResource(Bm.Group, id, name, "CREATING", rt.Timestamp());
                g.SetData(BmJson.NewGroup(rt, id, name!, "ORG", new JsonArray(ids!.Select(i => (JsonNode)i).ToArray()), null));
                g.Transition("CREATING", "AVAILABLE", rt.DueAt());
                rt.Store.Insert(g);
                Join(rt, members, g);
            });
            return BmVolumeRoutes.Accepted(id);
        });

        v1.MapGet("/volume-groups/{volume_group_id}", (string volume_group_id) =>
            Reply.Json(new JsonObject { ["result"] = BmJson.ShowGroup(rt, Bm.Require(rt, Bm.Group, volume_group_id, "Volume group")) }));

        v1.MapPut("/volume-groups/{volume_group_id}/members/add", (HttpContext ctx, string volume_group_id) =>
        {
            var ids = Bm.Ids(RequestBody.Read(ctx), "volume_ids");
            var g = rt.Store.Atomic(() =>
            {
                var group = Bm.Require(rt, Bm.Group, volume_group_id, "Volume group");
                Bm.RequireSettled(group, "Volume group");
                var members = Joinable(rt, ids, group.Id);
                var d = group.Data();
                var list = (JsonArray)d["members"]!;
                foreach (var v in members) list.Add(v.Id);
                Bm.Begin(rt, group, d, "EDITING", "AVAILABLE");
                rt.Store.Update(group);
                Join(rt, members, group);
                return group;
            });
            return Reply.Json(BmJson.MemberAnswer(rt, g));
        });

        v1.MapPut("/volume-groups/{volume_group_id}/members/remove", (HttpContext ctx, string volume_group_id) =>
        {
            var ids = Bm.Ids(RequestBody.Read(ctx), "volume_ids");
            var g = rt.Store.Atomic(() =>
            {
                var group = Bm.Require(rt, Bm.Group, volume_group_id, "Volume group");
                Bm.RequireSettled(group, "Volume group");
                var d = group.Data();
                var current = BmJson.Members(d);
                foreach (var id in ids)
                    if (!current.Contains(id)) throw Bm.Refused($"Volume '{id}' is not a member of volume group '{group.Id}'.");
                // Removing the last member keeps an empty group: SCP has no operation that deletes a group.
                d["members"] = new JsonArray(current.Where(m => !ids.Contains(m)).Select(m => (JsonNode)m).ToArray());
                Bm.Begin(rt, group, d, "EDITING", "AVAILABLE");
                rt.Store.Update(group);
                foreach (var id in ids)
                    if (rt.Store.Get(Bm.Service, Bm.Volume, id) is { } v)
                    {
                        var vd = v.Data();
                        vd["volume_group"] = null;
                        v.SetData(vd);
                        rt.Store.Update(v);
                    }
                return group;
            });
            return Reply.Json(BmJson.MemberAnswer(rt, g));
        });

        v1.MapPost("/volume-groups/{volume_group_id}/recoveries", (HttpContext ctx, string volume_group_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var prefix = errors.Field(() => body.RequiredString("block_storage_name_prefix"));
            var snapshotId = errors.Field(() => body.RequiredString("snapshot_id"));
            errors.ThrowIfAny();
            var id = Bm.NewId();
            rt.Store.Atomic(() =>
            {
                var source = Bm.Require(rt, Bm.Group, volume_group_id, "Volume group");
                var snap = rt.Store.Get(Bm.Service, Bm.GroupSnapshot, snapshotId!);
                if (snap == null || snap.Parent != source.Id) throw ApiException.NotFound("Snapshot of volume group " + source.Id, snapshotId!);
                // The recovered group's name is not documented: the source's name with a time suffix.
                var name = source.Name + "-recovery-" + rt.Now().UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
                var memberIds = new JsonArray();
                var members = new List<Resource>();
                foreach (var mid in BmJson.Members(source.Data()))
                {
                    if (rt.Store.Get(Bm.Service, Bm.Volume, mid) is not { } m) continue;
                    var md = m.Data();
                    var vid = Bm.NewId();
                    var recovery = new JsonObject { ["origin_volume"] = new JsonObject { ["attachments"] = new JsonArray(), ["id"] = m.Id, ["name"] = m.Name }, ["recovery_volume"] = null };
                    var v = Bm.NewResource(Bm.Volume, vid, prefix + m.Name, "CREATING", rt.Timestamp());
                    v.SetData(BmJson.NewVolume(rt, vid, prefix + m.Name, md["size_gb"]!.GetValue<long>(), md["disk_type"]!.GetValue<string>(), "RECOVERY",
                        new JsonArray(), (JsonObject?)md["qos"]?.DeepClone(), recovery));
                    v.Transition("CREATING", "AVAILABLE", rt.DueAt());
                    rt.Store.Insert(v);
                    memberIds.Add(vid);
                    members.Add(v);
                }
                var g = Bm.NewResource(Bm.Group, id, name, "CREATING", rt.Timestamp());
                var origin = new JsonObject { ["origin_volume_group"] = new JsonObject { ["id"] = source.Id, ["name"] = source.Name }, ["recovery_volume_group"] = null };
                g.SetData(BmJson.NewGroup(rt, id, name, "RECOVERY", memberIds, origin));
                g.Transition("CREATING", "AVAILABLE", rt.DueAt());
                rt.Store.Insert(g);
                Join(rt, members, g);
            });
            return BmVolumeRoutes.Accepted(id);
        });
    }

    /// <summary>The volumes may join a group: they exist (404), are in no other group and are settled (400).</summary>
    private static List<Resource> Joinable(EmulatorRuntime rt, List<string> ids, string? groupId)
    {
        var volumes = new List<Resource>();
        foreach (var id in ids.Distinct())
        {
            var v = Bm.Require(rt, Bm.Volume, id, "Volume");
            var g = v.Data()["volume_group"];
            if (g != null)
                throw Bm.Refused(g["id"]?.GetValue<string>() == groupId ? $"Volume '{id}' is already a member of this volume group." : $"Volume '{id}' is in another volume group.");
            Bm.RequireSettled(v, "Volume");
            volumes.Add(v);
        }
        return volumes;
    }

    private static void Join(EmulatorRuntime rt, List<Resource> volumes, Resource group)
    {
        foreach (var v in volumes)
        {
            var d = v.Data();
            d["volume_group"] = new JsonObject { ["id"] = group.Id, ["name"] = group.Name };
            v.SetData(d);
            rt.Store.Update(v);
        }
    }
}

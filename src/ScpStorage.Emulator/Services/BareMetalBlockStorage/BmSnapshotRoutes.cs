using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.BareMetalBlockStorage;

/// <summary>
/// Snapshots of volumes and of volume groups (list, create, delete, restore in place). Their
/// routes differ only in the parent's kind and id field, so one set of handlers serves both.
/// </summary>
internal static class BmSnapshotRoutes
{
    private sealed record Parent(string Kind, string SnapshotKind, string Route, string IdField, string What, string NameTag);

    private static readonly Parent Volume = new(Bm.Volume, Bm.Snapshot, "/volumes/{id}", "volume_id", "Volume", "snapshot-create-bm-blockstorage");
    private static readonly Parent Group = new(Bm.Group, Bm.GroupSnapshot, "/volume-groups/{id}", "volume_group_id", "Volume group", "snapshot-create-bm-cg");

    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        foreach (var p in new[] { Volume, Group })
        {
            v1.MapGet(p.Route + "/snapshots", (string id) => Reply.Json(List(rt, p, id)));
            v1.MapPost(p.Route + "/snapshots", (string id) => Reply.Json(Create(rt, p, id)));
            v1.MapDelete(p.Route + "/snapshots/{snapshot_id}", (string id, string snapshot_id) => Reply.Json(Delete(rt, p, id, snapshot_id)));
            v1.MapPut(p.Route + "/snapshots/{snapshot_id}/restore", (string id, string snapshot_id) => Reply.Json(Restore(rt, p, id, snapshot_id)));
        }
    }

    private static JsonObject List(EmulatorRuntime rt, Parent p, string id)
    {
        var parent = Bm.Require(rt, p.Kind, id, p.What);
        var d = parent.Data();
        var items = new JsonArray();
        foreach (var s in rt.Store.Children(Bm.Service, p.SnapshotKind, parent.Id))
        {
            var o = s.Data();
            if (p == Group) o.Remove("snapshot_size_mb"); // VolumeGroupSnapshotListModel has no size
            items.Add(o);
        }
        var answer = new JsonObject { ["is_snapshot_policy"] = d["snapshot_schedule"] != null };
        if (p == Volume)
        {
            // Usage figures are synthetic: SCP does not document how they are computed.
            var count = items.Count;
            var size = d["size_gb"]?.GetValue<long>() ?? 0;
            answer["snapshot_capacity_mb"] = size * 1024 * (d["snapshot_rate"]?.GetValue<long>() ?? 0) / 100;
            answer["snapshot_capacity_rate"] = d["snapshot_rate"]?.GetValue<long>() ?? 0;
            answer["snapshot_total_usage"] = count;
        }
        answer["snapshots"] = items;
        answer[p.IdField] = parent.Id;
        return answer;
    }

    private static JsonObject Create(EmulatorRuntime rt, Parent p, string id) => rt.Store.Atomic(() =>
    {
        var parent = Bm.Require(rt, p.Kind, id, p.What);
        if (parent.State is "CREATING" or "DELETING") throw Bm.Refused($"{p.What} '{parent.Id}' is {parent.State}.");
        var d = parent.Data();
        var snapshotId = System.Guid.NewGuid().ToString();
        var backend = d["storage_volume_name"]?.GetValue<string>() ?? d["storage_volume_group_name"]?.GetValue<string>() ?? parent.Id;
        var name = backend + "___" + p.NameTag + "." + rt.Now().UtcDateTime.ToString("yyyy-MM-dd_HHmmss", CultureInfo.InvariantCulture);
        var s = Bm.NewResource(p.SnapshotKind, snapshotId, name, "AVAILABLE", rt.Timestamp());
        s.Parent = parent.Id;
        s.SetData(new JsonObject { ["created_dt"] = rt.Timestamp(), ["snapshot_id"] = snapshotId, ["snapshot_name"] = name, ["snapshot_size_mb"] = 0.0 });
        rt.Store.Insert(s);
        return new JsonObject { ["account_id"] = rt.Options.AccountId, ["snapshot_id"] = snapshotId, ["snapshot_name"] = name, [p.IdField] = parent.Id };
    });

    private static JsonObject Delete(EmulatorRuntime rt, Parent p, string id, string snapshotId) => rt.Store.Atomic(() =>
    {
        var parent = Bm.Require(rt, p.Kind, id, p.What);
        Owned(rt, p, parent, snapshotId);
        rt.Store.Delete(Bm.Service, p.SnapshotKind, snapshotId);
        return new JsonObject { ["account_id"] = rt.Options.AccountId, ["snapshot_id"] = snapshotId, [p.IdField] = parent.Id };
    });

    /// <summary>Restores in place: the volume (or the group and every member) shows EDITING until the delay passes.</summary>
    private static JsonObject Restore(EmulatorRuntime rt, Parent p, string id, string snapshotId) => rt.Store.Atomic(() =>
    {
        var parent = Bm.Require(rt, p.Kind, id, p.What);
        Owned(rt, p, parent, snapshotId);
        Bm.RequireSettled(parent, p.What);
        var d = parent.Data();
        if (p == Group)
            foreach (var mid in BmJson.Members(d))
                if (rt.Store.Get(Bm.Service, Bm.Volume, mid) is { } m && !Bm.IsTransitional(m.State))
                {
                    Bm.Begin(rt, m, m.Data(), "EDITING", m.State);
                    rt.Store.Update(m);
                }
        Bm.Begin(rt, parent, d, "EDITING", p == Group ? "AVAILABLE" : parent.State);
        rt.Store.Update(parent);
        return new JsonObject { ["account_id"] = rt.Options.AccountId, ["snapshot_id"] = snapshotId, [p.IdField] = parent.Id };
    });

    private static Resource Owned(EmulatorRuntime rt, Parent p, Resource parent, string snapshotId)
    {
        var s = rt.Store.Get(Bm.Service, p.SnapshotKind, snapshotId);
        return s != null && s.Parent == parent.Id ? s : throw ApiException.NotFound($"Snapshot of {p.What.ToLowerInvariant()} {parent.Id}", snapshotId);
    }
}

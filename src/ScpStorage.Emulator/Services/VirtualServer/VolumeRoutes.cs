using System;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.VirtualServer;

/// <summary>/v1/volumes: list, create, show, update, delete, quota-sets.</summary>
internal static class VolumeRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/volumes", (HttpContext ctx) =>
        {
            var q = ListParameters.Parse(ctx, Vs.Service, Vs.Volume, Vs.VolumeSortKeys);
            if (ListParameters.Value(ctx, "name") is { } name) q.Where("name = {0}", name);
            if (ListParameters.Value(ctx, "state") is { } state) q.Where("state = {0}", state);
            if (ListParameters.Bool(ctx.Request.Query, "bootable") is { } bootable) q.Where("json_extract(json,'$.bootable') = {0}", bootable ? 1 : 0);
            q.Read = ListRead.Answer;
            return ListParameters.Respond(ListParameters.Run(rt, q), "volumes", VolumeJson.Render);
        });

        v1.MapPost("/volumes", (HttpContext ctx) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var name = errors.Field(() => body.RequiredString("name"), n => Vs.ValidateName(n, "name", allowEmpty: false));
            var size = errors.Field(() => (long?)body.RequiredInt("size"), n => Vs.ValidateSize(n!.Value)) ?? 0;
            var snapshotId = errors.Field(() => body.OptionalString("snapshot_id"));
            var typeRef = errors.Field(() => body.OptionalString("volume_type"));
            var type = typeRef == null
                ? VsFixtures.VolumeTypes.First(t => t.Id == VsFixtures.DefaultTypeId)
                : VsFixtures.VolumeTypes.FirstOrDefault(t => t.Id == typeRef || string.Equals(t.Name, typeRef, StringComparison.OrdinalIgnoreCase));
            if (type.Id == null)
                errors.Check(() => throw new ValidationException("body", "volume_type", $"Volume type '{typeRef}' does not exist.", "value_error"));
            // VolumeCreateRequest takes tags, but VolumeShowResponse has no tags field: they are
            // checked and accepted, never answered (SCP's SDK rejects unknown answer fields).
            errors.Check(() => Vs.ValidateTags(body.Node("tags")));
            errors.ThrowIfAny();

            var volume = rt.Store.Atomic(() =>
            {
                if (snapshotId != null)
                {
                    var snap = Vs.Require(rt, Vs.Snapshot, snapshotId, "Snapshot");
                    if (snap.State != "available") throw ApiException.InvalidState($"Snapshot '{snapshotId}' is {snap.State}, not available.");
                    var snapSize = snap.Data()["size"]!.GetValue<long>();
                    if (size < snapSize) throw new ValidationException("body", "size", $"Size must be at least the snapshot size ({snapSize}).", "greater_than_equal");
                }
                var id = Guid.NewGuid().ToString();
                var now = rt.Timestamp();
                var r = Vs.NewResource(Vs.Volume, id, name, "creating", now);
                var data = VolumeJson.Create(id, name, size, type.Id!, type.Name, type.Encrypted, now, Vs.UserId(rt.Options.AccountId), snapshotId, bootable: false);
                r.SetData(data);
                r.Transition("creating", "available", rt.DueAt());
                rt.Store.Insert(r);
                return r;
            });
            return Reply.Raw(VolumeJson.Render(volume), 202);
        });

        v1.MapGet("/volumes/quota-sets", () => Reply.Json(Quota(rt)));

        v1.MapGet("/volumes/{volume_id}", (string volume_id) =>
            Reply.Raw(VolumeJson.Render(Vs.Require(rt, Vs.Volume, Vs.PathId(volume_id), "Volume"))));

        v1.MapPut("/volumes/{volume_id}", (HttpContext ctx, string volume_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var name = errors.Field(() => body.OptionalString("name"), n => Vs.ValidateName(n, "name", allowEmpty: false));
            errors.ThrowIfAny();
            var volume = rt.Store.Atomic(() =>
            {
                var r = Vs.Require(rt, Vs.Volume, Vs.PathId(volume_id), "Volume");
                if (name == null) return r;
                var data = r.Data();
                data["name"] = name;
                data["modified_at"] = rt.Timestamp();
                r.Name = name;
                r.SetData(data);
                rt.Store.Update(r);
                return r;
            });
            return Reply.Raw(VolumeJson.Render(volume));
        });

        v1.MapDelete("/volumes/{volume_id}", (HttpContext ctx, string volume_id) =>
        {
            var cascade = ListParameters.Bool(ctx.Request.Query, "cascade") ?? false;
            rt.Store.Atomic(() =>
            {
                var r = Vs.Require(rt, Vs.Volume, Vs.PathId(volume_id), "Volume");
                if (r.State is not ("available" or "error" or "error_extending" or "error_restoring"))
                    throw ApiException.InvalidState($"Volume '{r.Id}' is {r.State}; only available or error volumes can be deleted.");
                var snapshots = rt.Store.Children(Vs.Service, Vs.Snapshot, r.Id);
                if (snapshots.Count > 0 && !cascade)
                    throw ApiException.InvalidState($"Volume '{r.Id}' has {snapshots.Count} snapshot(s); delete them first or use cascade=true.");
                var due = rt.DueAt();
                foreach (var s in snapshots)
                {
                    s.Transition("deleting", Store.Resource.Deleted, due);
                    rt.Store.Update(s);
                }
                r.Transition("deleting", Store.Resource.Deleted, due);
                rt.Store.Update(r);
            });
            return Reply.Accepted();
        });
    }

    private static JsonObject Quota(EmulatorRuntime rt)
    {
        var store = rt.Store;
        JsonObject Item(long inUse, long limit) => new() { ["in_use"] = inUse, ["limit"] = limit, ["reserved"] = 0 };
        return new JsonObject
        {
            ["id"] = rt.Options.AccountId,
            ["per_volume_size"] = Item(0, Vs.MaxSize),
            ["snapshots"] = Item(store.Count(Vs.Service, Vs.Snapshot), 1_000_000),
            ["usages"] = Item(store.Sum(Vs.Service, Vs.Volume, "json_extract(json,'$.size')"), 1_000_000_000),
            ["volumes"] = Item(store.Count(Vs.Service, Vs.Volume), 1_000_000),
        };
    }
}

using System;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Services.FileStorage;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.ParallelFileStorage;

/// <summary>/v1/snapshots: ListSnapshots, CreateSnapshot (available at once, as documented), DeleteSnapshot, RestoreSnapshot (202, no body).</summary>
internal static class PfsSnapshotRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/snapshots", (HttpContext ctx) =>
        {
            var volumeId = FileShapes.RequiredQuery(ctx, "volume_id");
            var list = rt.Store.Atomic(() => { PfsVolumeRoutes.Require(rt, volumeId); return rt.Store.Children(Pfs.Service, Pfs.Snapshot, volumeId); });
            return FileShapes.List("snapshots", list.Select(s => FileShapes.Pick(s, "state", Pfs.SnapshotFields)),
                new JsonObject { ["snapshot_size_total_byte"] = list.Sum(s => s.Data()["size"]?.GetValue<long>() ?? 0) });
        });

        v1.MapPost("/snapshots", (HttpContext ctx) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var volumeId = errors.Field(() => body.RequiredString("volume_id"));
            errors.ThrowIfAny();
            var snapshot = rt.Store.Atomic(() =>
            {
                var volume = PfsVolumeRoutes.Require(rt, volumeId);
                PfsVolumeRoutes.RequireAvailable(volume);
                var id = Guid.NewGuid().ToString();
                // Documented name shape: snapshot.2025-10-30_121212.
                var name = "snapshot." + rt.Now().UtcDateTime.ToString("yyyy-MM-dd_HHmmss", System.Globalization.CultureInfo.InvariantCulture);
                var r = FileShapes.NewResource(Pfs.Service, Pfs.Snapshot, id, name, "available", FileShapes.Timestamp(rt), volumeId);
                r.SetData(new JsonObject { ["id"] = id, ["name"] = name, ["size"] = 0, ["created_at"] = r.CreatedAt, ["volume_id"] = volumeId });
                rt.Store.Insert(r);
                return r;
            });
            return Reply.Json(new JsonObject { ["snapshot"] = FileShapes.Pick(snapshot, "state", Pfs.SnapshotCreateFields) }, 202);
        });

        v1.MapDelete("/snapshots/{snapshot_id}", (HttpContext ctx, string snapshot_id) =>
        {
            var volumeId = FileShapes.RequiredQuery(ctx, "volume_id");
            rt.Store.Atomic(() =>
            {
                var s = Child(rt, snapshot_id, volumeId);
                PfsVolumeRoutes.RequireAvailable(PfsVolumeRoutes.Require(rt, volumeId));
                s.Transition("deleting", Resource.Deleted, rt.DueAt());
                rt.Store.Update(s);
            });
            return Reply.Accepted();
        });

        v1.MapPut("/snapshots/{snapshot_id}/restore", (HttpContext ctx, string snapshot_id) =>
        {
            var volumeId = FileShapes.RequiredQuery(ctx, "volume_id");
            rt.Store.Atomic(() =>
            {
                var s = Child(rt, snapshot_id, volumeId);
                var volume = PfsVolumeRoutes.Require(rt, volumeId);
                PfsVolumeRoutes.RequireAvailable(volume);
                if (s.State != "available") throw ApiException.InvalidState($"Snapshot '{s.Id}' is {s.State}.");
                volume.Transition("restoring", "available", rt.DueAt());
                rt.Store.Update(volume);
            });
            return Reply.Accepted();
        });
    }

    private static Resource Child(EmulatorRuntime rt, string id, string volumeId)
    {
        PfsVolumeRoutes.Require(rt, volumeId);
        var s = rt.Store.Get(Pfs.Service, Pfs.Snapshot, id);
        if (s == null || s.Parent != volumeId) throw ApiException.NotFound("Snapshot", id);
        return s;
    }
}

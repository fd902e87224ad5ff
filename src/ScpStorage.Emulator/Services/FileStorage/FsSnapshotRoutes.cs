using System;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.FileStorage;

/// <summary>/v1/snapshots: ListSnapshots, CreateSnapshot, DeleteSnapshot, RestoreSnapshot.</summary>
internal static class FsSnapshotRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/snapshots", (HttpContext ctx) =>
        {
            var volumeId = FileShapes.RequiredQuery(ctx, "volume_id");
            var snapshots = rt.Store.Atomic(() =>
            {
                Fs.Require(rt, Fs.Volume, volumeId, "Volume");
                return rt.Store.Children(Fs.Service, Fs.Snapshot, volumeId);
            });
            var total = snapshots.Sum(s => s.Data()["size"]?.GetValue<long>() ?? 0);
            return FileShapes.List("snapshots", snapshots.Select(s => FileShapes.Pick(s, "state", Fs.SnapshotFields)),
                new JsonObject { ["snapshot_size_total_byte"] = total });
        });

        v1.MapPost("/snapshots", (HttpContext ctx) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var volumeId = errors.Field(() => body.RequiredString("volume_id"));
            errors.ThrowIfAny();
            var snapshot = rt.Store.Atomic(() =>
            {
                var volume = Fs.Require(rt, Fs.Volume, volumeId, "Volume");
                Fs.RequireAvailable(volume);
                var now = rt.Now();
                var id = Guid.NewGuid().ToString();
                // SCP names snapshots <volume>.<date>_<time> (documented example my_volume.2024-10-01_14215).
                var name = volume.Name + "." + now.UtcDateTime.ToString("yyyy-MM-dd_HHmmss", System.Globalization.CultureInfo.InvariantCulture);
                // Available at once, as the create example shows (seed 003, 15913).
                var r = FileShapes.NewResource(Fs.Service, Fs.Snapshot, id, name, "available", FileShapes.Timestamp(rt), volumeId);
                r.SetData(new JsonObject
                {
                    ["id"] = id, ["name"] = name, ["size"] = volume.Data()["usage"]?.GetValue<long>() ?? 0,
                    ["created_at"] = r.CreatedAt, ["volume_id"] = volumeId,
                });
                rt.Store.Insert(r);
                return r;
            });
            return Reply.Json(new JsonObject { ["snapshot"] = FileShapes.Pick(snapshot, "state", Fs.SnapshotDetailFields) }, 202);
        });

        v1.MapDelete("/snapshots/{snapshot_id}", (HttpContext ctx, string snapshot_id) =>
        {
            var volumeId = FileShapes.RequiredQuery(ctx, "volume_id");
            rt.Store.Atomic(() =>
            {
                var s = Fs.RequireChild(rt, Fs.Snapshot, snapshot_id, volumeId, "Snapshot");
                if (s.State != "available") throw ApiException.InvalidState($"Snapshot '{s.Id}' is {s.State}.");
                s.Transition("deleting", Resource.Deleted, rt.DueAt());
                rt.Store.Update(s);
            });
            return Reply.Accepted();
        });

        v1.MapPut("/snapshots/{snapshot_id}/restore", (HttpContext ctx, string snapshot_id) =>
        {
            var volumeId = FileShapes.RequiredQuery(ctx, "volume_id");
            var snapshot = rt.Store.Atomic(() =>
            {
                var s = Fs.RequireChild(rt, Fs.Snapshot, snapshot_id, volumeId, "Snapshot");
                var volume = Fs.Require(rt, Fs.Volume, volumeId, "Volume");
                Fs.RequireAvailable(volume);
                if (s.State != "available") throw ApiException.InvalidState($"Snapshot '{s.Id}' is {s.State}.");
                // The volume's state during a restore is undocumented: "restoring" is the emulator's name.
                volume.Transition("restoring", "available", rt.DueAt());
                rt.Store.Update(volume);
                return s;
            });
            return Reply.Json(new JsonObject { ["snapshot"] = FileShapes.Pick(snapshot, "state", Fs.SnapshotFields) }, 202);
        });
    }
}

using System;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Services.FileStorage;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.ParallelFileStorage;

/// <summary>/v1/volumes: ListVolumes, CreateVolume, ShowVolume, SetVolumeCapacity, DeleteVolume.</summary>
internal static class PfsVolumeRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/volumes", (HttpContext ctx) =>
        {
            var errors = new ValidationErrors();
            errors.Check(() => FileShapes.Pattern(ListParameters.Value(ctx, "sort"), "query", "sort", "^(name:asc|name:desc|created_at:asc|created_at:desc)$"));
            errors.ThrowIfAny();
            var q = ListParameters.Parse(ctx, Pfs.Service, Pfs.Volume, Fs.SortKeys);
            if (ListParameters.Value(ctx, "name") is { } name) q.Where("name = {0}", name);
            return ListParameters.Respond(ListParameters.Run(rt, q), "parallel_filestorages", r => FileShapes.Text(FileShapes.Pick(r, "state", Pfs.VolumeFields)));
        });

        v1.MapPost("/volumes", (HttpContext ctx) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var name = errors.Field(() => body.RequiredString("name"), n => FileShapes.ValidateVolumeName(n, "name"));
            var capacity = errors.Field(() => (long?)body.RequiredInt("capacity_tb"), c => Capacity(c!.Value));
            errors.Check(() => FileShapes.ValidateTags(body.Node("tags")));
            errors.ThrowIfAny();
            var volume = rt.Store.Atomic(() =>
            {
                if (rt.Store.Count(Pfs.Service, Pfs.Volume, "name = $n", ("$n", name)) > 0)
                    throw new ApiException(409, "DUPLICATE_NAME", $"A parallel file volume named '{name}' already exists.");
                var r = NewVolume(rt, Guid.NewGuid().ToString(), name, (int)capacity!.Value, FileShapes.Timestamp(rt));
                r.Transition("creating", "available", rt.DueAt());
                // With no delay the volume is available at once, as the create example shows (seed 18155).
                if (rt.Options.TransitionDelay <= TimeSpan.Zero) { r.State = "available"; r.TargetState = null; r.DueAt = null; }
                rt.Store.Insert(r);
                return r;
            });
            return Reply.Json(FileShapes.Pick(volume, "state", Pfs.VolumeFields), 202);
        });

        v1.MapGet("/volumes/{volume_id}", (string volume_id) =>
            Reply.Json(FileShapes.Pick(Require(rt, volume_id), "state", Pfs.VolumeShowFields)));

        v1.MapPut("/volumes/{volume_id}/capacity", (HttpContext ctx, string volume_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var capacity = errors.Field(() => (long?)body.RequiredInt("capacity_tb"), c => Capacity(c!.Value));
            errors.ThrowIfAny();
            rt.Store.Atomic(() =>
            {
                var r = Require(rt, volume_id);
                RequireAvailable(r);
                var data = r.Data();
                data["capacity_tb"] = capacity;
                r.SetData(data);
                // The state during a resize is undocumented: "updating" is the emulator's name.
                r.Transition("updating", "available", rt.DueAt());
                rt.Store.Update(r);
            });
            return Reply.Accepted();
        });

        v1.MapDelete("/volumes/{volume_id}", (string volume_id) =>
        {
            rt.Store.Atomic(() =>
            {
                var r = Require(rt, volume_id);
                RequireAvailable(r);
                foreach (var kind in new[] { Pfs.Snapshot, Pfs.Rule })
                    foreach (var child in rt.Store.Children(Pfs.Service, kind, r.Id)) rt.Store.Delete(Pfs.Service, kind, child.Id);
                r.Transition("deleting", Resource.Deleted, rt.DueAt());
                rt.Store.Update(r);
            });
            return Reply.Accepted();
        });
    }

    public static Resource Require(EmulatorRuntime rt, string id) => rt.Store.Get(Pfs.Service, Pfs.Volume, id) ?? throw ApiException.NotFound("Volume", id);

    public static void RequireAvailable(Resource volume)
    {
        if (volume.State != "available") throw ApiException.InvalidState($"Volume '{volume.Id}' is {volume.State}; it must be available.");
    }

    private static void Capacity(long c)
    {
        if (c is < 1 or > 1000) throw new ValidationException("body", "capacity_tb", "Input should be between 1 and 1000.", "less_than_equal");
    }

    public static Resource NewVolume(EmulatorRuntime rt, string id, string name, int capacity, string createdAt)
    {
        var r = FileShapes.NewResource(Pfs.Service, Pfs.Volume, id, name, "available", createdAt, null);
        r.SetData(new JsonObject
        {
            ["id"] = id, ["name"] = name, ["created_at"] = createdAt, ["capacity_tb"] = capacity, ["account_id"] = rt.Options.AccountId,
            ["mount_path"] = $"10.30.0.5:/{name}_{id.Replace("-", "", StringComparison.Ordinal)[..12]}",
        });
        return r;
    }
}

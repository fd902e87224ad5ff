using System;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.VirtualServer;

/// <summary>/v1/snapshots: list, create, show, update, delete.</summary>
internal static class SnapshotRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/snapshots", (HttpContext ctx) =>
        {
            var q = ListParameters.Parse(ctx, Vs.Service, Vs.Snapshot, Vs.SnapshotSortKeys);
            if (ListParameters.Value(ctx, "volume_id") is { } volumeId) q.Where("parent = {0}", volumeId);
            if (ListParameters.Value(ctx, "name") is { } name) q.Where("name = {0}", name);
            q.Read = ListRead.Answer;
            return ListParameters.Respond(ListParameters.Run(rt, q), "snapshots", SnapshotJson.Render);
        });

        v1.MapPost("/snapshots", (HttpContext ctx) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var name = errors.Field(() => body.RequiredString("name"), n => Vs.ValidateName(n, "name", allowEmpty: false));
            var volumeId = errors.Field(() => body.RequiredString("volume_id"));
            var description = errors.Field(() => body.OptionalString("description"));
            var force = errors.Field(() => body.OptionalBool("force")) ?? false;
            var metadata = errors.Field(() => body.Node("metadata") switch
            {
                null => new JsonObject(),
                JsonObject m => (JsonObject)m.DeepClone(),
                _ => throw new ValidationException("body", "metadata", "Input should be a valid dictionary.", "dict_type"),
            });
            errors.ThrowIfAny();
            var snapshot = rt.Store.Atomic(() =>
            {
                var volume = Vs.Require(rt, Vs.Volume, volumeId, "Volume");
                if (!(volume.State == "available" || (volume.State == "in-use" && force)))
                    throw ApiException.InvalidState($"Volume '{volumeId}' is {volume.State}; snapshots need an available volume (or in-use with force=true).");
                var id = Guid.NewGuid().ToString();
                var now = rt.Timestamp();
                var r = Vs.NewResource(Vs.Snapshot, id, name, "creating", now);
                r.Parent = volumeId;
                r.SetData(SnapshotJson.Create(id, name, volume.Data()["size"]!.GetValue<long>(), volumeId, now, Vs.UserId(rt.Options.AccountId), metadata, description));
                r.Transition("creating", "available", rt.DueAt());
                rt.Store.Insert(r);
                return r;
            });
            return Reply.Raw(SnapshotJson.Render(snapshot), 202);
        });

        v1.MapGet("/snapshots/{snapshot_id}", (string snapshot_id) =>
            Reply.Raw(SnapshotJson.Render(Vs.Require(rt, Vs.Snapshot, Vs.PathId(snapshot_id), "Snapshot"))));

        v1.MapPut("/snapshots/{snapshot_id}", (HttpContext ctx, string snapshot_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var name = errors.Field(() => body.RequiredString("name"), n => Vs.ValidateName(n, "name", allowEmpty: false));
            var description = errors.Field(() => body.OptionalString("description"));
            errors.ThrowIfAny();
            var snapshot = rt.Store.Atomic(() =>
            {
                var r = Vs.Require(rt, Vs.Snapshot, Vs.PathId(snapshot_id), "Snapshot");
                var data = r.Data();
                data["name"] = name;
                if (description != null) data["description"] = description;
                data["updated_at"] = rt.Timestamp();
                r.Name = name;
                r.SetData(data);
                rt.Store.Update(r);
                return r;
            });
            return Reply.Raw(SnapshotJson.Render(snapshot));
        });

        v1.MapDelete("/snapshots/{snapshot_id}", (string snapshot_id) =>
        {
            rt.Store.Atomic(() =>
            {
                var r = Vs.Require(rt, Vs.Snapshot, Vs.PathId(snapshot_id), "Snapshot");
                if (r.State is not ("available" or "error"))
                    throw ApiException.InvalidState($"Snapshot '{r.Id}' is {r.State}; only available or error snapshots can be deleted.");
                r.Transition("deleting", Resource.Deleted, rt.DueAt());
                rt.Store.Update(r);
            });
            return Reply.Accepted();
        });
    }
}

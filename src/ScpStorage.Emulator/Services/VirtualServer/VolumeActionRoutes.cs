using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;

namespace ScpStorage.Emulator.Services.VirtualServer;

/// <summary>Volume actions: attach, detach, extend, revert (all 202, all asynchronous in SCP).</summary>
internal static class VolumeActionRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapPost("/volumes/{volume_id}/servers", (HttpContext ctx, string volume_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var serverId = errors.Field(() => body.RequiredString("server_id"));
            var deleteOnTermination = errors.Field(() => body.OptionalBool("delete_on_termination")) ?? false;
            errors.ThrowIfAny();
            var a = Attachments.Attach(rt, Vs.PathId(volume_id), serverId, deleteOnTermination, null);
            return Reply.Json(new JsonObject
            {
                ["delete_on_termination"] = a.DeleteOnTermination, ["device"] = a.Device,
                ["server_id"] = a.ServerId, ["volume_id"] = a.VolumeId,
            }, 202);
        });

        v1.MapDelete("/volumes/{volume_id}/servers/{server_id}", (string volume_id, string server_id) =>
        {
            Attachments.Detach(rt, Vs.PathId(volume_id), Vs.PathId(server_id));
            return Reply.Accepted();
        });

        v1.MapPut("/volumes/{volume_id}/size", (HttpContext ctx, string volume_id) =>
        {
            var body = RequestBody.Read(ctx);
            var size = body.RequiredInt("size");
            Vs.ValidateSize(size);
            var volume = rt.Store.Atomic(() =>
            {
                var r = Vs.Require(rt, Vs.Volume, Vs.PathId(volume_id), "Volume");
                if (r.State is not ("available" or "in-use"))
                    throw ApiException.InvalidState($"Volume '{r.Id}' is {r.State}; only available or in-use volumes can be extended.");
                var data = r.Data();
                var current = data["size"]!.GetValue<long>();
                if (size <= current)
                    throw ApiException.BadRequest("INVALID_SIZE", $"New size {size} must be greater than the current size {current}.");
                data["size"] = size;
                data["modified_at"] = rt.Timestamp();
                r.SetData(data);
                r.Transition("extending", r.State, rt.DueAt());
                rt.Store.Update(r);
                return r;
            });
            return Reply.Raw(VolumeJson.Render(volume), 202);
        });

        v1.MapPost("/volumes/{volume_id}/revert", (HttpContext ctx, string volume_id) =>
        {
            var body = RequestBody.Read(ctx);
            var snapshotId = body.RequiredString("snapshot_id");
            rt.Store.Atomic(() =>
            {
                var r = Vs.Require(rt, Vs.Volume, Vs.PathId(volume_id), "Volume");
                var snap = Vs.Require(rt, Vs.Snapshot, snapshotId, "Snapshot");
                if (snap.Parent != r.Id)
                    throw ApiException.BadRequest("INVALID_SNAPSHOT", $"Snapshot '{snapshotId}' does not belong to volume '{r.Id}'.");
                if (r.State != "available")
                    throw ApiException.InvalidState($"Volume '{r.Id}' is {r.State}; only available volumes can be reverted.");
                if (snap.State != "available")
                    throw ApiException.InvalidState($"Snapshot '{snapshotId}' is {snap.State}, not available.");
                var data = r.Data();
                data["modified_at"] = rt.Timestamp();
                r.SetData(data);
                r.Transition("reverting", "available", rt.DueAt());
                rt.Store.Update(r);
            });
            return Reply.Accepted();
        });
    }
}

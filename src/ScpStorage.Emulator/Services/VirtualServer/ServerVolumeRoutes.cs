using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;

namespace ScpStorage.Emulator.Services.VirtualServer;

/// <summary>/v1/servers/{server_id}/volumes: the server-side view of attachments.</summary>
internal static class ServerVolumeRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/servers/{server_id}/volumes", (string server_id) =>
        {
            var list = rt.Store.Atomic(() =>
            {
                var server = Vs.Require(rt, Vs.Server, Vs.PathId(server_id), "Server");
                var items = new JsonArray();
                foreach (var v in server.Data()["volumes"]!.AsArray().Select(v => v!["id"]!.GetValue<string>()).ToList())
                    if (Attachments.Describe(rt, server, v) is { } item) items.Add(item);
                return items;
            });
            return Reply.Json(new JsonObject { ["volumes"] = list });
        });

        v1.MapPost("/servers/{server_id}/volumes", (HttpContext ctx, string server_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var volumeId = errors.Field(() => body.RequiredString("volume_id"));
            var deleteOnTermination = errors.Field(() => body.OptionalBool("delete_on_termination")) ?? false;
            var device = errors.Field(() => body.OptionalString("device"));
            errors.ThrowIfAny();
            var a = Attachments.Attach(rt, volumeId, Vs.PathId(server_id), deleteOnTermination, device);
            return Reply.Json(new JsonObject
            {
                ["delete_on_termination"] = a.DeleteOnTermination, ["device"] = a.Device, ["id"] = a.VolumeId,
                ["server_id"] = a.ServerId, ["volume_id"] = a.VolumeId,
            });
        });

        v1.MapGet("/servers/{server_id}/volumes/{volume_id}", (string server_id, string volume_id) =>
            Reply.Json(Find(rt, Vs.PathId(server_id), Vs.PathId(volume_id))));

        v1.MapPut("/servers/{server_id}/volumes/{volume_id}", (HttpContext ctx, string server_id, string volume_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            errors.Field(() => body.RequiredString("volume_id"));
            var deleteOnTermination = errors.Field(() => body.OptionalBool("delete_on_termination"));
            errors.ThrowIfAny();
            var result = rt.Store.Atomic(() =>
            {
                var server = Vs.Require(rt, Vs.Server, Vs.PathId(server_id), "Server");
                var id = Vs.PathId(volume_id);
                var data = server.Data();
                var entry = data["volumes"]!.AsArray().FirstOrDefault(v => v?["id"]?.GetValue<string>() == id)
                    ?? throw ApiException.NotFound($"Volume attached to server '{server.Id}'", id);
                if (deleteOnTermination is { } flag)
                {
                    entry["delete_on_termination"] = flag;
                    server.SetData(data);
                    rt.Store.Update(server);
                }
                return Attachments.Describe(rt, server, id)!;
            });
            return Reply.Json(result);
        });

        v1.MapDelete("/servers/{server_id}/volumes/{volume_id}", (string server_id, string volume_id) =>
        {
            Attachments.Detach(rt, Vs.PathId(volume_id), Vs.PathId(server_id));
            return Reply.Accepted();
        });
    }

    private static JsonObject Find(EmulatorRuntime rt, string serverId, string volumeId) => rt.Store.Atomic(() =>
    {
        var server = Vs.Require(rt, Vs.Server, serverId, "Server");
        return Attachments.Describe(rt, server, volumeId)
            ?? throw ApiException.NotFound($"Volume attached to server '{serverId}'", volumeId);
    });
}

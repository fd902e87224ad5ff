using System.Linq;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.VirtualServer;

/// <summary>
/// Attach and detach, shared by /volumes/{id}/servers and /servers/{id}/volumes. Both sides are
/// written at once (the volume's "servers" and the server's "volumes"); only the volume's state
/// waits for the transition delay.
/// </summary>
internal static class Attachments
{
    public sealed record Attachment(string VolumeId, string ServerId, string Device, bool DeleteOnTermination);

    public static Attachment Attach(EmulatorRuntime rt, string volumeId, string serverId, bool deleteOnTermination, string? device) =>
        rt.Store.Atomic(() =>
        {
            var volume = Vs.Require(rt, Vs.Volume, volumeId, "Volume");
            var server = Vs.Require(rt, Vs.Server, serverId, "Server");
            if (volume.State != "available")
                throw ApiException.InvalidState($"Volume '{volumeId}' is {volume.State}; only available volumes can be attached.");

            var serverData = server.Data();
            var serverVolumes = serverData["volumes"]!.AsArray();
            device ??= "/dev/vd" + (char)('b' + serverVolumes.Count);
            serverVolumes.Add(new JsonObject { ["delete_on_termination"] = deleteOnTermination, ["id"] = volumeId });
            serverData["modified_at"] = rt.Timestamp();
            server.SetData(serverData);
            rt.Store.Update(server);

            var volumeData = volume.Data();
            volumeData["servers"]!.AsArray().Add(new JsonObject { ["attached_at"] = rt.Timestamp(), ["device"] = device, ["id"] = serverId });
            volumeData["modified_at"] = rt.Timestamp();
            volume.SetData(volumeData);
            volume.Transition("attaching", "in-use", rt.DueAt());
            rt.Store.Update(volume);
            return new Attachment(volumeId, serverId, device, deleteOnTermination);
        });

    public static void Detach(EmulatorRuntime rt, string volumeId, string serverId) =>
        rt.Store.Atomic(() =>
        {
            var volume = Vs.Require(rt, Vs.Volume, volumeId, "Volume");
            var server = Vs.Require(rt, Vs.Server, serverId, "Server");
            var volumeData = volume.Data();
            var servers = volumeData["servers"]!.AsArray();
            var entry = servers.FirstOrDefault(s => s?["id"]?.GetValue<string>() == serverId)
                ?? throw ApiException.NotFound($"Attachment of volume '{volumeId}' to server", serverId);
            if (volume.State != "in-use")
                throw ApiException.InvalidState($"Volume '{volumeId}' is {volume.State}; only in-use volumes can be detached.");
            servers.Remove(entry);
            volumeData["modified_at"] = rt.Timestamp();
            volume.SetData(volumeData);
            volume.Transition("detaching", servers.Count > 0 ? "in-use" : "available", rt.DueAt());
            rt.Store.Update(volume);

            var serverData = server.Data();
            var serverVolumes = serverData["volumes"]!.AsArray();
            foreach (var v in serverVolumes.Where(v => v?["id"]?.GetValue<string>() == volumeId).ToList()) serverVolumes.Remove(v);
            server.SetData(serverData);
            rt.Store.Update(server);
        });

    /// <summary>The attachment as ServersVolumeResponse; null when the volume is not attached to the server.</summary>
    public static JsonObject? Describe(EmulatorRuntime rt, Resource server, string volumeId)
    {
        var entry = server.Data()["volumes"]!.AsArray().FirstOrDefault(v => v?["id"]?.GetValue<string>() == volumeId);
        if (entry == null) return null;
        var volume = rt.Store.Get(Vs.Service, Vs.Volume, volumeId);
        var device = volume?.Data()["servers"]!.AsArray()
            .FirstOrDefault(s => s?["id"]?.GetValue<string>() == server.Id)?["device"]?.GetValue<string>() ?? "";
        return new JsonObject
        {
            ["delete_on_termination"] = entry["delete_on_termination"]?.GetValue<bool>() ?? false,
            ["device"] = device,
            ["id"] = volumeId,
            ["server_id"] = server.Id,
            ["volume_id"] = volumeId,
        };
    }
}

using System.Text.Json.Nodes;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.VirtualServer;

/// <summary>The stored shape of a volume (VolumeShowResponse without "state", which is a column).</summary>
internal static class VolumeJson
{
    public static JsonObject Create(string id, string? name, long size, string typeId, string typeName, bool encrypted,
        string createdAt, string userId, string? snapshotId, bool bootable) => new()
    {
        ["bootable"] = bootable,
        ["created_at"] = createdAt,
        ["encrypted"] = encrypted,
        ["id"] = id,
        ["modified_at"] = createdAt,
        ["multiattach"] = false,
        ["name"] = name,
        ["servers"] = new JsonArray(),
        ["size"] = size,
        ["snapshot_id"] = snapshotId,
        ["user_id"] = userId,
        ["volume_type"] = typeName,
        ["volume_type_id"] = typeId,
    };

    public static string Render(Resource r) => ListParameters.WithState(r, "state");
}

/// <summary>The stored shape of a snapshot (SnapshotDetailResponse without "status").</summary>
internal static class SnapshotJson
{
    public static JsonObject Create(string id, string name, long size, string volumeId, string createdAt, string userId, JsonObject metadata,
        string? description) => new()
    {
        ["created_at"] = createdAt,
        ["description"] = description,
        ["id"] = id,
        ["metadata"] = metadata,
        ["name"] = name,
        ["size"] = size,
        ["updated_at"] = createdAt,
        ["user_id"] = userId,
        ["volume_id"] = volumeId,
    };

    public static string Render(Resource r) => ListParameters.WithState(r, "status");
}

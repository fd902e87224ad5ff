using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Services.FileStorage;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.ParallelFileStorage;

/// <summary>
/// Parallel File Storage: volumes, snapshots and GPU-node access rules (seed 003 section 5).
/// Fixture GPU nodes give ListAccessRule its names, states and IPs (no GPU-node service is emulated).
/// </summary>
internal sealed class ParallelFileStorageService : IEmulatedService
{
    public string Name => Pfs.Service;

    public void Initialize(EmulatorRuntime runtime) { }

    public void Map(RouteGroupBuilder v1, EmulatorRuntime runtime)
    {
        PfsVolumeRoutes.Map(v1, runtime);
        PfsSnapshotRoutes.Map(v1, runtime);
        PfsAccessRuleRoutes.Map(v1, runtime);
    }

    /// <summary>Bulk volumes <c>seed_pfs_000001</c>…, as many as the seed request asks of every service.</summary>
    public void Seed(EmulatorRuntime rt, SeedRequest request)
    {
        var start = rt.Store.Count(Pfs.Service, Pfs.Volume, "name LIKE 'seed_pfs_%'");
        var baseTime = rt.Now();
        rt.Store.InsertMany(Enumerable.Range(0, request.Volumes).Select(i => PfsVolumeRoutes.NewVolume(rt, Guid.NewGuid().ToString(),
            "seed_pfs_" + (start + i + 1).ToString("D6", CultureInfo.InvariantCulture), 1 + i % 100,
            baseTime.AddMilliseconds(i - request.Volumes).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture))));
    }
}

/// <summary>Names, GPU-node fixtures and answer shapes of Parallel File Storage.</summary>
internal static class Pfs
{
    public const string Service = "parallel-filestorage";
    public const string Volume = "volume";
    public const string Snapshot = "snapshot";
    public const string Rule = "access_rule";

    public static readonly string[] VolumeFields = { "id", "name", "state", "created_at", "capacity_tb", "account_id" };
    /// <summary>ShowVolume's example adds mount_path (not in the model; the example wins: seed 18553).</summary>
    public static readonly string[] VolumeShowFields = { "id", "name", "state", "created_at", "capacity_tb", "account_id", "mount_path" };
    public static readonly string[] SnapshotFields = { "id", "name", "size", "state", "created_at" };
    public static readonly string[] SnapshotCreateFields = { "id", "name", "size", "state", "created_at", "volume_id" };

    /// <summary>GPU nodes the emulator knows: id → (name, IPs). An unknown node id on add is 404 (emulator choice).</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, string[] Ips)> GpuNodes = new Dictionary<string, (string, string[])>
    {
        ["6f1e2d3c-0000-4000-8000-0000000a0001"] = ("gpu-node-01", new[] { "10.20.0.11", "10.21.0.11" }),
        ["6f1e2d3c-0000-4000-8000-0000000a0002"] = ("gpu-node-02", new[] { "10.20.0.12" }),
        ["6f1e2d3c-0000-4000-8000-0000000a0003"] = ("gpu-node-03", new[] { "10.20.0.13" }),
    };
}

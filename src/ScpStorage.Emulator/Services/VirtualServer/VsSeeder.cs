using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.VirtualServer;

/// <summary>
/// Bulk volumes (<c>seed-vol-000001</c>…) and snapshots, inserted in one transaction each so
/// 100,000 volumes take seconds. Numbering continues across calls and restarts.
/// </summary>
internal static class VsSeeder
{
    private static readonly int[] Sizes = { 8, 16, 32, 50, 100, 200, 500, 1024 };

    public static void Seed(EmulatorRuntime rt, SeedRequest request)
    {
        var store = rt.Store;
        var userId = Vs.UserId(rt.Options.AccountId);
        var start = store.Count(Vs.Service, Vs.Volume, "name LIKE 'seed-vol-%'");
        var baseTime = rt.Now();
        var volumeCount = request.Volumes;
        if (request.Snapshots > 0 && volumeCount == 0 && store.Count(Vs.Service, Vs.Volume) == 0) volumeCount = 1;

        var volumes = new List<(string Id, int Size)>();
        store.InsertMany(Volumes(volumeCount, start, baseTime, userId, volumes));
        if (request.Snapshots <= 0) return;
        if (volumes.Count == 0)
        {
            var page = store.List(new ListQuery(Vs.Service, Vs.Volume) { Limit = 1000 });
            foreach (var v in page.Items) volumes.Add((v.Id, (int)(v.Data()["size"]?.GetValue<long>() ?? Vs.MinSize)));
        }
        var snapStart = store.Count(Vs.Service, Vs.Snapshot, "name LIKE 'seed-snap-%'");
        store.InsertMany(Snapshots(request.Snapshots, snapStart, baseTime, userId, volumes));
    }

    private static IEnumerable<Resource> Volumes(int count, long start, DateTimeOffset baseTime, string userId, List<(string, int)> created)
    {
        for (int i = 0; i < count; i++)
        {
            var n = start + i + 1;
            var id = Guid.NewGuid().ToString();
            var (typeId, typeName, encrypted) = VsFixtures.VolumeTypes[i % VsFixtures.VolumeTypes.Count];
            var size = Sizes[i % Sizes.Length];
            // Distinct creation times (1 ms apart) so created_at sorting is meaningful.
            var createdAt = EmulatorRuntime.Format(baseTime.AddMilliseconds(i - count));
            var r = Vs.NewResource(Vs.Volume, id, "seed-vol-" + n.ToString("D6", CultureInfo.InvariantCulture), "available", createdAt);
            r.SetData(VolumeJson.Create(id, r.Name, size, typeId, typeName, encrypted, createdAt, userId, null, bootable: i % 10 == 0));
            if (created.Count < 1000) created.Add((id, size));
            yield return r;
        }
    }

    private static IEnumerable<Resource> Snapshots(int count, long start, DateTimeOffset baseTime, string userId, List<(string Id, int Size)> volumes)
    {
        for (int i = 0; i < count; i++)
        {
            var n = start + i + 1;
            var (volumeId, size) = volumes[i % volumes.Count];
            var id = Guid.NewGuid().ToString();
            var createdAt = EmulatorRuntime.Format(baseTime.AddMilliseconds(i - count));
            var r = Vs.NewResource(Vs.Snapshot, id, "seed-snap-" + n.ToString("D6", CultureInfo.InvariantCulture), "available", createdAt);
            r.Parent = volumeId;
            r.SetData(SnapshotJson.Create(id, r.Name!, size, volumeId, createdAt, userId, new JsonObject(), null));
            yield return r;
        }
    }
}

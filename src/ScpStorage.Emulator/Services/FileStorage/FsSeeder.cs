using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.FileStorage;

/// <summary>
/// Bulk file volumes (<c>seed_fs_000001</c>…, names valid under SCP's rule) and snapshots, as
/// many as the seed request asks of every service, inserted in one transaction each.
/// </summary>
internal static class FsSeeder
{
    private static readonly string[] Types = { "HDD", "SSD", "HighPerformanceSSD" };

    public static void Seed(EmulatorRuntime rt, SeedRequest request)
    {
        var store = rt.Store;
        var start = store.Count(Fs.Service, Fs.Volume, "name LIKE 'seed_fs_%'");
        var baseTime = rt.Now();
        var ids = new List<(string Id, string Name)>();
        store.InsertMany(Volumes(rt, request.Volumes, start, baseTime, ids));
        if (request.Snapshots <= 0 || ids.Count == 0) return;
        store.InsertMany(Enumerable.Range(0, request.Snapshots).Select(i =>
        {
            var (volumeId, volumeName) = ids[i % ids.Count];
            var id = Guid.NewGuid().ToString();
            var at = baseTime.AddMilliseconds(i - request.Snapshots);
            var name = volumeName + "." + at.UtcDateTime.ToString("yyyy-MM-dd_HHmmss", CultureInfo.InvariantCulture) + "_" + i.ToString(CultureInfo.InvariantCulture);
            var created = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
            var r = FileShapes.NewResource(Fs.Service, Fs.Snapshot, id, name, "available", created, volumeId);
            r.SetData(new JsonObject { ["id"] = id, ["name"] = name, ["size"] = 0, ["created_at"] = created, ["volume_id"] = volumeId });
            return r;
        }));
    }

    private static IEnumerable<Resource> Volumes(EmulatorRuntime rt, int count, long start, DateTimeOffset baseTime, List<(string, string)> created)
    {
        for (int i = 0; i < count; i++)
        {
            var name = "seed_fs_" + (start + i + 1).ToString("D6", CultureInfo.InvariantCulture);
            // Distinct creation times (1 ms apart) so created_at sorting is meaningful.
            var at = baseTime.AddMilliseconds(i - count).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
            var r = FsVolumeRoutes.NewVolume(rt, Guid.NewGuid().ToString(), name, i % 5 == 4 ? "CIFS" : "NFS", Types[i % Types.Length], Fs.OrdinaryPurpose, at);
            if (created.Count < 1000) created.Add((r.Id, name));
            yield return r;
        }
    }
}

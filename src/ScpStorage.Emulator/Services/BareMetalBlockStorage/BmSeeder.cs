using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.BareMetalBlockStorage;

/// <summary>Bulk volumes (<c>seed-bm-000001</c>…) for paging tests and the listing benchmark, in one transaction.</summary>
internal static class BmSeeder
{
    private static readonly int[] Sizes = { 10, 50, 100, 200, 500, 1024 };

    public static void Seed(EmulatorRuntime rt, SeedRequest request)
    {
        if (request.Volumes <= 0) return;
        var start = rt.Store.Count(Bm.Service, Bm.Volume, "name LIKE 'seed-bm-%'");
        rt.Store.InsertMany(Volumes(rt, request.Volumes, start));
    }

    private static IEnumerable<Resource> Volumes(EmulatorRuntime rt, int count, long start)
    {
        var baseTime = rt.Now();
        for (var i = 0; i < count; i++)
        {
            var id = Bm.NewId();
            var name = "seed-bm-" + (start + i + 1).ToString("D6", CultureInfo.InvariantCulture);
            var attached = new JsonArray();
            // Every fourth volume is attached, so lists carry attachments and object_name filters match.
            if (i % 4 == 0) attached.Add(new JsonObject { ["id"] = Bm.Servers[i % 3].Id, ["type"] = "BM" });
            var r = Bm.NewResource(Bm.Volume, id, name, attached.Count > 0 ? "IN_USE" : "AVAILABLE",
                EmulatorRuntime.Format(baseTime.AddMilliseconds(i - count)));
            var data = BmJson.NewVolume(rt, id, name, Sizes[i % Sizes.Length], i % 3 == 0 ? "HDD" : "SSD", "ORG", attached, null, null);
            data["created_at"] = r.CreatedAt;
            r.SetData(data);
            yield return r;
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.ArchiveStorage;

/// <summary>A bucket with many archived objects (<c>obj-000001.txt</c>…) inserted in one transaction, for paging tests and benchmarks.</summary>
internal static class ArchiveSeeder
{
    public static string Seed(EmulatorRuntime rt, string bucketName, int objects)
    {
        var store = rt.Store;
        var bucket = store.List(new ListQuery(Arc.Service, Arc.Bucket) { Limit = 1 }.Where("name = {0}", bucketName)).Items;
        string id;
        if (bucket.Count > 0) id = bucket[0].Id;
        else
        {
            var b = Arc.New(Arc.Bucket, System.Guid.NewGuid().ToString(), bucketName, "ACTIVE", rt.Timestamp());
            b.SetData(new JsonObject { ["encryption"] = false, ["versioning"] = false });
            store.Insert(b);
            id = b.Id;
        }
        var start = store.Count(Arc.Service, Arc.Object, "parent = $b", ("$b", id));
        store.InsertMany(Rows(id, start, objects, rt.Timestamp()));
        return id;
    }

    private static IEnumerable<Resource> Rows(string bucketId, long start, int count, string now)
    {
        for (int i = 0; i < count; i++)
            yield return ArchiveStore.NewObject(bucketId, "obj-" + (start + i + 1).ToString("D6", CultureInfo.InvariantCulture) + ".txt", "FILE", 100 + i % 1000, now);
    }
}

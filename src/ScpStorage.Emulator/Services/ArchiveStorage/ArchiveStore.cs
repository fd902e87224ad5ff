using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.ArchiveStorage;

/// <summary>Queries over the generic store that the Archive routes share: object versions by key, OBS objects, a bucket's policy.</summary>
internal static class ArchiveStore
{
    /// <summary>Every version of one key in a bucket, newest first.</summary>
    public static List<Resource> Versions(EmulatorRuntime rt, string bucketId, string key)
    {
        var q = new ListQuery(Arc.Service, Arc.Object) { Limit = 100_000 }.Where("parent = {0} AND name = {1}", bucketId, key);
        q.Sort.Add(("seq", true));
        return rt.Store.List(q).Items;
    }

    /// <summary>The latest versions of the keys under a folder path (a key that ends with '/' is a folder).</summary>
    public static List<Resource> LatestUnder(EmulatorRuntime rt, string bucketId, string prefix)
    {
        var q = new ListQuery(Arc.Service, Arc.Object) { Limit = 1_000_000 }.Where("parent = {0} AND state = {1}", bucketId, Arc.Latest);
        if (prefix.Length > 0 && prefix != "/") q.Where("name LIKE {0} ESCAPE '\\'", Arc.Like(prefix) + "%");
        q.Sort.Add(("name", false));
        return rt.Store.List(q).Items;
    }

    /// <summary>Every version row of the keys equal to <paramref name="path"/>, or under it when it ends with '/'.</summary>
    public static List<Resource> RowsOf(EmulatorRuntime rt, string bucketId, string path)
    {
        var q = new ListQuery(Arc.Service, Arc.Object) { Limit = 1_000_000 }.Where("parent = {0}", bucketId);
        if (path.EndsWith('/')) q.Where("name LIKE {0} ESCAPE '\\'", Arc.Like(path) + "%");
        else q.Where("name = {0}", path);
        return rt.Store.List(q).Items;
    }

    public static List<Resource> Policies(EmulatorRuntime rt, string bucketId) => rt.Store.Children(Arc.Service, Arc.Policy, bucketId);

    public static string ObsObjectId(string bucket, string key) => bucket + ":" + key;

    /// <summary>Archives one key: with versioning on it becomes a new latest version, otherwise it replaces the key.</summary>
    public static Resource Put(EmulatorRuntime rt, string bucketId, bool versioning, string key, string type, long size, string modifiedAt)
    {
        foreach (var old in Versions(rt, bucketId, key))
        {
            if (!versioning) rt.Store.Delete(Arc.Service, Arc.Object, old.Id);
            else if (old.State == Arc.Latest) { old.State = Arc.Noncurrent; rt.Store.Update(old); }
        }
        var row = NewObject(bucketId, key, type, size, modifiedAt);
        rt.Store.Insert(row);
        return row;
    }

    public static Resource NewObject(string bucketId, string key, string type, long size, string modifiedAt)
    {
        var row = Arc.New(Arc.Object, Arc.VersionId(), key, Arc.Latest, modifiedAt, bucketId);
        row.SetData(new JsonObject { ["object_type"] = type, ["size"] = Arc.Text(size), ["modified_at"] = modifiedAt, ["etag"] = Arc.Etag() });
        return row;
    }

    /// <summary>After versions were deleted: the newest remaining version of the key becomes the latest.</summary>
    public static void PromoteNewest(EmulatorRuntime rt, string bucketId, string key)
    {
        var rest = Versions(rt, bucketId, key);
        if (rest.Count == 0 || rest.Any(v => v.State == Arc.Latest)) return;
        rest[0].State = Arc.Latest;
        rt.Store.Update(rest[0]);
    }

    public static bool Versioning(Resource bucket) => bucket.Data()["versioning"]?.GetValue<bool>() ?? false;
    public static bool Encryption(Resource bucket) => bucket.Data()["encryption"]?.GetValue<bool>() ?? false;

    public static long Size(Resource row) => long.TryParse(row.Data()["size"]?.GetValue<string>(), out var n) ? n : 0;
}

using System;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.ArchiveStorage;

/// <summary>/v1/buckets: list, create, show, delete, encryption, versioning.</summary>
internal static class BucketRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        // ListBuckets takes only name and limit (default 20): it cannot page, and answers no count.
        v1.MapGet("/buckets", (HttpContext ctx) =>
        {
            var q = ListParameters.Parse(ctx, Arc.Service, Arc.Bucket, new System.Collections.Generic.Dictionary<string, string>(), defaultWithCount: false);
            q.Offset = 0;
            q.Marker = null;
            if (ListParameters.Value(ctx, "name") is { } name) q.Where("name = {0}", name);
            var page = rt.Store.List(q);
            return Reply.Json(new JsonObject { ["buckets"] = new JsonArray(page.Items.Select(b => (JsonNode)ArchiveJson.BucketWithName(b)).ToArray()) });
        });

        v1.MapPost("/buckets", (HttpContext ctx) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var name = errors.Field(() => body.RequiredString("name"), n =>
            {
                if (n.Length == 0 || n.Length > 255)
                    throw new ValidationException("body", "name", "String should have between 1 and 255 characters.", "string_too_long");
            });
            errors.Check(() => ValidateTags(body.Node("tags")));
            errors.ThrowIfAny();
            var bucket = rt.Store.Atomic(() =>
            {
                // SCP documents 409 without a cause; the emulator refuses a second bucket of the same name.
                if (rt.Store.Count(Arc.Service, Arc.Bucket, "name = $n", ("$n", name)) > 0)
                    throw new ApiException(409, "CONFLICT", $"A bucket named '{name}' already exists.");
                var b = Arc.New(Arc.Bucket, Guid.NewGuid().ToString(), name, "ACTIVE", rt.Timestamp());
                b.SetData(new JsonObject { ["encryption"] = false, ["versioning"] = false, ["tags"] = body.Node("tags")?.DeepClone() });
                rt.Store.Insert(b);
                return b;
            });
            return Reply.Json(new JsonObject { ["id"] = bucket.Id }, 201);
        });

        v1.MapGet("/buckets/{bucket_id}", (string bucket_id) => Reply.Json(Show(rt, Arc.RequireBucket(rt, bucket_id))));

        v1.MapDelete("/buckets/{bucket_id}", (string bucket_id) =>
        {
            rt.Store.Atomic(() =>
            {
                var b = Arc.RequireBucket(rt, bucket_id);
                if (b.TargetState == Resource.Deleted) return;
                // Documented 409 without a cause; the emulator keeps a bucket that still holds something.
                if (rt.Store.Count(Arc.Service, Arc.Object, "parent = $b", ("$b", b.Id)) > 0)
                    throw ApiException.InvalidState($"Bucket '{b.Id}' still holds archived objects; remove them first.");
                if (ArchiveStore.Policies(rt, b.Id).Any(p => p.State == "ACTIVE"))
                    throw ApiException.InvalidState($"Bucket '{b.Id}' has an ACTIVE archiving policy; disable it first.");
                foreach (var kind in new[] { Arc.ArchivingHistory, Arc.RecoveryHistory })
                    if (rt.Store.Count(Arc.Service, kind, "parent = $b AND state = $r", ("$b", b.Id), ("$r", Arc.Running)) > 0)
                        throw ApiException.InvalidState($"Bucket '{b.Id}' has a running {kind.Replace('_', ' ')}.");
                foreach (var kind in new[] { Arc.Policy, Arc.ArchivingHistory, Arc.RecoveryHistory })
                    foreach (var child in rt.Store.Children(Arc.Service, kind, b.Id)) rt.Store.Delete(Arc.Service, kind, child.Id);
                b.Transition(b.State, Resource.Deleted, rt.DueAt());
                rt.Store.Update(b);
            });
            return Reply.Accepted();
        });

        MapSetting(v1, rt, "encryption");
        MapSetting(v1, rt, "versioning");
    }

    /// <summary>GET/PUT /buckets/{id}/{setting}: {id, enabled}; PUT takes {enabled} and answers 200 with the new value.</summary>
    private static void MapSetting(RouteGroupBuilder v1, EmulatorRuntime rt, string setting)
    {
        v1.MapGet("/buckets/{bucket_id}/" + setting, (string bucket_id) =>
        {
            var b = Arc.RequireBucket(rt, bucket_id);
            return Reply.Json(ArchiveJson.Setting(b.Id, b.Data()[setting]?.GetValue<bool>() ?? false));
        });
        v1.MapPut("/buckets/{bucket_id}/" + setting, (HttpContext ctx, string bucket_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var enabled = errors.Field(() => body.OptionalBool("enabled") ?? throw new ValidationException("body", "enabled", "Field required.", "missing"));
            errors.ThrowIfAny();
            var b = rt.Store.Atomic(() =>
            {
                var r = Arc.RequireBucket(rt, bucket_id);
                var d = r.Data();
                d[setting] = enabled;
                r.SetData(d);
                rt.Store.Update(r);
                return r;
            });
            return Reply.Json(ArchiveJson.Setting(b.Id, enabled));
        });
    }

    /// <summary>BucketShowResponse: usage is the sum of the latest versions' sizes; the source is the policy's OBS bucket (absent before one exists).</summary>
    public static JsonObject Show(EmulatorRuntime rt, Resource b)
    {
        var usage = ArchiveStore.LatestUnder(rt, b.Id, "/").Sum(ArchiveStore.Size);
        var source = ArchiveStore.Policies(rt, b.Id).Select(p => p.Data()["source"]?.GetValue<string>()).FirstOrDefault();
        var o = ArchiveJson.BucketShow(b, usage, source);
        if (source == null) o.Remove("archiving_source_bucket_name");
        return o;
    }

    /// <summary>Tag list: {"key": string (1–128), "value": string|null}.</summary>
    private static void ValidateTags(JsonNode? tags)
    {
        if (tags == null) return;
        if (tags is not JsonArray list) throw new ValidationException("body", "tags", "Input should be a valid list.", "list_type");
        foreach (var tag in list)
        {
            if (tag is not JsonObject t || t["key"] is not JsonValue key || !key.TryGetValue<string>(out var k))
                throw new ValidationException("body", "tags", "Each tag should be an object with a string 'key'.", "model_type");
            if (k.Length == 0 || k.Length > 128)
                throw new ValidationException("body", "tags", "A tag key should have between 1 and 128 characters.", "string_too_long");
        }
    }
}

using System;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.ArchiveStorage;

/// <summary>/v1/archiving-policies (bucket_id always in the query): list, create, show, set, state. SCP has no delete.</summary>
internal static class PolicyRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/archiving-policies", (HttpContext ctx) =>
        {
            var bucket = Bucket(rt, ctx);
            var policies = ArchiveStore.Policies(rt, bucket.Id);
            return Reply.Json(new JsonObject
            {
                ["count"] = policies.Count, ["bucket_id"] = bucket.Id,
                ["archiving_source_bucket_name"] = policies.Select(p => p.Data()["source"]?.GetValue<string>()).FirstOrDefault(),
                ["archiving_policies"] = new JsonArray(policies.Select(p => (JsonNode)ArchiveJson.PolicyItem(p)).ToArray()),
            });
        });

        v1.MapPost("/archiving-policies", (HttpContext ctx) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var bucketId = Arc.Query(ctx, "bucket_id", errors);
            var source = errors.Field(() => body.RequiredString("archiving_source_bucket_name"));
            var lifecycle = errors.Field(() => body.RequiredString("object_lifecycle"), ValidateLifecycle);
            var path = errors.Field(() => body.RequiredString("object_path"), p =>
            {
                if (p != "/") throw new ValidationException("body", "object_path", "String should match pattern '^/$'.", "string_pattern_mismatch");
            });
            errors.ThrowIfAny();
            var policy = rt.Store.Atomic(() =>
            {
                var bucket = Arc.RequireBucket(rt, bucketId);
                if (rt.Store.Get(Arc.Service, Arc.ObsBucket, source) == null) throw ApiException.NotFound("Object Storage bucket", source);
                // The list envelope carries one source name per bucket: the emulator allows one policy per bucket.
                if (ArchiveStore.Policies(rt, bucket.Id).Count > 0)
                    throw new ApiException(409, "CONFLICT", $"Bucket '{bucket.Id}' already has an archiving policy; change it with SetArchivingPolicy.");
                var p = Arc.New(Arc.Policy, "SCH-" + Guid.NewGuid(), null, "ACTIVE", rt.Timestamp(), bucket.Id);
                p.SetData(new JsonObject { ["source"] = source, ["object_path"] = path, ["object_lifecycle"] = lifecycle });
                rt.Store.Insert(p);
                return p;
            });
            return Reply.Json(ArchiveJson.Policy(policy), 201);
        });

        v1.MapGet("/archiving-policies/{archiving_policy_id}", (HttpContext ctx, string archiving_policy_id) =>
            Reply.Json(ArchiveJson.Policy(Policy(rt, ctx, archiving_policy_id))));

        v1.MapPut("/archiving-policies/{archiving_policy_id}", (HttpContext ctx, string archiving_policy_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var lifecycle = errors.Field(() => body.RequiredString("object_lifecycle"), ValidateLifecycle);
            errors.ThrowIfAny();
            var p = rt.Store.Atomic(() =>
            {
                var r = Policy(rt, ctx, archiving_policy_id);
                var d = r.Data();
                d["object_lifecycle"] = lifecycle;
                r.SetData(d);
                rt.Store.Update(r);
                return r;
            });
            return Reply.Json(ArchiveJson.Policy(p));
        });

        v1.MapPut("/archiving-policies/{archiving_policy_id}/state", (HttpContext ctx, string archiving_policy_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var state = errors.Field(() => body.RequiredString("state"), s =>
            {
                if (s is not ("ACTIVE" or "INACTIVE"))
                    throw new ValidationException("body", "state", "String should match pattern '^(ACTIVE|INACTIVE)$'.", "string_pattern_mismatch");
            });
            errors.ThrowIfAny();
            var p = rt.Store.Atomic(() =>
            {
                var r = Policy(rt, ctx, archiving_policy_id);
                r.State = state;
                rt.Store.Update(r);
                return r;
            });
            return Reply.Json(ArchiveJson.PolicyState(p));
        });
    }

    private static Resource Bucket(EmulatorRuntime rt, HttpContext ctx)
    {
        var errors = new ValidationErrors();
        var bucketId = Arc.Query(ctx, "bucket_id", errors);
        errors.ThrowIfAny();
        return Arc.RequireBucket(rt, bucketId);
    }

    /// <summary>A policy of the bucket in the query; a policy of another bucket is 404.</summary>
    private static Resource Policy(EmulatorRuntime rt, HttpContext ctx, string id)
    {
        var bucket = Bucket(rt, ctx);
        var p = rt.Store.Get(Arc.Service, Arc.Policy, id);
        return p != null && p.Parent == bucket.Id ? p : throw ApiException.NotFound("Archiving policy", id);
    }

    /// <summary>object_lifecycle is a string; the emulator takes a whole number of days of at least 1 (unit undocumented).</summary>
    private static void ValidateLifecycle(string value)
    {
        if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1)
            throw new ValidationException("body", "object_lifecycle", "String should be a whole number of days, at least 1.", "value_error");
    }
}

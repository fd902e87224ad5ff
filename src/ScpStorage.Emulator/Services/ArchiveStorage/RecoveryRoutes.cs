using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;

namespace ScpStorage.Emulator.Services.ArchiveStorage;

/// <summary>PUT /v1/buckets/{id}/recover-objects and /recover-object-versions: start a recovery to an OBS bucket.</summary>
internal static class RecoveryRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapPut("/buckets/{bucket_id}/recover-objects", (HttpContext ctx, string bucket_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var target = errors.Field(() => body.RequiredString("recovery_target_bucket_name"));
            var overwrite = errors.Field(() => body.OptionalBool("overwrite") ?? throw new ValidationException("body", "overwrite", "Field required.", "missing"));
            var infos = errors.Field(() => body.Node("recovery_infos") as JsonArray is { Count: > 0 } list ? list
                : throw new ValidationException("body", "recovery_infos", "Field required: a non-empty list.", "missing"));
            var sources = infos == null ? new (string Path, string Type)[0] : infos.Select((n, i) =>
            {
                var path = errors.Field(() => (n as JsonObject)?["source_object_path"] is JsonValue p && p.TryGetValue<string>(out var s) && s.Length > 0 ? s
                    : throw new ValidationException("body", $"recovery_infos.{i}.source_object_path", "Field required.", "missing"));
                var type = errors.Field(() => (n as JsonObject)?["object_type"] is JsonValue t && t.TryGetValue<string>(out var s) && s is "FILE" or "FOLDER" ? s
                    : throw new ValidationException("body", $"recovery_infos.{i}.object_type", "String should match pattern '^(FILE|FOLDER)$'.", "string_pattern_mismatch"));
                return (Path: path, Type: type);
            }).ToArray();
            errors.ThrowIfAny();
            var h = rt.Store.Atomic(() =>
            {
                var bucket = Arc.RequireBucket(rt, bucket_id);
                RequireObs(rt, target);
                var plan = new JsonArray();
                foreach (var (path, type) in sources)
                {
                    var rows = type == "FOLDER"
                        ? ArchiveStore.LatestUnder(rt, bucket.Id, path == "/" ? "/" : path.TrimEnd('/') + "/")
                        : ArchiveStore.Versions(rt, bucket.Id, path).Where(v => v.State == Arc.Latest).ToList();
                    if (rows.Count == 0) throw ApiException.NotFound("Object", path);
                    plan.Add(Entry(path, rows.Select(r => r.Id)));
                }
                return ArchiveRuns.StartRecovery(rt, bucket.Id, target, overwrite, plan);
            });
            return Started(h, target);
        });

        v1.MapPut("/buckets/{bucket_id}/recover-object-versions", (HttpContext ctx, string bucket_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var target = errors.Field(() => body.RequiredString("recovery_target_bucket_name"));
            var path = errors.Field(() => body.RequiredString("source_object_path"));
            var version = errors.Field(() => body.RequiredString("source_object_version"));
            var overwrite = errors.Field(() => body.OptionalBool("overwrite") ?? throw new ValidationException("body", "overwrite", "Field required.", "missing"));
            errors.ThrowIfAny();
            var h = rt.Store.Atomic(() =>
            {
                var bucket = Arc.RequireBucket(rt, bucket_id);
                RequireObs(rt, target);
                if (!ArchiveStore.Versions(rt, bucket.Id, path).Any(v => v.Id == version)) throw ApiException.NotFound($"Version of '{path}'", version);
                return ArchiveRuns.StartRecovery(rt, bucket.Id, target, overwrite, new JsonArray(Entry(path, new[] { version })));
            });
            return Started(h, target);
        });
    }

    /// <summary>
    /// 202 {id, recovery_target_bucket_name}. SCP does not say what id names (its example is a
    /// bucket id); the emulator answers the id of the recovery history it started.
    /// </summary>
    private static IResult Started(Store.Resource h, string target) =>
        Reply.Json(new JsonObject { ["id"] = h.Id, ["recovery_target_bucket_name"] = target }, 202);

    private static JsonObject Entry(string path, System.Collections.Generic.IEnumerable<string> versions) =>
        new() { ["path"] = path, ["items"] = new JsonArray(versions.Select(v => (JsonNode)new JsonObject { ["version"] = v }).ToArray()) };

    private static void RequireObs(EmulatorRuntime rt, string name)
    {
        if (rt.Store.Get(Arc.Service, Arc.ObsBucket, name) == null) throw ApiException.NotFound("Object Storage bucket", name);
    }
}

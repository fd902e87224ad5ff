using System;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.ArchiveStorage;

/// <summary>
/// Unsigned admin routes under /_emulator/archivestorage: the simulated Object Storage that
/// archiving reads from and recovery writes to (SCP's Archive API has no upload), a way to run
/// an archiving policy now (SCP runs them on its own schedule), and bulk objects for paging.
/// </summary>
internal static class ObsAdminRoutes
{
    public static void Map(RouteGroupBuilder admin, EmulatorRuntime rt)
    {
        // PUT {"objects":[{"key":"docs/a.txt","size":10,"age_days":30}]}: creates the OBS bucket if needed.
        admin.MapPut("/obs/{bucket}/objects", async (HttpContext ctx, string bucket) =>
        {
            var body = await JsonNode.ParseAsync(ctx.Request.Body) as JsonObject
                ?? throw new ValidationException("body", "__root__", "Input should be a JSON object.", "dict_type");
            var objects = (body["objects"] as JsonArray ?? new JsonArray()).OfType<JsonObject>().ToList();
            rt.Store.Atomic(() =>
            {
                EnsureObs(rt, bucket);
                foreach (var o in objects)
                {
                    var key = o["key"]?.GetValue<string>() ?? throw new ValidationException("body", "objects.key", "Field required.", "missing");
                    var age = o["age_days"]?.GetValue<int>() ?? 30;
                    var data = new JsonObject
                    {
                        ["size"] = Arc.Text(o["size"]?.GetValue<long>() ?? 1), ["modified_at"] = EmulatorRuntime.Format(rt.Now().AddDays(-age)),
                    };
                    var id = ArchiveStore.ObsObjectId(bucket, key);
                    var existing = rt.Store.Get(Arc.Service, Arc.ObsObject, id);
                    if (existing != null) { existing.SetData(data); rt.Store.Update(existing); continue; }
                    var r = Arc.New(Arc.ObsObject, id, key, "ACTIVE", rt.Timestamp(), bucket);
                    r.SetData(data);
                    rt.Store.Insert(r);
                }
            });
            return Objects(rt, bucket);
        });

        admin.MapGet("/obs/{bucket}/objects", (string bucket) =>
            rt.Store.Get(Arc.Service, Arc.ObsBucket, bucket) == null ? throw ApiException.NotFound("Object Storage bucket", bucket) : Objects(rt, bucket));

        // Runs the bucket's ACTIVE policy now: answers the archiving history it started (RUNNING).
        admin.MapPost("/run-archiving", (HttpContext ctx) =>
        {
            var bucketId = ListParameters.Value(ctx, "bucket_id") ?? throw new ValidationException("query", "bucket_id", "Field required.", "missing");
            return Reply.Json(ArchiveJson.Archiving(ArchiveRuns.StartArchiving(rt, bucketId), true), 201);
        });

        // {"ms": 600000}: new archiving runs and recoveries stay RUNNING this long (DELETE: the configured delay again).
        admin.MapPut("/run-delay", async (HttpContext ctx) =>
        {
            var body = await JsonNode.ParseAsync(ctx.Request.Body) as JsonObject ?? new JsonObject();
            ArchiveRuns.HoldRuns(rt, body["ms"]?.GetValue<long>() ?? 0);
            return Results.NoContent();
        });
        admin.MapDelete("/run-delay", () => { ArchiveRuns.HoldRuns(rt, null); return Results.NoContent(); });

        // Bulk archived objects for paging and benchmarks: {"bucket_name":"bench","objects":10000}.
        admin.MapPost("/seed", async (HttpContext ctx) =>
        {
            var body = await JsonNode.ParseAsync(ctx.Request.Body) as JsonObject ?? new JsonObject();
            var name = body["bucket_name"]?.GetValue<string>() ?? "seed-archive";
            var count = body["objects"]?.GetValue<int>() ?? 0;
            var id = ArchiveSeeder.Seed(rt, name, count);
            return Reply.Json(new JsonObject { ["bucket_id"] = id, ["objects"] = count });
        });
    }

    public static void EnsureObs(EmulatorRuntime rt, string bucket)
    {
        if (rt.Store.Get(Arc.Service, Arc.ObsBucket, bucket) == null)
            rt.Store.Insert(Arc.New(Arc.ObsBucket, bucket, bucket, "ACTIVE", rt.Timestamp()));
    }

    private static IResult Objects(EmulatorRuntime rt, string bucket) =>
        Reply.Json(new JsonObject
        {
            ["bucket"] = bucket,
            ["objects"] = new JsonArray(rt.Store.Children(Arc.Service, Arc.ObsObject, bucket).Select(o => (JsonNode)new JsonObject
            {
                ["key"] = o.Name, ["size"] = o.Data()["size"]?.GetValue<string>(), ["modified_at"] = o.Data()["modified_at"]?.GetValue<string>(),
            }).ToArray()),
        });
}

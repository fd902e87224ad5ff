using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.ArchiveStorage;

/// <summary>/v1/archiving-histories and /v1/recovery-histories: list (both time bounds required), detail, cancel.</summary>
internal static class HistoryRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        MapKind(v1, rt, "/archiving-histories", "cancel-archiving", Arc.ArchivingHistory, "Archiving history", ArchiveJson.Archiving);
        MapKind(v1, rt, "/recovery-histories", "cancel-recovery", Arc.RecoveryHistory, "Recovery history", ArchiveJson.Recovery);
    }

    private static void MapKind(RouteGroupBuilder v1, EmulatorRuntime rt, string root, string cancel, string kind, string what,
        Func<Resource, bool, JsonObject> render)
    {
        v1.MapGet(root, (HttpContext ctx) =>
        {
            var errors = new ValidationErrors();
            var bucketId = Arc.Query(ctx, "bucket_id", errors);
            var from = errors.Field(() => Bound(ctx, "start_at_from"));
            var to = errors.Field(() => Bound(ctx, "start_at_to"));
            var limit = errors.Field(() => ObjectRoutes.Int(ctx, "limit", 20));
            var offset = errors.Field(() => ObjectRoutes.Int(ctx, "offset", 0));
            errors.ThrowIfAny();
            var bucket = Arc.RequireBucket(rt, bucketId);
            // start_at is stored in one UTC form, so the bounds compare as text.
            var q = new ListQuery(Arc.Service, kind) { Limit = limit, Offset = offset, WithCount = true }
                .Where("parent = {0} AND created_at >= {1} AND created_at <= {2}", bucket.Id, EmulatorRuntime.Format(from), EmulatorRuntime.Format(to));
            if (ListParameters.Value(ctx, "state") is { } state) q.Where("state = {0}", state);
            q.Sort.Add(("created_at", true));
            var page = rt.Store.List(q);
            return Reply.Json(new JsonObject
            {
                ["total_count"] = page.Count, ["bucket_id"] = bucket.Id,
                ["contents"] = new JsonArray(page.Items.Select(h => (JsonNode)render(h, false)).ToArray()),
            });
        });

        v1.MapGet(root + "/detail", (HttpContext ctx) => Reply.Json(render(Arc.RequireHistory(rt, ctx, kind, what), true)));

        v1.MapPut(root + "/" + cancel, (HttpContext ctx) =>
        {
            rt.Store.Atomic(() => ArchiveRuns.Cancel(rt, Arc.RequireHistory(rt, ctx, kind, what)));
            return Reply.Accepted();
        });
    }

    private static DateTimeOffset Bound(HttpContext ctx, string name)
    {
        var raw = ListParameters.Value(ctx, name) ?? throw new ValidationException("query", name, "Field required.", "missing");
        return DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d
            : throw new ValidationException("query", name, "Input should be a valid datetime.", "datetime_parsing");
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.ArchiveStorage;

/// <summary>/v1/buckets/{id}/objects and /object-versions: list and delete.</summary>
internal static class ObjectRoutes
{
    public const int DefaultObjectLimit = 200;
    public const int DefaultVersionLimit = 20;

    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        // S3-style listing of the latest versions, sorted by key: object_path is a prefix ("/" = all),
        // object_name matches keys containing it, object_type is exact. marker = the last key of the
        // previous page; the answer's marker is the last key returned when truncated; count is the
        // total of matches (SCP does not say; clients must not depend on it).
        v1.MapGet("/buckets/{bucket_id}/objects", (HttpContext ctx, string bucket_id) =>
        {
            var errors = new ValidationErrors();
            var limit = errors.Field(() => Int(ctx, "limit", DefaultObjectLimit, 1, 1000));
            var type = errors.Field(() => ListParameters.Value(ctx, "object_type"), t =>
            {
                if (t is not ("FILE" or "FOLDER")) throw new ValidationException("query", "object_type", "Input should be 'FILE' or 'FOLDER'.", "enum");
            });
            errors.ThrowIfAny();
            var bucket = Arc.RequireBucket(rt, bucket_id);
            ListQuery Query()
            {
                var q = new ListQuery(Arc.Service, Arc.Object).Where("parent = {0} AND state = {1}", bucket.Id, Arc.Latest);
                if (ListParameters.Value(ctx, "object_path") is { } path && path != "/")
                    q.Where("name LIKE {0} ESCAPE '\\'", Arc.Like(path.TrimStart('/')) + "%");
                if (ListParameters.Value(ctx, "object_name") is { } name) q.Where("instr(name, {0}) > 0", name);
                if (type != null) q.Where("json_extract(json,'$.object_type') = {0}", type);
                q.Sort.Add(("name", false));
                return q;
            }
            var total = rt.Store.List(WithLimit(Query(), 0, count: true)).Count ?? 0;
            var pageQuery = WithLimit(Query(), limit + 1, count: false);
            pageQuery.Read = ListRead.Shape;
            if (ListParameters.Value(ctx, "marker") is { } marker) pageQuery.Where("name > {0}", marker);
            var items = rt.Store.List(pageQuery).Items;
            var truncated = items.Count > limit;
            if (truncated) items.RemoveAt(items.Count - 1);
            // Spliced from each object's list item, rendered when it was written (a ListShape).
            var head = "{\"count\":" + total.ToString(CultureInfo.InvariantCulture)
                + ",\"marker\":" + (truncated ? JsonText.Quote(items[^1].Name!) : "null")
                + ",\"is_truncated\":" + (truncated ? "true" : "false") + ",\"contents\":";
            return new ListBody(head, items, o => ListParameters.ListItem(o, null));
        });

        v1.MapDelete("/buckets/{bucket_id}/objects", (HttpContext ctx, string bucket_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var paths = errors.Field(() => Strings(body, "paths"));
            errors.ThrowIfAny();
            rt.Store.Atomic(() =>
            {
                var bucket = Arc.RequireBucket(rt, bucket_id);
                // A path ending in '/' removes everything under it; every version of a key goes.
                // A path that names nothing is ignored (SCP does not say).
                foreach (var path in paths)
                    foreach (var row in ArchiveStore.RowsOf(rt, bucket.Id, path)) rt.Store.Delete(Arc.Service, Arc.Object, row.Id);
            });
            return Reply.Accepted();
        });

        v1.MapGet("/buckets/{bucket_id}/object-versions", (HttpContext ctx, string bucket_id) =>
        {
            var errors = new ValidationErrors();
            var path = Arc.Query(ctx, "object_path", errors);
            var limit = errors.Field(() => Int(ctx, "limit", DefaultVersionLimit, 1, 1000));
            var offset = errors.Field(() => Int(ctx, "offset", 0, 0, int.MaxValue));
            errors.ThrowIfAny();
            var bucket = Arc.RequireBucket(rt, bucket_id);
            var all = ArchiveStore.Versions(rt, bucket.Id, path);
            return Reply.Json(new JsonObject
            {
                ["count"] = all.Count,
                ["contents"] = new JsonArray(all.Skip(offset).Take(limit).Select(v => (JsonNode)ArchiveJson.Version(v)).ToArray()),
            });
        });

        v1.MapDelete("/buckets/{bucket_id}/object-versions", (HttpContext ctx, string bucket_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var path = errors.Field(() => body.RequiredString("path"));
            var versions = errors.Field(() => Strings(body, "versions"));
            errors.ThrowIfAny();
            rt.Store.Atomic(() =>
            {
                var bucket = Arc.RequireBucket(rt, bucket_id);
                var rows = ArchiveStore.Versions(rt, bucket.Id, path).ToDictionary(v => v.Id);
                // Every version must exist before any is deleted: nothing half-done.
                foreach (var v in versions)
                    if (!rows.ContainsKey(v)) throw ApiException.NotFound($"Version of '{path}'", v);
                foreach (var v in versions.Distinct()) rt.Store.Delete(Arc.Service, Arc.Object, v);
                ArchiveStore.PromoteNewest(rt, bucket.Id, path);
            });
            return Reply.Accepted();
        });
    }

    private static ListQuery WithLimit(ListQuery q, int limit, bool count)
    {
        q.Limit = limit;
        q.WithCount = count;
        return q;
    }

    /// <summary>A required, non-empty array of non-empty strings.</summary>
    public static List<string> Strings(RequestBody body, string field)
    {
        if (body.Node(field) is not JsonArray list) throw new ValidationException("body", field, "Field required: a list of strings.", "missing");
        var values = list.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null).ToList();
        if (values.Count == 0 || values.Any(v => v == null))
            throw new ValidationException("body", field, "Input should be a non-empty list of non-empty strings.", "list_type");
        return values!;
    }

    private static int Int(HttpContext ctx, string name, int fallback, int min, int max)
    {
        var raw = ListParameters.Value(ctx, name);
        if (raw == null) return fallback;
        if (!int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            throw new ValidationException("query", name, "Input should be a valid integer.", "int_parsing");
        if (n < min || n > max) throw new ValidationException("query", name, $"Input should be between {min} and {max}.", "range");
        return n;
    }

    public static int Int(HttpContext ctx, string name, int fallback) => Int(ctx, name, fallback, 0, int.MaxValue);
}

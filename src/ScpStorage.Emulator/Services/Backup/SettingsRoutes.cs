using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.Backup;

/// <summary>A backup's settings (retention, replication, filesystem paths), its backup targets and the region relationships.</summary>
internal static class SettingsRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapPut("/backups/{backup_id}/retention-period", (HttpContext ctx, string backup_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var retention = errors.Field(() => BkBody.RequiredEnum(body, "retention_period", Bk.RetentionPeriods));
            errors.ThrowIfAny();
            // The backup and its future recovery points: each existing point keeps its own retention.
            Modify(rt, backup_id, (r, d) => d["retention_period"] = retention);
            return Bk.Answer(backup_id);
        });

        v1.MapPut("/backups/{backup_id}/replication", (HttpContext ctx, string backup_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var enabled = errors.Field(() => body.OptionalBool("dr_enabled") ?? throw new ValidationException("body", "dr_enabled", "Field required.", "missing"));
            errors.ThrowIfAny();
            rt.Store.Atomic(() =>
            {
                var backup = Bk.Require(rt, Bk.Backup, backup_id, "Backup");
                if (enabled) Replication.Enable(rt, backup); else Replication.Disable(rt, backup);
            });
            return Bk.Answer(backup_id);
        });

        v1.MapPut("/backups/{backup_id}/filesystem-path", (HttpContext ctx, string backup_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var paths = errors.Field(() => BkBody.Strings(body, "backup_filesystem_paths", allowSingle: true));
            var all = errors.Field(() => body.OptionalBool("is_all_filesystem"));
            errors.ThrowIfAny();
            Modify(rt, backup_id, (r, d) =>
            {
                if (d["policy_type"]?.GetValue<string>() != "FILESYSTEM")
                    throw ApiException.BadRequest("INVALID_POLICY_TYPE", $"Backup '{r.Id}' is a {d["policy_type"]} backup; filesystem paths belong to FILESYSTEM backups.");
                if (paths != null) d["filesystem_paths"] = new JsonArray(paths.Select(p => (JsonNode?)p).ToArray());
                if (all.HasValue) d["is_all_filesystem"] = all.Value;
            });
            return Bk.Answer(backup_id);
        });

        v1.MapGet("/backups/backup-targets", (HttpContext ctx) =>
        {
            var errors = new ValidationErrors();
            var category = errors.Field(() => Bk.RequiredQuery(ctx, "server_category"), c => Bk.OneOf(c, Bk.ServerCategories, "query", "server_category"));
            var type = errors.Field(() => Bk.RequiredQuery(ctx, "policy_type"), t => Bk.OneOf(t, Bk.PolicyTypes, "query", "policy_type"));
            var q = errors.Field(() => Bk.Paged(ctx, Bk.Backup, Bk.CreatedSort, null, 5));
            errors.ThrowIfAny();
            var name = ListParameters.Value(ctx, "server_name");
            var region = ListParameters.Value(ctx, "region");
            var protectedServers = rt.Store.List(new ListQuery(Bk.Service, Bk.Backup) { Limit = 100000 }.Where("json_extract(json,'$.policy_type') = {0}", type)).Items
                .Select(b => b.Data()["server_uuid"]?.GetValue<string>()).ToHashSet();
            var targets = BkServers.All(rt, category)
                .Where(s => name == null || s.Name.Contains(name, System.StringComparison.OrdinalIgnoreCase))
                .Where(s => region == null || region == rt.Scope.Region)
                // A server has one image backup; filesystem backups need its agent and may be several (other paths).
                .Where(s => type == "FILESYSTEM" ? BkServers.AgentOf(rt, s.Id)?.State == "AVAILABLE" : !protectedServers.Contains(s.Id))
                .ToList();
            return Computed(targets.Select(s => new JsonObject
            {
                ["server_guid"] = Bk.ServerGuid(s.Id), ["server_name"] = s.Name, ["server_os_version"] = s.OsVersion,
                ["server_type"] = s.Type, ["server_uuid"] = s.Id,
            }).ToList(), q);
        });

        v1.MapGet("/backups/region-relationship", (HttpContext ctx) =>
        {
            Bk.OneOf(ListParameters.Value(ctx, "backup_master_type"), new[] { "AGENT", "AGENT_VM", "AGENT_BM", "AGENTLESS", "AGENT_SAP_INT", "AGENT_SAP_EXT" },
                "query", "backup_master_type");
            string? F(string n) => ListParameters.Value(ctx, n);
            var items = Replication.Relationships(rt)
                .Where(r => F("from_region") == null || r.From == F("from_region")).Where(r => F("to_region") == null || r.To == F("to_region"))
                .Where(r => F("from_availability_zone") == null || r.From == F("from_availability_zone"))
                .Where(r => F("to_availability_zone") == null || r.To == F("to_availability_zone"))
                .Select(r => new JsonObject { ["from_availability_zone"] = r.From, ["from_region"] = r.From, ["to_availability_zone"] = r.To, ["to_region"] = r.To })
                .ToList();
            return Reply.Json(new JsonObject { ["contents"] = new JsonArray(items.ToArray<JsonNode?>()), ["count"] = items.Count });
        });
    }

    /// <summary>Changes one backup's stored fields under the store lock (404 when unknown), stamping modified_at.</summary>
    public static void Modify(EmulatorRuntime rt, string backupId, System.Action<Resource, JsonObject> change) =>
        rt.Store.Atomic(() =>
        {
            var r = Bk.Require(rt, Bk.Backup, backupId, "Backup");
            var d = r.Data();
            change(r, d);
            d["modified_at"] = Bk.Time(rt.Now());
            r.SetData(d);
            rt.Store.Update(r);
        });

    /// <summary>A page of a list computed in memory (targets of servers), paged by the query's page/size, count = total.</summary>
    public static IResult Computed(System.Collections.Generic.List<JsonObject> all, ListQuery q)
    {
        var page = all.Skip(q.Offset).Take(q.Limit).ToList();
        return Reply.Json(new JsonObject { ["contents"] = new JsonArray(page.ToArray<JsonNode?>()), ["count"] = all.Count });
    }
}

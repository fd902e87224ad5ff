using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;

namespace ScpStorage.Emulator.Services.Backup;

/// <summary>What a restore can go to (subnets, servers with an agent) and what a recovery point holds (its filesystem).</summary>
internal static class LookupRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/backups/{backup_id}/restore/restorable-subnets", (HttpContext ctx, string backup_id) =>
        {
            var region = Bk.RequiredQuery(ctx, "region");
            Bk.Require(rt, Bk.Backup, backup_id, "Backup");
            var vpc = ListParameters.Value(ctx, "vpc_id");
            var state = ListParameters.Value(ctx, "state");
            var user = Bk.UserId(rt.Options.AccountId);
            var subnets = new[] { ("023c57b14f11483689338d085e061492", "subnet-app", "192.167.1.0/24", "192.167.1.1"),
                                  ("5e1f0a2b3c4d4e5f8a9b0c1d2e3f4a5b", "subnet-db", "192.167.2.0/24", "192.167.2.1") }
                .Select(s => new JsonObject
                {
                    ["account_id"] = rt.Options.AccountId, ["cidr"] = s.Item3, ["created_at"] = "2026-02-11T06:40:00Z", ["created_by"] = user,
                    ["gateway_ip_address"] = s.Item4, ["id"] = s.Item1, ["modified_at"] = "2026-02-11T06:40:00Z", ["modified_by"] = user,
                    ["name"] = s.Item2 + "-" + region, ["state"] = "ACTIVE", ["type"] = "GENERAL", ["vpc_id"] = "7df8abb4912e4709b1cb237daccca7a8", ["vpc_name"] = "vpc-main",
                })
                .Where(s => vpc == null || s["vpc_id"]!.GetValue<string>() == vpc).Where(s => state == null || state == "ACTIVE").ToList();
            return Reply.Json(new JsonObject { ["count"] = subnets.Count, ["subnets"] = new JsonArray(subnets.ToArray<JsonNode?>()) });
        });

        v1.MapGet("/backups/{backup_id}/agent-backup-restore-targets", (HttpContext ctx, string backup_id) =>
        {
            var q = Bk.Paged(ctx, Bk.Backup, Bk.CreatedSort, null, 5);
            Bk.Require(rt, Bk.Backup, backup_id, "Backup");
            var name = ListParameters.Value(ctx, "server_name");
            var servers = BkServers.All(rt).Where(s => BkServers.AgentOf(rt, s.Id)?.State == "AVAILABLE")
                .Where(s => name == null || s.Name.Contains(name, System.StringComparison.OrdinalIgnoreCase))
                .Select(s => new JsonObject { ["server_name"] = s.Name, ["server_os_version"] = s.OsVersion, ["server_type"] = s.Type, ["server_uuid"] = s.Id })
                .ToList();
            return SettingsRoutes.Computed(servers, q);
        });

        v1.MapGet("/backups/{backup_id}/filesystem-path", (HttpContext ctx, string backup_id) =>
        {
            var errors = new ValidationErrors();
            var pointId = errors.Field(() => Bk.RequiredQuery(ctx, "restore_target_id"));
            var path = errors.Field(() => Bk.RequiredQuery(ctx, "path"));
            errors.ThrowIfAny();
            var (backup, point) = rt.Store.Atomic(() =>
            {
                var b = JobRoutes.RequireSettled(rt, backup_id);
                return (b, RecoveryPoints.Require(rt, backup_id, pointId));
            });
            var stamp = Bk.Parse(point.Data()["backup_start_time"]!.GetValue<string>()).ToUnixTimeSeconds();
            var parent = path.EndsWith('/') ? path : path + "/";
            // The tree of a point: the backed-up paths' first directories at the root, a fixed pair of entries below.
            var names = parent == "/"
                ? (backup.Data()["filesystem_paths"] as JsonArray)?.Select(p => p!.GetValue<string>().Trim('/').Split('/')[0] + "/").Distinct().ToList() ?? new()
                : new() { "logs/", "app.db" };
            if (names.Count == 0) names.Add("data/");
            var items = names.Select(n => new JsonObject
            {
                ["id"] = $"{parent}{n.TrimEnd('/')}/_{stamp}", ["item_type"] = n.EndsWith('/') ? "DIR" : "FILE", ["name"] = n, ["path"] = parent,
            }).ToList();
            return Reply.Json(new JsonObject { ["contents"] = new JsonArray(items.ToArray<JsonNode?>()), ["count"] = items.Count });
        });
    }
}

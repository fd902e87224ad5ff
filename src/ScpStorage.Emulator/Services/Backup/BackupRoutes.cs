using System;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.Backup;

/// <summary>/v1/backups: list, create, show, delete, and the duplicate checks a create relies on.</summary>
internal static class BackupRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/backups", (HttpContext ctx) =>
        {
            var q = Bk.Paged(ctx, Bk.Backup, Bk.CreatedSort, null, 20);
            if (ListParameters.Value(ctx, "name") is { } name) q.Where("name = {0}", name);
            if (ListParameters.Value(ctx, "server_name") is { } server) q.Where("json_extract(json,'$.server_name') = {0}", server);
            q.Read = ListRead.Shape;
            return Bk.Page(rt, q, r => ListParameters.ListItem(r, "state"));
        });

        v1.MapPost("/backups", (HttpContext ctx) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var name = errors.Field(() => body.RequiredString("name"), n =>
            {
                if (n.Length == 0 || n.Length > 255) throw new ValidationException("body", "name", "String should have between 1 and 255 characters.", "string_too_long");
            });
            var category = errors.Field(() => BkBody.RequiredEnum(body, "policy_category", Bk.PolicyCategories));
            var type = errors.Field(() => BkBody.RequiredEnum(body, "policy_type", Bk.PolicyTypes));
            var schedules = BkBody.Schedules(body, errors);
            var serverCategory = errors.Field(() => BkBody.RequiredEnum(body, "server_category", Bk.ServerCategories));
            var serverId = errors.Field(() => body.RequiredString("server_uuid"));
            var dr = errors.Field(() => body.OptionalBool("dr_enabled"));
            var encrypt = errors.Field(() => body.OptionalBool("encrypt_enabled")) ?? true;
            var paths = errors.Field(() => BkBody.Strings(body, "filesystem_paths", allowSingle: false));
            var all = errors.Field(() => body.OptionalBool("is_all_filesystem"));
            var region = errors.Field(() => body.OptionalString("region"));
            var retention = errors.Field(() => BkBody.OptionalEnum(body, "retention_period", Bk.RetentionPeriods)) ?? "WEEK_2";
            errors.Field(() => body.OptionalString("server_guid"));
            BkBody.Tags(body, errors);
            errors.ThrowIfAny();

            var backup = rt.Store.Atomic(() =>
            {
                var server = BkServers.Find(rt, serverId);
                if (server == null || server.Category != serverCategory) throw ApiException.NotFound("Server", serverId);
                if (rt.Store.Count(Bk.Service, Bk.Backup, "name = $n", ("$n", name)) > 0)
                    throw ApiException.BadRequest("DUPLICATE_NAME", $"A backup named '{name}' already exists.");
                Resource? agent = null;
                if (category == "AGENT")
                {
                    agent = BkServers.AgentOf(rt, serverId);
                    if (agent == null || agent.State != "AVAILABLE")
                        throw ApiException.BadRequest("AGENT_REQUIRED", $"Server '{server.Name}' has no available backup agent; install one first (Create Backup Agent).");
                }
                if (type != "FILESYSTEM" && ((paths?.Count ?? 0) > 0 || all == true))
                    throw new ValidationException("body", "filesystem_paths", "Filesystem paths are only for FILESYSTEM backups.", "value_error");
                var now = Bk.Time(rt.Now());
                var id = Bk.Hex32();
                var user = Bk.UserId(rt.Options.AccountId);
                var r = Bk.New(Bk.Backup, id, name, "AVAILABLE", now);
                r.SetData(new JsonObject
                {
                    ["backup_agent_id"] = agent?.Id, ["created_at"] = now, ["created_by"] = user, ["dr_enabled"] = dr ?? false, ["dr_region"] = null,
                    ["encrypt_enabled"] = encrypt, ["filesystem_paths"] = type == "FILESYSTEM" ? new JsonArray((paths ?? new()).Select(p => (JsonNode?)p).ToArray()) : null,
                    ["id"] = id, ["is_all_filesystem"] = type == "FILESYSTEM" ? all ?? false : null, ["modified_at"] = now, ["modified_by"] = user,
                    ["name"] = name, ["origin_backup_id"] = null, ["policy_category"] = category, ["policy_type"] = type,
                    ["region"] = region ?? rt.Scope.Region, ["replica_backup_id"] = null, ["retention_period"] = retention, ["role_type"] = "ORIGINAL",
                    ["server_category"] = serverCategory, ["server_name"] = server.Name, ["server_os_type"] = server.OsType,
                    ["server_region"] = rt.Scope.Region, ["server_uuid"] = serverId,
                });
                rt.Store.Insert(r);
                JobRoutes.ReplaceSchedules(rt, r, schedules);
                if (agent != null) BkAgentCount.Add(rt, agent, +1);
                if (dr == true) Replication.Enable(rt, r);
                return r;
            });
            return Bk.Answer(backup.Id);
        });

        v1.MapGet("/backups/{backup_id}", (string backup_id) => Reply.Json(Bk.Render(Bk.Require(rt, Bk.Backup, backup_id, "Backup"), "state")));

        v1.MapDelete("/backups/{backup_id}", (string backup_id) =>
        {
            rt.Store.Atomic(() => Remove(rt, Bk.Require(rt, Bk.Backup, backup_id, "Backup")));
            return Bk.Answer(backup_id);
        });

        v1.MapGet("/backups/check-name-duplication", (HttpContext ctx) =>
        {
            var name = Bk.RequiredQuery(ctx, "backup_name");
            return Bk.Check(rt.Store.Count(Bk.Service, Bk.Backup, "name = $n", ("$n", name)) > 0);
        });

        v1.MapGet("/backups/check-filesystem-duplication", (HttpContext ctx) =>
        {
            var errors = new ValidationErrors();
            var path = errors.Field(() => Bk.RequiredQuery(ctx, "filesystem_path"));
            var server = errors.Field(() => Bk.RequiredQuery(ctx, "server_uuid"));
            errors.ThrowIfAny();
            var taken = rt.Store.List(new ListQuery(Bk.Service, Bk.Backup) { Limit = 100000 }.Where("json_extract(json,'$.server_uuid') = {0}", server)).Items
                .Any(b => b.Data()["filesystem_paths"] is JsonArray a && a.Any(p => p?.GetValue<string>() == path));
            return Bk.Check(taken);
        });
    }

    /// <summary>Deletes a backup with everything addressed through it; its replica goes too, and its agent counts one backup less.</summary>
    public static void Remove(EmulatorRuntime rt, Resource backup)
    {
        foreach (var kind in new[] { Bk.Schedule, Bk.Job, Bk.RecoveryPoint, Bk.Restore })
            foreach (var child in rt.Store.Children(Bk.Service, kind, backup.Id)) rt.Store.Delete(Bk.Service, kind, child.Id);
        var data = backup.Data();
        if (data["backup_agent_id"]?.GetValue<string>() is { } agentId && rt.Store.Get(Bk.Service, Bk.Agent, agentId) is { } agent)
            BkAgentCount.Add(rt, agent, -1);
        if (data["replica_backup_id"]?.GetValue<string>() is { } replicaId && replicaId != backup.Id && rt.Store.Get(Bk.Service, Bk.Backup, replicaId) is { } replica)
            Remove(rt, replica);
        rt.Store.Delete(Bk.Service, Bk.Backup, backup.Id);
    }
}

/// <summary>An agent's <c>backup_policy_count</c>: how many backups use it.</summary>
internal static class BkAgentCount
{
    public static void Add(EmulatorRuntime rt, Resource agent, int delta)
    {
        var d = agent.Data();
        d["backup_policy_count"] = Math.Max(0, (d["backup_policy_count"]?.GetValue<int>() ?? 0) + delta);
        agent.SetData(d);
        rt.Store.Update(agent);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.Backup;

/// <summary>/v1/backup-agents: list, install, show, remove, connection check, targets, installer.</summary>
internal static class AgentRoutes
{
    private static readonly IReadOnlyDictionary<string, string> AgentSort = new Dictionary<string, string>
    {
        ["created_at"] = "created_at", ["name"] = "COALESCE(name,'')", ["server_name"] = "json_extract(json,'$.server_name')",
    };

    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt, BkOptions options)
    {
        v1.MapGet("/backup-agents", (HttpContext ctx) =>
        {
            var q = Bk.Paged(ctx, Bk.Agent, AgentSort, null, 20);
            if (ListParameters.Value(ctx, "name") is { } name) q.Where("name = {0}", name);
            if (ListParameters.Value(ctx, "server_name") is { } server) q.Where("json_extract(json,'$.server_name') = {0}", server);
            if (ListParameters.Value(ctx, "server_backup_agent_ip") is { } ip) q.Where("json_extract(json,'$.server_backup_agent_ip') = {0}", ip);
            return Bk.Page(rt, q, r => Render(rt, r, Bk.AgentListFields).ToJsonString(JsonText.Options));
        });

        v1.MapPost("/backup-agents", (HttpContext ctx) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var serverId = errors.Field(() => body.RequiredString("server_uuid"));
            var subnet = errors.Field(() => body.OptionalString("subnet_id"));
            BkBody.Tags(body, errors);
            errors.ThrowIfAny();
            var agent = rt.Store.Atomic(() =>
            {
                var server = BkServers.Find(rt, serverId) ?? throw ApiException.NotFound("Server", serverId);
                if (BkServers.AgentOf(rt, serverId) != null)
                    throw new ApiException(409, "AGENT_EXISTS", $"Server '{server.Name}' already has a backup agent.");
                var now = Bk.Time(rt.Now());
                var user = Bk.UserId(rt.Options.AccountId);
                var id = "BACKUP_AGENT-" + Bk.Random(8);
                var r = Bk.New(Bk.Agent, id, "agent_" + Bk.Random(6).ToLowerInvariant(), "AVAILABLE", now);
                r.SetData(new JsonObject
                {
                    ["account_id"] = rt.Options.AccountId, ["backup_master_ip"] = "33.44.55.66", ["backup_master_name"] = "backupmaster01",
                    ["backup_policy_count"] = 0, ["connection_check_time"] = now, ["connection_state"] = "SUCCESS", ["created_at"] = now, ["created_by"] = user,
                    ["id"] = id, ["install_file_path"] = Installer(server.OsType), ["media_servers"] = new JsonArray(new JsonObject { ["ip_address"] = "33.44.55.70", ["name"] = "mediaserver01" }),
                    ["modified_at"] = now, ["modified_by"] = user, ["name"] = r.Name, ["server_backup_agent_ip"] = server.Ip, ["server_category"] = server.Category,
                    ["server_gateway_ip"] = "22.33.44.55", ["server_name"] = server.Name, ["server_os_type"] = server.OsType, ["server_uuid"] = server.Id,
                    ["subnet_id"] = subnet, ["subnet_name"] = subnet == null ? null : "subnet-app",
                });
                rt.Store.Insert(r);
                return r;
            });
            return Bk.Answer(agent.Id);
        });

        v1.MapGet("/backup-agents/{backup_agent_id}", (string backup_agent_id) => Reply.Json(Render(rt, Bk.Require(rt, Bk.Agent, backup_agent_id, "Backup agent"), null)));

        v1.MapDelete("/backup-agents/{backup_agent_id}", (string backup_agent_id) =>
        {
            rt.Store.Atomic(() =>
            {
                var agent = Bk.Require(rt, Bk.Agent, backup_agent_id, "Backup agent");
                // The emulator's choice: an agent some backup still uses cannot go (SCP documents no cause for refusals).
                if ((agent.Data()["backup_policy_count"]?.GetValue<int>() ?? 0) > 0)
                    throw ApiException.BadRequest("AGENT_IN_USE", $"Backup agent '{agent.Id}' is used by backups; delete them first.");
                rt.Store.Delete(Bk.Service, Bk.Agent, agent.Id);
            });
            return Bk.Answer(backup_agent_id);
        });

        v1.MapGet("/backup-agents/{backup_agent_id}/check-connection-state", (string backup_agent_id) =>
        {
            rt.Store.Atomic(() =>
            {
                var agent = Bk.Require(rt, Bk.Agent, backup_agent_id, "Backup agent");
                // The check runs for the configured delay; its result and time show once it has ended
                // (kept in private fields that answers never carry; see Render).
                var d = Settled(rt, agent.Data());
                d["_check_due"] = rt.Now().Add(rt.Options.TransitionDelay).ToUnixTimeMilliseconds();
                d["_check_result"] = options.ConnectionOutcome;
                agent.SetData(d);
                rt.Store.Update(agent);
            });
            return Bk.Answer(backup_agent_id, 202);
        });

        v1.MapGet("/backup-agents/targets", (HttpContext ctx) =>
        {
            var errors = new ValidationErrors();
            var category = errors.Field(() => Bk.RequiredQuery(ctx, "server_category"), c => Bk.OneOf(c, Bk.ServerCategories, "query", "server_category"));
            var q = errors.Field(() => Bk.Paged(ctx, Bk.Agent, new Dictionary<string, string> { ["server_name"] = "server_name" }, "server_name:asc", 20));
            errors.ThrowIfAny();
            var name = ListParameters.Value(ctx, "server_name");
            var desc = (ListParameters.Value(ctx, "sort") ?? "").EndsWith(":desc", StringComparison.OrdinalIgnoreCase);
            var targets = BkServers.All(rt, category).Where(s => BkServers.AgentOf(rt, s.Id) == null)
                .Where(s => name == null || s.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
            targets = desc ? targets.OrderByDescending(s => s.Name, StringComparer.Ordinal) : targets.OrderBy(s => s.Name, StringComparer.Ordinal);
            return SettingsRoutes.Computed(targets.Select(s => new JsonObject
            {
                ["server_backup_agent_ip"] = s.Ip, ["server_name"] = s.Name, ["server_state"] = "RUNNING", ["server_type"] = s.Type,
                ["server_uuid"] = s.Id, ["vpc_id"] = s.VpcId,
            }).ToList(), q);
        });

        v1.MapGet("/backup-agents/agent-install-file-path", (HttpContext ctx) =>
        {
            var os = Bk.RequiredQuery(ctx, "os_type");
            Bk.OneOf(os, new[] { "WINDOWS", "LINUX" }, "query", "os_type");
            return Reply.Json(new JsonObject { ["install_file_path"] = Installer(os) });
        });
    }

    /// <summary>The agent as SCP shows it: a connection check that has ended shows its time and result.</summary>
    private static JsonObject Render(EmulatorRuntime rt, Store.Resource agent, IReadOnlyCollection<string>? fields)
    {
        var d = Settled(rt, agent.Data());
        d["state"] = agent.State;
        d.Remove("_check_due");
        d.Remove("_check_result");
        if (fields == null) return d;
        var picked = new JsonObject();
        foreach (var f in fields) picked[f] = d[f]?.DeepClone();
        return picked;
    }

    private static JsonObject Settled(EmulatorRuntime rt, JsonObject d)
    {
        if (d["_check_due"]?.GetValue<long>() is long due && due <= rt.Now().ToUnixTimeMilliseconds())
        {
            // A check time strictly after the call, so "checked since I asked" is always true once it has run.
            d["connection_check_time"] = Bk.Time(DateTimeOffset.FromUnixTimeMilliseconds(due).AddSeconds(1));
            d["connection_state"] = d["_check_result"]?.DeepClone();
            d.Remove("_check_due");
            d.Remove("_check_result");
        }
        return d;
    }

    private static string Installer(string os) => os == "WINDOWS"
        ? "https://backup-agent.samsungsdscloud.com/windows/scp-backup-agent.msi"
        : "https://backup-agent.samsungsdscloud.com/linux/scp-backup-agent.tar.gz";
}

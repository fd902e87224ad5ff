using System;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.Backup;

/// <summary>Recovery points, restores (to a new server or through an agent) and the restore history.</summary>
internal static class RestoreRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt, BkOptions options)
    {
        v1.MapGet("/backups/{backup_id}/restore-targets", (HttpContext ctx, string backup_id) => BackupHistory.Points.Page(ctx, rt, backup_id));

        v1.MapDelete("/backups/{backup_id}/restore-targets", (HttpContext ctx, string backup_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var ids = errors.Field(() => BkBody.Strings(body, "restore_target_ids", allowSingle: false)
                ?? throw new ValidationException("body", "restore_target_ids", "Field required.", "missing"));
            errors.ThrowIfAny();
            rt.Store.Atomic(() =>
            {
                JobRoutes.RequireSettled(rt, backup_id);
                foreach (var id in ids) RecoveryPoints.Require(rt, backup_id, id);
                foreach (var id in ids) rt.Store.Delete(Bk.Service, Bk.RecoveryPoint, id);
            });
            return Bk.Answer(backup_id);
        });

        v1.MapPost("/backups/{backup_id}/restore", (HttpContext ctx, string backup_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var name = errors.Field(() => body.RequiredString("restore_server_name"), n =>
            {
                if (n.Length is < 1 or > 63 || !n.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ' '))
                    throw new ValidationException("body", "restore_server_name", "String should match pattern '^[a-zA-Z0-9-_ ]*$' with 1 to 63 characters.", "string_pattern_mismatch");
            });
            var pointId = errors.Field(() => body.RequiredString("restore_target_id"));
            errors.Field(() => body.RequiredString("server_type_id"));
            errors.Field(() => body.OptionalString("restore_region"));
            errors.Field(() => BkBody.Strings(body, "security_groups", allowSingle: false));
            errors.Check(() =>
            {
                if (body.Node("networks") is { } n && (n is not JsonArray a || a.Any(x => x is not JsonObject o || o["subnet_id"] is not JsonValue)))
                    throw new ValidationException("body", "networks", "Each network should be an object with a string 'subnet_id'.", "model_type");
            });
            errors.ThrowIfAny();
            rt.Store.Atomic(() =>
            {
                var backup = JobRoutes.RequireSettled(rt, backup_id);
                var point = RecoveryPoints.Require(rt, backup_id, pointId);
                if (point.Data()["is_restore_available"]?.GetValue<bool>() != true)
                    throw ApiException.BadRequest("NOT_RESTORABLE", $"Restore target '{pointId}' cannot be restored now.");
                // 409 is documented without its cause: the emulator answers it for a restore already running and for a name in use.
                if (rt.Store.Children(Bk.Service, Bk.Restore, backup_id).Any(r => r.State == "INPROGRESS"))
                    throw new ApiException(409, "RESTORE_IN_PROGRESS", $"A restore of backup '{backup_id}' is in progress.");
                if (NameTaken(rt, name))
                    throw new ApiException(409, "DUPLICATE_NAME", $"A server named '{name}' already exists or is being restored.");
                StartRestore(rt, backup, point, name, null, options.RestoreOutcome);
            });
            return Bk.Answer(backup_id, 202);
        });

        v1.MapPost("/backups/{backup_id}/restore-agent-backup", (HttpContext ctx, string backup_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var pointId = errors.Field(() => body.RequiredString("restore_target_id"));
            var serverId = errors.Field(() => body.RequiredString("restore_server_uuid"));
            errors.Field(() => body.OptionalBool("overwrite"));
            errors.Check(() =>
            {
                if (body.Node("filesystem_paths") is not JsonArray a || a.Count == 0 || a.Any(x => x is not JsonObject o
                        || o["source"] is not JsonValue || o["destination"] is not JsonValue))
                    throw new ValidationException("body", "filesystem_paths", "Field required: a list of {source, destination}.", "missing");
            });
            errors.ThrowIfAny();
            rt.Store.Atomic(() =>
            {
                var backup = Bk.Require(rt, Bk.Backup, backup_id, "Backup");
                if (backup.Data()["policy_type"]?.GetValue<string>() != "FILESYSTEM")
                    throw ApiException.BadRequest("INVALID_POLICY_TYPE", $"Backup '{backup_id}' is not a FILESYSTEM backup; restore it with Restore Backup.");
                JobRoutes.Advance(rt, backup_id);
                var point = RecoveryPoints.Require(rt, backup_id, pointId);
                var server = BkServers.Find(rt, serverId) ?? throw ApiException.NotFound("Server", serverId);
                if (BkServers.AgentOf(rt, serverId)?.State != "AVAILABLE")
                    throw ApiException.BadRequest("AGENT_REQUIRED", $"Server '{server.Name}' has no available backup agent.");
                StartRestore(rt, backup, point, server.Name, server.Id, options.RestoreOutcome);
            });
            return Bk.Answer(backup_id);
        });

        v1.MapGet("/backups/{backup_id}/restore-histories", (HttpContext ctx, string backup_id) => BackupHistory.Restores.Page(ctx, rt, backup_id));

        v1.MapGet("/backups/restore/check-name-duplication", (HttpContext ctx) => Bk.Check(NameTaken(rt, Bk.RequiredQuery(ctx, "restore_server_name"))));
    }

    /// <summary>A server of that name exists (Virtual Server) or a restore to that name is recorded.</summary>
    private static bool NameTaken(EmulatorRuntime rt, string name) =>
        BkServers.All(rt).Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        || rt.Store.Count(Bk.Service, Bk.Restore, "name = $n", ("$n", name)) > 0;

    private static void StartRestore(EmulatorRuntime rt, Resource backup, Resource point, string serverName, string? serverId, string outcome)
    {
        var now = Bk.Time(rt.Now());
        var user = Bk.UserId(rt.Options.AccountId);
        var r = Bk.New(Bk.Restore, Guid.NewGuid().ToString(), serverName, "INPROGRESS", now, backup.Id);
        r.SetData(new JsonObject
        {
            ["backup_id"] = backup.Id, ["backup_start_time"] = point.Data()["backup_start_time"]?.DeepClone(), ["created_at"] = now, ["created_by"] = user,
            ["modified_at"] = now, ["modified_by"] = user, ["restore_end_time"] = null, ["restore_server_id"] = serverId ?? Guid.NewGuid().ToString(),
            ["restore_server_name"] = serverName, ["restore_start_time"] = now, ["schedule_name"] = point.Data()["schedule_name"]?.DeepClone(),
        });
        r.Transition("INPROGRESS", outcome, rt.DueAt());
        rt.Store.Insert(r);
    }
}

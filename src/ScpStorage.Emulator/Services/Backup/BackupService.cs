using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.Backup;

/// <summary>
/// Backup (CURRENT 1.2): backups and their settings, schedules, jobs, recovery points, restores
/// and agents. Jobs, restores and connection checks end after the configured delay; scheduled
/// runs happen only when <c>POST /_emulator/backup/run-schedules</c> asks, so tests are deterministic.
/// </summary>
internal sealed class BackupService : IEmulatedService
{
    private readonly BkOptions _options = new();

    public string Name => Bk.Service;

    public void Initialize(EmulatorRuntime runtime)
    {
        if (runtime.Store.Count(Bk.Service, Bk.FixtureServer) == 0) runtime.Store.InsertMany(BkServers.Fixtures());
    }

    public void Map(RouteGroupBuilder v1, EmulatorRuntime runtime)
    {
        BackupRoutes.Map(v1, runtime);
        SettingsRoutes.Map(v1, runtime);
        JobRoutes.Map(v1, runtime, _options);
        RestoreRoutes.Map(v1, runtime, _options);
        LookupRoutes.Map(v1, runtime);
        AgentRoutes.Map(v1, runtime, _options);
    }

    /// <summary>Backup data comes from <c>POST /_emulator/backup/seed</c>, not the volume seed.</summary>
    public void Seed(EmulatorRuntime runtime, SeedRequest request) { }

    /// <summary>Backups are listed by the ten thousand: their list items are rendered when written.</summary>
    public IEnumerable<ListShape> ListShapes => new[] { new ListShape(Bk.Service, Bk.Backup, r => JsonText.Pick(r, null, Bk.BackupListFields)) };

    public void MapAdmin(RouteGroupBuilder admin, EmulatorRuntime runtime)
    {
        admin.MapGet("/options", () => Reply.Json(Describe()));
        admin.MapPut("/options", async (HttpContext ctx) =>
        {
            var body = await JsonNode.ParseAsync(ctx.Request.Body) as JsonObject ?? new JsonObject();
            string? Pick(string field, string[] allowed)
            {
                var v = body[field]?.GetValue<string>();
                Bk.OneOf(v, allowed, "body", field);
                return v;
            }
            _options.JobOutcome = Pick("job_outcome", new[] { "SUCCESS", "PARTIAL_SUCCESS", "FAILED" }) ?? _options.JobOutcome;
            _options.RestoreOutcome = Pick("restore_outcome", new[] { "COMPLETED", "PARTIAL_SUCCESS", "FAILED" }) ?? _options.RestoreOutcome;
            _options.ConnectionOutcome = Pick("connection_outcome", new[] { "SUCCESS", "FAIL" }) ?? _options.ConnectionOutcome;
            return Reply.Json(Describe());
        });
        admin.MapPost("/run-schedules", () => Reply.Json(new JsonObject { ["started"] = JobRoutes.RunSchedules(runtime, _options.JobOutcome) }));
        admin.MapPost("/seed", async (HttpContext ctx) =>
        {
            var body = await JsonNode.ParseAsync(ctx.Request.Body) as JsonObject ?? new JsonObject();
            var count = body["backups"]?.GetValue<int>() ?? 0;
            var points = body["recovery_points"]?.GetValue<int>() ?? 0;
            BkSeeder.Seed(runtime, count, points);
            return Reply.Json(new JsonObject { ["backups"] = count, ["recovery_points"] = points });
        });
    }

    private JsonObject Describe() => new()
    {
        ["job_outcome"] = _options.JobOutcome, ["restore_outcome"] = _options.RestoreOutcome, ["connection_outcome"] = _options.ConnectionOutcome,
    };
}

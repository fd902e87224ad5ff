using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Services;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Admin;

/// <summary>
/// Unsigned control routes under /_emulator/, untouched by fault injection. They are not
/// regional: the request log and the faults cover every region (each logged request names its
/// region and environment), and seeding adds to the default region unless the body names
/// another (<c>"region"</c> and <c>"environment"</c>).
/// </summary>
internal static class AdminRoutes
{
    public static void Map(IEndpointRouteBuilder app, EmulatorRuntime rt)
    {
        var admin = app.MapGroup("/_emulator");
        admin.MapGet("/health", () => Reply.Json(new JsonObject { ["status"] = "ok" }));
        admin.MapGet("/requests", () => Reply.Raw(System.Text.Json.JsonSerializer.Serialize(rt.Log.Snapshot(), JsonText.Options)));
        admin.MapDelete("/requests", () => { rt.Log.Clear(); return Results.NoContent(); });
        admin.MapGet("/faults", () => Reply.Json(Describe(rt.Faults)));
        admin.MapPut("/faults", async (HttpContext ctx) =>
        {
            var body = await ReadObject(ctx);
            FaultSettings.Apply(rt.Faults, body);
            return Reply.Json(Describe(rt.Faults));
        });
        admin.MapDelete("/faults", () => { rt.Faults.Reset(); return Results.NoContent(); });
        // Lets Stop-ScpEmulator end the process cleanly (state flushed, port released) instead of
        // killing it; only a caller on this machine may ask.
        admin.MapPost("/shutdown", (HttpContext ctx) =>
        {
            var from = ctx.Connection.RemoteIpAddress;
            if (from == null || !System.Net.IPAddress.IsLoopback(from)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            rt.RequestShutdown();
            return Results.Accepted();
        });
        admin.MapPost("/seed", async (HttpContext ctx) =>
        {
            var body = await ReadObject(ctx);
            var request = new SeedRequest(Int(body, "volumes"), Int(body, "snapshots"));
            var scope = Scope(body, rt.DefaultScope);
            IReadOnlyList<IEmulatedService> services;
            try { services = rt.Services.ToSeed(Names(body, "services")); }
            catch (ArgumentException e) { throw new ValidationException("body", "services", e.Message, "value_error"); }
            using (rt.Use(scope))
                foreach (var service in services) service.Seed(rt, request);
            return Reply.Json(new JsonObject
            {
                ["volumes"] = request.Volumes, ["snapshots"] = request.Snapshots, ["region"] = scope.Region, ["environment"] = scope.Environment,
            });
        });
        // Each service's own control routes, under /_emulator/{service}.
        foreach (var service in rt.Services.All) service.MapAdmin(admin.MapGroup("/" + service.Name), rt);
    }

    private static async Task<JsonObject> ReadObject(HttpContext ctx)
    {
        try
        {
            var node = await JsonNode.ParseAsync(ctx.Request.Body, cancellationToken: ctx.RequestAborted);
            return node as JsonObject ?? throw new ValidationException("body", "__root__", "Input should be a JSON object.", "dict_type");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ValidationException("body", "__root__", "Invalid JSON: " + e.Message, "json_invalid");
        }
    }

    /// <summary>The region a seed body names (either field may be left out: the default's is used).</summary>
    private static RegionScope Scope(JsonObject body, RegionScope fallback)
    {
        var environment = Text(body, "environment") ?? fallback.Environment;
        var region = Text(body, "region") ?? fallback.Region;
        return RegionScope.Parse(environment, region, out var error)
            ?? throw new ValidationException("body", body.ContainsKey("region") ? "region" : "environment", error!, "value_error");
    }

    private static string? Text(JsonObject body, string field)
    {
        try { return body[field]?.GetValue<string>(); }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            throw new ValidationException("body", field, "Input should be a valid string.", "string_type");
        }
    }

    /// <summary>An optional array of strings; null when absent.</summary>
    private static string[]? Names(JsonObject body, string field)
    {
        if (body[field] == null) return null;
        try { return body[field]!.AsArray().Select(n => n!.GetValue<string>()).ToArray(); }
        catch (Exception e) when (e is InvalidOperationException or FormatException or NullReferenceException)
        {
            throw new ValidationException("body", field, "Input should be a valid list of service names.", "list_type");
        }
    }

    private static int Int(JsonObject body, string field)
    {
        try { return body[field]?.GetValue<int>() ?? 0; }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            throw new ValidationException("body", field, "Input should be a valid integer.", "int_type");
        }
    }

    private static JsonObject Describe(FaultOptions f)
    {
        var rates = new JsonObject();
        foreach (var (status, rate) in f.ErrorRates.OrderBy(r => r.Key))
            rates[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = rate;
        return new JsonObject
        {
            ["latency_ms"] = (long)f.Latency.TotalMilliseconds,
            ["error_rates"] = rates,
            ["drop_rate"] = f.DropRate,
            ["lose_rate"] = f.LoseRate,
            ["late_rate"] = f.LateRate,
            ["late_answer_ms"] = (long)f.LateAnswerDelay.TotalMilliseconds,
            ["retry_after_seconds"] = f.RetryAfterSeconds,
        };
    }
}

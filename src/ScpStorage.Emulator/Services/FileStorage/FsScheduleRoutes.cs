using System;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.FileStorage;

/// <summary>
/// /v1/snapshot-schedules: ListSnapshotSchedule, CreateSnapshotSchedule, SetSnapshotSchedule,
/// DeleteSnapshotSchedule. The retention count is the volume's (kept in its stored JSON); the
/// policy is enabled while the volume has a schedule (emulator choice).
/// </summary>
internal static class FsScheduleRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/snapshot-schedules", (HttpContext ctx) =>
        {
            var volumeId = FileShapes.RequiredQuery(ctx, "volume_id");
            var (volume, entries) = rt.Store.Atomic(() =>
                (Fs.Require(rt, Fs.Volume, volumeId, "Volume"), rt.Store.Children(Fs.Service, Fs.Schedule, volumeId)));
            return Reply.Json(new JsonObject
            {
                ["snapshot_retention_count"] = volume.Data()["snapshot_retention_count"]?.DeepClone(),
                ["volume_id"] = volumeId,
                ["snapshot_policy_enabled"] = entries.Count > 0,
                ["snapshot_schedule"] = new JsonArray(entries.Select(e => (JsonNode?)FileShapes.Pick(e, null, Fs.ScheduleListFields)).ToArray()),
            });
        });

        v1.MapPost("/snapshot-schedules", (HttpContext ctx) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var volumeId = errors.Field(() => body.RequiredString("volume_id"));
            var retention = errors.Field(() => body.OptionalInt("snapshot_retention_count"));
            var entry = errors.Field(() => Entry(body));
            errors.ThrowIfAny();
            rt.Store.Atomic(() =>
            {
                var volume = Fs.Require(rt, Fs.Volume, volumeId, "Volume");
                Fs.RequireAvailable(volume);
                if (rt.Store.Children(Fs.Service, Fs.Schedule, volumeId).Any(e => Same(e.Data(), entry)))
                    throw new ApiException(409, "DUPLICATE_SCHEDULE", $"Volume '{volumeId}' already has this schedule.");
                var id = Guid.NewGuid().ToString();
                var r = FileShapes.NewResource(Fs.Service, Fs.Schedule, id, null, "", FileShapes.Timestamp(rt), volumeId);
                var data = (JsonObject)entry.DeepClone();
                data["id"] = id;
                r.SetData(data);
                rt.Store.Insert(r);
                SetRetention(rt, volume, retention);
            });
            return Answer(rt, volumeId, entry);
        });

        v1.MapPut("/snapshot-schedules/{snapshot_schedule_id}", (HttpContext ctx, string snapshot_schedule_id) =>
        {
            var volumeId = FileShapes.RequiredQuery(ctx, "volume_id");
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var retention = errors.Field(() => body.OptionalInt("snapshot_retention_count"));
            var entry = errors.Field(() => Entry(body));
            errors.ThrowIfAny();
            rt.Store.Atomic(() =>
            {
                var r = Fs.RequireChild(rt, Fs.Schedule, snapshot_schedule_id, volumeId, "Snapshot schedule");
                var volume = Fs.Require(rt, Fs.Volume, volumeId, "Volume");
                Fs.RequireAvailable(volume);
                var data = (JsonObject)entry.DeepClone();
                data["id"] = r.Id;
                r.SetData(data);
                rt.Store.Update(r);
                SetRetention(rt, volume, retention);
            });
            return Answer(rt, volumeId, entry);
        });

        v1.MapDelete("/snapshot-schedules/{snapshot_schedule_id}", (HttpContext ctx, string snapshot_schedule_id) =>
        {
            var volumeId = FileShapes.RequiredQuery(ctx, "volume_id");
            rt.Store.Atomic(() =>
            {
                Fs.RequireChild(rt, Fs.Schedule, snapshot_schedule_id, volumeId, "Snapshot schedule");
                rt.Store.Delete(Fs.Service, Fs.Schedule, snapshot_schedule_id);
            });
            return Reply.Accepted();
        });
    }

    /// <summary>SnapshotSchedule: frequency WEEKLY|DAILY, day_of_week SUN…SAT (optional), hour "0"…"23" (a string).</summary>
    private static JsonObject Entry(RequestBody body)
    {
        if (body.Node("snapshot_schedule") is not JsonObject s)
            throw new ValidationException("body", "snapshot_schedule", "Field required: an object with frequency and hour.", "missing");
        var errors = new ValidationErrors();
        string? Str(string field, string pattern, bool required) => errors.Field<string?>(() =>
        {
            var node = s[field];
            if (node == null) return required ? throw new ValidationException("body", "snapshot_schedule." + field, "Field required.", "missing") : null;
            if (node is not JsonValue v || !v.TryGetValue<string>(out var text))
                throw new ValidationException("body", "snapshot_schedule." + field, "Input should be a valid string.", "string_type");
            FileShapes.Pattern(text, "body", "snapshot_schedule." + field, pattern);
            return text;
        });
        var frequency = Str("frequency", "^(WEEKLY|DAILY)$", true);
        var day = Str("day_of_week", "^(SUN|MON|TUE|WED|THU|FRI|SAT)$", false);
        var hour = Str("hour", "^([0-9]|1[0-9]|2[0-3])$", true);
        errors.ThrowIfAny();
        return new JsonObject { ["frequency"] = frequency, ["day_of_week"] = day, ["hour"] = hour };
    }

    private static bool Same(JsonObject a, JsonObject b) =>
        Fs.ScheduleFields.All(f => (string?)a[f] == (string?)b[f]);

    private static void SetRetention(EmulatorRuntime rt, Resource volume, long? retention)
    {
        if (!retention.HasValue) return;
        var data = volume.Data();
        data["snapshot_retention_count"] = retention.Value;
        volume.SetData(data);
        rt.Store.Update(volume);
    }

    /// <summary>SnapshotScheduleCreateResponse / SnapshotScheduleSetResponse: the entry without its id.</summary>
    private static IResult Answer(EmulatorRuntime rt, string volumeId, JsonObject entry) => Reply.Json(new JsonObject
    {
        ["snapshot_retention_count"] = Fs.Require(rt, Fs.Volume, volumeId, "Volume").Data()["snapshot_retention_count"]?.DeepClone(),
        ["volume_id"] = volumeId,
        ["snapshot_schedule"] = entry.DeepClone(),
    }, 202);
}

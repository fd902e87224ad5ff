using System;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Core.Config;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.FileStorage;

/// <summary>
/// /v1/replications: create (the replica volume is made in the target region's own state,
/// purpose = the replication type), list, show, set, delete (the replica stays), and the
/// regions a volume can be replicated to (every region of the environment but the source's).
/// </summary>
internal static class FsReplicationRoutes
{
    private const string Frequencies = "^(5min|hourly|daily|weekly|monthly)$";

    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/replications/regions", (HttpContext ctx) =>
        {
            var errors = new ValidationErrors();
            errors.Field(() => FileShapes.RequiredQuery(ctx, "type_name"), t => FileShapes.Pattern(t, "query", "type_name", "^(HDD|SSD|HighPerformanceSSD)$"));
            var source = errors.Field(() => FileShapes.RequiredQuery(ctx, "source_region_name"));
            errors.Field(() => FileShapes.RequiredQuery(ctx, "replication_type"), t => FileShapes.Pattern(t, "query", "replication_type", "^(replication|backup)$"));
            errors.ThrowIfAny();
            var regions = ScpEndpoints.Regions[rt.Scope.Environment].Where(r => !string.Equals(r, source, StringComparison.OrdinalIgnoreCase));
            return Reply.Json(new JsonObject { ["regions"] = new JsonArray(regions.Select(r => (JsonNode?)r).ToArray()) });
        });

        v1.MapGet("/replications", (HttpContext ctx) =>
        {
            var volumeId = FileShapes.RequiredQuery(ctx, "volume_id");
            var list = rt.Store.Atomic(() =>
            {
                Fs.Require(rt, Fs.Volume, volumeId, "Volume");
                return rt.Store.Children(Fs.Service, Fs.Replication, volumeId);
            });
            return FileShapes.List("replications", list.Select(r => FileShapes.Pick(r, "replication_status", Fs.ReplicationListFields)));
        });

        v1.MapGet("/replications/{replication_id}", (HttpContext ctx, string replication_id) =>
        {
            var volumeId = FileShapes.RequiredQuery(ctx, "volume_id");
            var r = rt.Store.Atomic(() => Fs.RequireChild(rt, Fs.Replication, replication_id, volumeId, "Replication"));
            return Reply.Json(FileShapes.Pick(r, "replication_status", Fs.ReplicationShowFields));
        });

        v1.MapPost("/replications", (HttpContext ctx) => Create(ctx, rt));

        v1.MapPut("/replications/{replication_id}", (HttpContext ctx, string replication_id) =>
        {
            var volumeId = FileShapes.RequiredQuery(ctx, "volume_id");
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var type = errors.Field(() => body.RequiredString("replication_update_type"), t => FileShapes.Pattern(t, "body", "replication_update_type", "^(policy|modify_schedule)$"));
            var policy = errors.Field(() => body.OptionalString("replication_policy"), p => FileShapes.Pattern(p, "body", "replication_policy", "^(use|paused)$"));
            var frequency = errors.Field(() => body.OptionalString("replication_frequency"), f => FileShapes.Pattern(f, "body", "replication_frequency", Frequencies));
            var retention = errors.Field(() => body.OptionalInt("backup_retention_count"), n => Retention(n));
            if (type == "policy" && policy == null)
                errors.Check(() => throw new ValidationException("body", "replication_policy", "Required when replication_update_type is policy.", "missing"));
            if (type == "modify_schedule" && frequency == null && retention == null)
                errors.Check(() => throw new ValidationException("body", "replication_frequency", "modify_schedule needs replication_frequency or backup_retention_count.", "missing"));
            errors.ThrowIfAny();
            var updated = rt.Store.Atomic(() =>
            {
                var r = Fs.RequireChild(rt, Fs.Replication, replication_id, volumeId, "Replication");
                if (r.State == "creating") throw ApiException.InvalidState($"Replication '{r.Id}' is still creating.");
                var data = r.Data();
                if (type == "policy") data["replication_policy"] = policy;
                else
                {
                    if (frequency != null) data["replication_frequency"] = frequency;
                    if (retention != null) data["backup_retention_count"] = retention;
                }
                r.SetData(data);
                rt.Store.Update(r);
                return r;
            });
            return Reply.Json(FileShapes.Pick(updated, "replication_status", Fs.ReplicationUpdateFields), 202);
        });

        v1.MapDelete("/replications/{replication_id}", (HttpContext ctx, string replication_id) =>
        {
            var volumeId = FileShapes.RequiredQuery(ctx, "volume_id");
            rt.Store.Atomic(() =>
            {
                var r = Fs.RequireChild(rt, Fs.Replication, replication_id, volumeId, "Replication");
                if (r.State == "deleting") throw ApiException.InvalidState($"Replication '{r.Id}' is already being deleted.");
                r.Transition("deleting", Resource.Deleted, rt.DueAt());
                rt.Store.Update(r);
            });
            return Reply.Accepted();
        });
    }

    private static void Retention(long? n)
    {
        if (n is < 1 or > 128) throw new ValidationException("body", "backup_retention_count", "Input should be between 1 and 128.", "less_than_equal");
    }

    private static IResult Create(HttpContext ctx, EmulatorRuntime rt)
    {
        var body = RequestBody.Read(ctx);
        var errors = new ValidationErrors();
        var name = errors.Field(() => body.RequiredString("name"), n => FileShapes.ValidateVolumeName(n, "name"));
        errors.Field(() => body.OptionalString("cifs_password")); // accepted, never stored or answered
        var frequency = errors.Field(() => body.RequiredString("replication_frequency"), f => FileShapes.Pattern(f, "body", "replication_frequency", Frequencies));
        var region = errors.Field(() => body.RequiredString("region"));
        var volumeId = errors.Field(() => body.RequiredString("volume_id"));
        var retention = errors.Field(() => body.OptionalInt("backup_retention_count"), n => Retention(n));
        var type = errors.Field(() => body.RequiredString("replication_type"), t => FileShapes.Pattern(t, "body", "replication_type", "^(replication|backup)$"));
        RegionScope? target = null;
        if (region != null)
            errors.Check(() => target = RegionScope.Parse(rt.Scope.Environment, region, out var e)
                ?? throw new ValidationException("body", "region", e!, "value_error"));
        errors.ThrowIfAny();

        var source = rt.Scope;
        var targetStore = target == source ? rt.Store : rt.StoreOf(target!);
        var replication = rt.Store.Atomic(() =>
        {
            var volume = Fs.Require(rt, Fs.Volume, volumeId, "Volume");
            Fs.RequireAvailable(volume);
            if (targetStore.Count(Fs.Service, Fs.Volume, "name = $n", ("$n", name)) > 0)
                throw new ApiException(409, "DUPLICATE_NAME", $"A file volume named '{name}' already exists in {target!.Region}.");
            var data = volume.Data();
            var now = FileShapes.Timestamp(rt);
            var replica = FsVolumeRoutes.NewVolume(rt, Guid.NewGuid().ToString(), name, (string)data["protocol"]!, (string)data["type_name"]!, type, now);
            replica.Transition("creating", "available", rt.DueAt());
            targetStore.Insert(replica);

            var id = Guid.NewGuid().ToString();
            var r = FileShapes.NewResource(Fs.Service, Fs.Replication, id, name, "creating", now, volumeId);
            r.SetData(new JsonObject
            {
                ["replication_id"] = id, ["replication_frequency"] = frequency,
                ["source_volume_id"] = volumeId, ["source_volume_region"] = source.Region, ["source_volume_access_level"] = "ro",
                ["replication_volume_id"] = replica.Id, ["replication_volume_region"] = target!.Region, ["replication_volume_access_level"] = "ro",
                ["replication_type"] = type, ["source_volume_name"] = volume.Name, ["replication_policy"] = "use",
                ["replication_volume_name"] = name, ["backup_retention_count"] = retention, ["protocol"] = data["protocol"]?.DeepClone(),
            });
            // The settled status is undocumented (only "creating" is): "active" is the emulator's choice.
            r.Transition("creating", "active", rt.DueAt());
            rt.Store.Insert(r);
            return r;
        });
        return Reply.Json(FileShapes.Pick(replication, "replication_status", Fs.ReplicationCreateFields), 202);
    }
}

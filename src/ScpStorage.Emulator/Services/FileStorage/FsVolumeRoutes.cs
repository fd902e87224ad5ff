using System;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.FileStorage;

/// <summary>/v1/volumes: ListVolumes, CreateVolume, ShowVolume, SetVolume, DeleteVolume.</summary>
internal static class FsVolumeRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/volumes", (HttpContext ctx) =>
        {
            var errors = new ValidationErrors();
            // The 1.0 yaml's sort pattern: one key, name or created_at, with :asc or :desc.
            errors.Check(() => FileShapes.Pattern(ListParameters.Value(ctx, "sort"), "query", "sort", "^(name:asc|name:desc|created_at:asc|created_at:desc)$"));
            var typeName = ListParameters.Value(ctx, "type_name");
            errors.Check(() => FileShapes.Pattern(typeName, "query", "type_name", "^(HDD|SSD|HighPerformanceSSD)$"));
            errors.ThrowIfAny();
            var q = ListParameters.Parse(ctx, Fs.Service, Fs.Volume, Fs.SortKeys);
            if (ListParameters.Value(ctx, "name") is { } name) q.Where("name = {0}", name);
            if (typeName != null) q.Where("json_extract(json,'$.type_name') = {0}", typeName);
            q.Read = ListRead.Shape;
            return ListParameters.Respond(ListParameters.Run(rt, q), "filestorages", r => ListParameters.ListItem(r, "state"));
        });

        v1.MapPost("/volumes", (HttpContext ctx) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var name = errors.Field(() => body.RequiredString("name"), n => FileShapes.ValidateVolumeName(n, "name"));
            var protocol = errors.Field(() => body.RequiredString("protocol"), p => FileShapes.Pattern(p, "body", "protocol", "^(NFS|CIFS)$"));
            var typeName = errors.Field(() => body.RequiredString("type_name"), t => FileShapes.Pattern(t, "body", "type_name", "^(HDD|SSD|HighPerformanceSSD)$"));
            var snapshotId = errors.Field(() => body.OptionalString("snapshot_id"));
            errors.Field(() => body.OptionalString("cifs_password")); // accepted, never stored or answered
            errors.Check(() => FileShapes.ValidateTags(body.Node("tags")));
            errors.ThrowIfAny();

            var volume = rt.Store.Atomic(() =>
            {
                if (rt.Store.Count(Fs.Service, Fs.Volume, "name = $n", ("$n", name)) > 0)
                    throw new ApiException(409, "DUPLICATE_NAME", $"A file volume named '{name}' already exists.");
                if (snapshotId != null)
                {
                    var snap = rt.Store.Get(Fs.Service, Fs.Snapshot, snapshotId) ?? throw ApiException.NotFound("Snapshot", snapshotId);
                    if (snap.State != "available") throw ApiException.InvalidState($"Snapshot '{snapshotId}' is {snap.State}, not available.");
                }
                var r = NewVolume(rt, Guid.NewGuid().ToString(), name, protocol, typeName, Fs.OrdinaryPurpose, FileShapes.Timestamp(rt));
                r.Transition("creating", "available", rt.DueAt());
                rt.Store.Insert(r);
                return r;
            });
            return Reply.Json(new JsonObject
            {
                ["protocol"] = protocol, ["snapshot_id"] = snapshotId, ["type_name"] = typeName, ["volume_id"] = volume.Id, ["volume_name"] = name,
            }, 202);
        });

        v1.MapGet("/volumes/{volume_id}", (string volume_id) =>
            Reply.Json(FileShapes.Pick(Fs.Require(rt, Fs.Volume, volume_id, "Volume"), "state", Fs.VolumeShowFields)));

        v1.MapPut("/volumes/{volume_id}", (HttpContext ctx, string volume_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var enabled = errors.Field(() => body.OptionalBool("file_unit_recovery_enabled")
                ?? throw new ValidationException("body", "file_unit_recovery_enabled", "Field required.", "missing"));
            errors.ThrowIfAny();
            rt.Store.Atomic(() =>
            {
                var r = Fs.Require(rt, Fs.Volume, volume_id, "Volume");
                Fs.RequireAvailable(r);
                var data = r.Data();
                data["file_unit_recovery_enabled"] = enabled;
                r.SetData(data);
                rt.Store.Update(r);
            });
            return Reply.Json(new JsonObject { ["file_unit_recovery_enabled"] = enabled }, 202);
        });

        v1.MapDelete("/volumes/{volume_id}", (string volume_id) =>
        {
            rt.Store.Atomic(() =>
            {
                var r = Fs.Require(rt, Fs.Volume, volume_id, "Volume");
                Fs.RequireAvailable(r);
                var replications = rt.Store.Children(Fs.Service, Fs.Replication, r.Id);
                if (replications.Count > 0)
                    throw ApiException.InvalidState($"Volume '{r.Id}' has {replications.Count} replication(s); delete them first.");
                var due = rt.DueAt();
                // Snapshots, schedules and access rules belong to the volume and go with it.
                foreach (var kind in new[] { Fs.Snapshot, Fs.Schedule, Fs.Rule })
                    foreach (var child in rt.Store.Children(Fs.Service, kind, r.Id)) rt.Store.Delete(Fs.Service, kind, child.Id);
                r.Transition("deleting", Resource.Deleted, due);
                rt.Store.Update(r);
            });
            return Reply.Accepted();
        });
    }

    /// <summary>A volume as stored: every ShowVolume field but state (a column), plus the per-volume schedule settings.</summary>
    public static Resource NewVolume(EmulatorRuntime rt, string id, string name, string protocol, string typeName, string purpose, string createdAt)
    {
        var r = FileShapes.NewResource(Fs.Service, Fs.Volume, id, name, "available", createdAt, null);
        var shortId = id.Replace("-", "", StringComparison.Ordinal)[..12];
        r.SetData(new JsonObject
        {
            ["id"] = id, ["name"] = name, ["protocol"] = protocol, ["account_id"] = rt.Options.AccountId, ["created_at"] = createdAt,
            ["type_id"] = Fs.TypeIds[typeName], ["type_name"] = typeName, ["purpose"] = purpose,
            ["path"] = protocol == "CIFS" ? $"\\\\10.10.1.5\\{name}_{shortId}" : $"10.10.1.5:/{name}_{shortId}",
            ["usage"] = 0, ["encryption_enabled"] = true, ["file_unit_recovery_enabled"] = false,
            ["cifs_id"] = protocol == "CIFS" ? "cifs_" + shortId : null, ["endpoint_path"] = "10.10.1.5",
            ["snapshot_retention_count"] = null,
        });
        return r;
    }
}

using System.Collections.Generic;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.FileStorage;

/// <summary>File Storage's names, fixtures and answer shapes (seed 003 section 4, models 4.2).</summary>
internal static class Fs
{
    public const string Service = "filestorage";
    public const string Volume = "volume";
    public const string Snapshot = "snapshot";
    public const string Schedule = "snapshot_schedule";
    public const string Rule = "access_rule";
    public const string Replication = "replication";

    /// <summary>Volume types with stable ids (type_id is documented, its values are not).</summary>
    public static readonly IReadOnlyDictionary<string, string> TypeIds = new Dictionary<string, string>
    {
        ["HDD"] = "7a1c5e0b-3f64-4c1e-9a0e-1f2d3c4b5a01",
        ["SSD"] = "7a1c5e0b-3f64-4c1e-9a0e-1f2d3c4b5a02",
        ["HighPerformanceSSD"] = "7a1c5e0b-3f64-4c1e-9a0e-1f2d3c4b5a03",
    };

    /// <summary>Purpose of a volume made by CreateVolume; SCP documents only <c>replication</c> (a replica). Emulator choice.</summary>
    public const string OrdinaryPurpose = "normal";

    public static readonly IReadOnlyDictionary<string, string> SortKeys = new Dictionary<string, string>
    {
        ["name"] = "COALESCE(name,'')", ["created_at"] = "created_at",
    };

    // Exactly the documented fields of each answer schema, in the documentation's order.
    /// <summary>VolumeListResponse's item fields but "state", which the list route splices in (a <see cref="Store.ListShape"/>).</summary>
    public static readonly string[] VolumeListFields = { "id", "name", "protocol", "account_id", "created_at", "type_id", "type_name", "purpose" };
    public static readonly string[] VolumeShowFields =
        { "id", "name", "protocol", "state", "account_id", "created_at", "type_id", "type_name", "purpose", "path", "usage", "encryption_enabled", "file_unit_recovery_enabled", "cifs_id", "endpoint_path" };
    public static readonly string[] SnapshotFields = { "id", "name", "state", "size", "created_at" };
    public static readonly string[] SnapshotDetailFields = { "id", "name", "state", "size", "created_at", "volume_id" };
    public static readonly string[] ScheduleFields = { "frequency", "day_of_week", "hour" };
    public static readonly string[] ScheduleListFields = { "frequency", "day_of_week", "hour", "id" };
    public static readonly string[] RuleFields = { "access_rule_state", "object_type", "object_id" };
    public static readonly string[] ReplicationListFields =
    {
        "replication_id", "replication_frequency", "source_volume_id", "source_volume_region", "source_volume_access_level",
        "replication_volume_id", "replication_volume_region", "replication_volume_access_level", "replication_type",
    };
    public static readonly string[] ReplicationShowFields =
    {
        "replication_id", "replication_frequency", "source_volume_id", "source_volume_region", "source_volume_access_level",
        "replication_volume_id", "replication_volume_region", "replication_volume_access_level", "replication_type",
        "source_volume_name", "replication_policy", "replication_status", "replication_volume_name", "backup_retention_count",
    };
    public static readonly string[] ReplicationCreateFields =
        { "replication_id", "replication_status", "source_volume_id", "source_volume_region", "protocol", "replication_volume_id", "replication_volume_region" };
    public static readonly string[] ReplicationUpdateFields =
    {
        "replication_id", "replication_frequency", "source_volume_id", "source_volume_region", "source_volume_access_level",
        "replication_volume_id", "replication_volume_region", "replication_volume_access_level", "replication_type", "backup_retention_count",
    };

    public static Resource Require(EmulatorRuntime rt, string kind, string id, string what) =>
        rt.Store.Get(Service, kind, id) ?? throw ApiException.NotFound(what, id);

    /// <summary>A child (snapshot, schedule, replication) by id that must belong to <paramref name="volumeId"/> (404 otherwise).</summary>
    public static Resource RequireChild(EmulatorRuntime rt, string kind, string id, string volumeId, string what)
    {
        Require(rt, Volume, volumeId, "Volume");
        var r = rt.Store.Get(Service, kind, id);
        if (r == null || r.Parent != volumeId) throw ApiException.NotFound(what, id);
        return r;
    }

    /// <summary>409 unless the volume is available (every mutating call; SCP documents 409 without saying when).</summary>
    public static void RequireAvailable(Resource volume)
    {
        if (volume.State != "available")
            throw ApiException.InvalidState($"Volume '{volume.Id}' is {volume.State}; it must be available.");
    }
}

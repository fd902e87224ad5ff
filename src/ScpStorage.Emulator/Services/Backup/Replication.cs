using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.Backup;

/// <summary>
/// DR replication: enabling links a replica backup in the region the backup's region replicates
/// to (role REPLICA, the emulator's choice: SCP documents only ORIGINAL); disabling removes it.
/// </summary>
internal static class Replication
{
    /// <summary>Which region replicates to which, per environment (kr-west1 ↔ kr-east1 where both exist).</summary>
    public static IEnumerable<(string From, string To)> Relationships(EmulatorRuntime rt)
    {
        var regions = rt.Scope.Environment == "g" ? new[] { "kr-south1", "kr-south2" } : new[] { "kr-west1", "kr-east1" };
        yield return (regions[0], regions[1]);
        yield return (regions[1], regions[0]);
    }

    public static void Enable(EmulatorRuntime rt, Resource backup)
    {
        var d = backup.Data();
        if (d["replica_backup_id"]?.GetValue<string>() is { } existing && rt.Store.Get(Bk.Service, Bk.Backup, existing) != null) return;
        var region = d["region"]?.GetValue<string>() ?? rt.Scope.Region;
        var to = Relationships(rt).Where(r => r.From == region).Select(r => r.To).FirstOrDefault()
            ?? throw Http.ApiException.BadRequest("NO_REGION_RELATIONSHIP", $"Region '{region}' has no replication partner.");
        var replicaId = Bk.Hex32();
        var replicaData = (JsonObject)d.DeepClone();
        replicaData["id"] = replicaId;
        replicaData["name"] = d["name"]!.GetValue<string>() + "-replica";
        replicaData["role_type"] = "REPLICA";
        replicaData["region"] = to;
        replicaData["origin_backup_id"] = backup.Id;
        replicaData["replica_backup_id"] = null;
        replicaData["dr_enabled"] = false;
        replicaData["dr_region"] = null;
        var replica = Bk.New(Bk.Backup, replicaId, replicaData["name"]!.GetValue<string>(), "AVAILABLE", Bk.Time(rt.Now()));
        replica.SetData(replicaData);
        rt.Store.Insert(replica);
        d["dr_enabled"] = true;
        d["dr_region"] = to;
        d["replica_backup_id"] = replicaId;
        d["modified_at"] = Bk.Time(rt.Now());
        backup.SetData(d);
        rt.Store.Update(backup);
    }

    public static void Disable(EmulatorRuntime rt, Resource backup)
    {
        var d = backup.Data();
        if (d["replica_backup_id"]?.GetValue<string>() is { } replicaId && rt.Store.Get(Bk.Service, Bk.Backup, replicaId) is { } replica)
            BackupRoutes.Remove(rt, replica);
        d["dr_enabled"] = false;
        d["dr_region"] = null;
        d["replica_backup_id"] = null;
        d["modified_at"] = Bk.Time(rt.Now());
        backup.SetData(d);
        rt.Store.Update(backup);
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Store;
using ScpStorage.Emulator.Services.VirtualServer;

namespace ScpStorage.Emulator.Services.Backup;

/// <summary>
/// Bulk backups (<c>seed-backup-000001</c>…, image backups of web01) for paging tests and the
/// listing benchmark, inserted in one transaction; numbering continues across calls. With
/// <c>recovery_points</c>, the first backup gets that many points.
/// </summary>
internal static class BkSeeder
{
    public static void Seed(EmulatorRuntime rt, int backups, int recoveryPoints)
    {
        var store = rt.Store;
        var start = store.Count(Bk.Service, Bk.Backup, "name LIKE 'seed-backup-%'");
        var user = Bk.UserId(rt.Options.AccountId);
        var baseTime = rt.Now();
        var ids = new List<string>();
        store.InsertMany(Enumerable.Range(0, backups).Select(i =>
        {
            var id = Bk.Hex32();
            if (ids.Count < 1) ids.Add(id);
            var name = "seed-backup-" + (start + i + 1).ToString("D6", CultureInfo.InvariantCulture);
            var at = Bk.Time(baseTime.AddSeconds(i - backups));
            var r = Bk.New(Bk.Backup, id, name, "AVAILABLE", at);
            r.SetData(new JsonObject
            {
                ["backup_agent_id"] = null, ["created_at"] = at, ["created_by"] = user, ["dr_enabled"] = false, ["dr_region"] = null, ["encrypt_enabled"] = true,
                ["filesystem_paths"] = null, ["id"] = id, ["is_all_filesystem"] = null, ["modified_at"] = at, ["modified_by"] = user, ["name"] = name,
                ["origin_backup_id"] = null, ["policy_category"] = "AGENTLESS", ["policy_type"] = "VM_IMAGE", ["region"] = rt.Scope.Region,
                ["replica_backup_id"] = null, ["retention_period"] = "MONTH_1", ["role_type"] = "ORIGINAL", ["server_category"] = "VIRTUAL_SERVER",
                ["server_name"] = "web01", ["server_os_type"] = "LINUX", ["server_region"] = rt.Scope.Region, ["server_uuid"] = VsFixtures.Web01Id,
            });
            return r;
        }));
        if (recoveryPoints <= 0) return;
        var owner = ids.FirstOrDefault() ?? store.List(new ListQuery(Bk.Service, Bk.Backup) { Limit = 1 }).Items.Select(b => b.Id).FirstOrDefault();
        if (owner == null) return;
        store.InsertMany(Enumerable.Range(0, recoveryPoints).Select(i =>
        {
            var id = System.Guid.NewGuid().ToString();
            var at = Bk.Time(baseTime.AddMinutes(i - recoveryPoints));
            var r = Bk.New(Bk.RecoveryPoint, id, null, "AVAILABLE", at, owner);
            r.SetData(new JsonObject
            {
                ["backup_start_time"] = at, ["is_restore_available"] = true, ["restore_target_id"] = id, ["retention_period"] = "MONTH_1",
                ["schedule_id"] = "", ["schedule_name"] = "", ["usage_gb"] = 12.5,
            });
            return r;
        }));
    }
}

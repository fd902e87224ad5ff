using System;
using System.Linq;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.Backup;

/// <summary>Recovery points (SCP: restore targets): made by finished jobs, gone after their own retention.</summary>
internal static class RecoveryPoints
{
    public static void Add(EmulatorRuntime rt, Resource backup, JsonObject job)
    {
        var b = backup.Data();
        var id = Guid.NewGuid().ToString();
        var start = job["backup_start_time"]!.GetValue<string>();
        var r = Bk.New(Bk.RecoveryPoint, id, null, "AVAILABLE", start, backup.Id);
        r.SetData(new JsonObject
        {
            ["backup_start_time"] = start, ["is_restore_available"] = true, ["restore_target_id"] = id,
            // Each point keeps the retention in force when it was taken (Update Retention Period changes future points only).
            ["retention_period"] = b["retention_period"]?.DeepClone(), ["schedule_id"] = job["schedule_id"]?.DeepClone(),
            ["schedule_name"] = job["schedule_name"]?.DeepClone(), ["usage_gb"] = 12.5,
        });
        rt.Store.Insert(r);
    }

    /// <summary>Points whose retention (WEEK_2 = 14 days, MONTH_n, YEAR_1: calendar periods from the start time) has passed vanish.</summary>
    public static void Expire(EmulatorRuntime rt, string backupId)
    {
        var now = rt.Now();
        foreach (var p in rt.Store.Children(Bk.Service, Bk.RecoveryPoint, backupId))
        {
            var d = p.Data();
            var start = Bk.Parse(d["backup_start_time"]!.GetValue<string>());
            var until = (d["retention_period"]?.GetValue<string>()) switch
            {
                "MONTH_1" => start.AddMonths(1), "MONTH_3" => start.AddMonths(3), "MONTH_6" => start.AddMonths(6),
                "YEAR_1" => start.AddYears(1), _ => start.AddDays(14),
            };
            if (until <= now) rt.Store.Delete(Bk.Service, Bk.RecoveryPoint, p.Id);
        }
    }

    public static Resource Require(EmulatorRuntime rt, string backupId, string pointId)
    {
        var p = rt.Store.Get(Bk.Service, Bk.RecoveryPoint, pointId);
        return p != null && p.Parent == backupId ? p : throw Http.ApiException.NotFound("Restore target", pointId);
    }
}

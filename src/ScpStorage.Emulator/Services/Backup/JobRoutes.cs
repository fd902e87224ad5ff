using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.Backup;

/// <summary>Schedules, manual backups and the job history; a finished job leaves a recovery point.</summary>
internal static class JobRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt, BkOptions options)
    {
        v1.MapGet("/backups/{backup_id}/schedules", (string backup_id) =>
        {
            Bk.Require(rt, Bk.Backup, backup_id, "Backup");
            var items = rt.Store.Children(Bk.Service, Bk.Schedule, backup_id);
            return Bk.Items(new ListPage(items, items.Count, true), r => Bk.Raw(r, "state"));
        });

        v1.MapPut("/backups/{backup_id}/schedules", (HttpContext ctx, string backup_id) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var schedules = BkBody.Schedules(body, errors);
            errors.ThrowIfAny();
            rt.Store.Atomic(() => ReplaceSchedules(rt, Bk.Require(rt, Bk.Backup, backup_id, "Backup"), schedules));
            return Bk.Answer(backup_id);
        });

        v1.MapPost("/backups/{backup_id}/manual-backup", (string backup_id) =>
        {
            var job = rt.Store.Atomic(() =>
            {
                var backup = Bk.Require(rt, Bk.Backup, backup_id, "Backup");
                var schedule = rt.Store.Children(Bk.Service, Bk.Schedule, backup_id).FirstOrDefault();
                return StartJob(rt, backup, schedule, rt.Now(), options.JobOutcome);
            });
            // resource.id: the job's guid (the emulator's choice; SCP does not say what it names).
            return Bk.Answer(job.Id);
        });

        v1.MapGet("/backups/{backup_id}/backup-histories", (HttpContext ctx, string backup_id) => BackupHistory.Jobs.Page(ctx, rt, backup_id));
    }

    /// <summary>Replaces every schedule of a backup (Set Backup Schedule sends the whole list).</summary>
    public static void ReplaceSchedules(EmulatorRuntime rt, Resource backup, List<JsonObject> schedules)
    {
        foreach (var old in rt.Store.Children(Bk.Service, Bk.Schedule, backup.Id)) rt.Store.Delete(Bk.Service, Bk.Schedule, old.Id);
        var now = Bk.Time(rt.Now());
        var user = Bk.UserId(rt.Options.AccountId);
        foreach (var s in schedules)
        {
            var id = Bk.Hex32();
            var name = $"{s["type"]}_{s["frequency"]}_{s["start_time"]}-{Bk.Random(6)}";
            var r = Bk.New(Bk.Schedule, id, name, "AVAILABLE", now, backup.Id);
            r.SetData(new JsonObject
            {
                ["backup_id"] = backup.Id, ["created_at"] = now, ["created_by"] = user, ["frequency"] = s["frequency"]?.DeepClone(), ["id"] = id,
                ["modified_at"] = now, ["modified_by"] = user, ["name"] = name, ["start_day"] = s["start_day"]?.DeepClone(),
                ["start_time"] = s["start_time"]?.DeepClone(), ["start_week"] = s["start_week"]?.DeepClone(), ["type"] = s["type"]?.DeepClone(),
            });
            rt.Store.Insert(r);
        }
    }

    /// <summary>A job INPROGRESS that ends in <paramref name="outcome"/> after the configured delay.</summary>
    public static Resource StartJob(EmulatorRuntime rt, Resource backup, Resource? schedule, DateTimeOffset at, string outcome)
    {
        var id = Guid.NewGuid().ToString();
        var r = Bk.New(Bk.Job, id, null, "INPROGRESS", Bk.Time(at), backup.Id);
        r.SetData(new JsonObject
        {
            ["backup_end_time"] = null, ["backup_job_guid"] = id, ["backup_start_time"] = Bk.Time(at),
            ["schedule_id"] = schedule?.Id ?? "", ["schedule_name"] = schedule?.Name ?? "",
        });
        r.Transition("INPROGRESS", outcome, rt.DueAt());
        rt.Store.Insert(r);
        return r;
    }

    /// <summary>The backup, with what its lazy state changes left open finished (see <see cref="Advance"/>); 404 when it does not exist. Under the store lock.</summary>
    public static Resource RequireSettled(EmulatorRuntime rt, string backupId)
    {
        var backup = Bk.Require(rt, Bk.Backup, backupId, "Backup");
        Advance(rt, backupId);
        return backup;
    }

    /// <summary>
    /// Finishes what the lazy state change left open: a job that reached its end state gets its
    /// end time and (unless FAILED) a recovery point; a restore gets its end time. Called under the
    /// store lock before anything of the backup is read.
    /// </summary>
    public static void Advance(EmulatorRuntime rt, string backupId)
    {
        var backup = rt.Store.Get(Bk.Service, Bk.Backup, backupId);
        if (backup == null) return;
        var now = Bk.Time(rt.Now());
        foreach (var job in rt.Store.Children(Bk.Service, Bk.Job, backupId).Where(j => j.State != "INPROGRESS"))
        {
            var d = job.Data();
            if (d["backup_end_time"] != null) continue;
            d["backup_end_time"] = now;
            job.SetData(d);
            rt.Store.Update(job);
            if (job.State != "FAILED") RecoveryPoints.Add(rt, backup, d);
        }
        foreach (var restore in rt.Store.Children(Bk.Service, Bk.Restore, backupId).Where(j => j.State != "INPROGRESS"))
        {
            var d = restore.Data();
            if (d["restore_end_time"] != null) continue;
            d["restore_end_time"] = now;
            d["modified_at"] = now;
            restore.SetData(d);
            rt.Store.Update(restore);
        }
        RecoveryPoints.Expire(rt, backupId);
    }

    /// <summary>Runs every schedule of every backup once, now (the admin route: schedules never fire by themselves).</summary>
    public static int RunSchedules(EmulatorRuntime rt, string outcome) => rt.Store.Atomic(() =>
    {
        var started = 0;
        foreach (var schedule in rt.Store.List(new ListQuery(Bk.Service, Bk.Schedule) { Limit = 100000 }).Items)
            if (rt.Store.Get(Bk.Service, Bk.Backup, schedule.Parent!) is { } backup)
            {
                StartJob(rt, backup, schedule, rt.Now(), outcome);
                started++;
            }
        return started;
    });
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.ArchiveStorage;

/// <summary>
/// Archiving runs and recoveries. Each is a history that is RUNNING (end_at null) until the
/// configurable delay has passed; then, lazily on the next Archive request, its copy is carried
/// out (OBS → archive bucket, or archive → OBS) and it ends SUCCESS with end_at set. A cancel
/// before that ends it CANCELED and nothing is copied.
/// </summary>
internal static class ArchiveRuns
{
    /// <summary>Per emulator: a delay that replaces the configured one for new runs (admin route /run-delay), so a test can hold a run open to cancel it.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<EmulatorRuntime, StrongBox<long>> Held = new();

    public static void HoldRuns(EmulatorRuntime rt, long? ms)
    {
        Held.Remove(rt);
        if (ms.HasValue) Held.Add(rt, new StrongBox<long>(ms.Value));
    }

    private static long DueAt(EmulatorRuntime rt) =>
        Held.TryGetValue(rt, out var ms) ? rt.Now().ToUnixTimeMilliseconds() + ms.Value : rt.DueAt();

    /// <summary>Starts an archiving run of the bucket's ACTIVE policy (admin route; SCP runs policies on its own schedule).</summary>
    public static Resource StartArchiving(EmulatorRuntime rt, string bucketId) => rt.Store.Atomic(() =>
    {
        Settle(rt);
        Arc.RequireBucket(rt, bucketId);
        var policy = ArchiveStore.Policies(rt, bucketId).FirstOrDefault(p => p.State == "ACTIVE")
            ?? throw ApiException.InvalidState($"Bucket '{bucketId}' has no ACTIVE archiving policy.");
        var h = Arc.New(Arc.ArchivingHistory, "EXE-" + Guid.NewGuid(), null, Arc.Running, rt.Timestamp(), bucketId);
        h.SetData(new JsonObject
        {
            ["archiving_id"] = policy.Id, ["archiving_policy_id"] = policy.Id, ["due_ms"] = DueAt(rt), ["end_at"] = null, ["infos"] = new JsonArray(),
        });
        rt.Store.Insert(h);
        return h;
    });

    /// <summary>Starts a recovery of planned (key, version) pairs per source path; 409 while another recovery of the bucket runs.</summary>
    public static Resource StartRecovery(EmulatorRuntime rt, string bucketId, string target, bool overwrite, JsonArray plan)
    {
        if (rt.Store.Count(Arc.Service, Arc.RecoveryHistory, "parent = $b AND state = $r", ("$b", bucketId), ("$r", Arc.Running)) > 0)
            throw ApiException.InvalidState($"A recovery of bucket '{bucketId}' is running.");
        var h = Arc.New(Arc.RecoveryHistory, "EXE-" + Guid.NewGuid(), null, Arc.Running, rt.Timestamp(), bucketId);
        h.SetData(new JsonObject
        {
            ["recovery_id"] = "ARC-" + Guid.NewGuid(), ["target"] = target, ["overwrite"] = overwrite, ["plan"] = plan,
            ["due_ms"] = DueAt(rt), ["end_at"] = null, ["infos"] = new JsonArray(),
        });
        rt.Store.Insert(h);
        return h;
    }

    /// <summary>Ends a running history as cancelled; 409 when it has already ended.</summary>
    public static void Cancel(EmulatorRuntime rt, Resource h)
    {
        if (h.State != Arc.Running) throw ApiException.InvalidState($"History '{h.Id}' has already ended ({h.State}).");
        var d = h.Data();
        h.State = Arc.Canceled;
        d["end_at"] = rt.Timestamp();
        h.SetData(d);
        rt.Store.Update(h);
    }

    /// <summary>Carries out every run whose delay has passed (called at the start of every Archive request).</summary>
    public static void Settle(EmulatorRuntime rt) => rt.Store.Atomic(() =>
    {
        var now = rt.Now().ToUnixTimeMilliseconds();
        foreach (var kind in new[] { Arc.ArchivingHistory, Arc.RecoveryHistory })
        {
            var q = new ListQuery(Arc.Service, kind) { Limit = 10_000 }
                .Where("state = {0} AND json_extract(json,'$.due_ms') <= {1}", Arc.Running, now);
            foreach (var h in rt.Store.List(q).Items)
            {
                var d = h.Data();
                var infos = kind == Arc.ArchivingHistory ? Archive(rt, h) : Recover(rt, h, d);
                d["infos"] = infos;
                d["end_at"] = EmulatorRuntime.Format(DateTimeOffset.FromUnixTimeMilliseconds(d["due_ms"]!.GetValue<long>()));
                h.State = Arc.Success;
                h.SetData(d);
                rt.Store.Update(h);
            }
        }
    });

    /// <summary>Copies the source OBS objects older than the policy's lifecycle (days) into the bucket.</summary>
    private static JsonArray Archive(EmulatorRuntime rt, Resource h)
    {
        var policyId = h.Data()["archiving_policy_id"]!.GetValue<string>();
        var policy = rt.Store.Get(Arc.Service, Arc.Policy, policyId);
        var bucket = rt.Store.Get(Arc.Service, Arc.Bucket, h.Parent!);
        if (policy == null || bucket == null) return new JsonArray();
        var pd = policy.Data();
        var source = pd["source"]!.GetValue<string>();
        var days = int.TryParse(pd["object_lifecycle"]?.GetValue<string>(), out var n) ? n : 0;
        var cutoff = rt.Now().AddDays(-days);
        var objects = rt.Store.Children(Arc.Service, Arc.ObsObject, source);
        var due = objects.Where(o => (Arc.Date(o.Data()["modified_at"]?.GetValue<string>()) ?? rt.Now()) <= cutoff).ToList();
        var versioning = ArchiveStore.Versioning(bucket);
        long usage = 0;
        foreach (var o in due)
        {
            var size = ArchiveStore.Size(o);
            usage += size;
            ArchiveStore.Put(rt, bucket.Id, versioning, o.Name!, o.Name!.EndsWith('/') ? "FOLDER" : "FILE", size, rt.Timestamp());
        }
        return new JsonArray(Info("archiving", "/", usage, objects.Count, due.Count));
    }

    /// <summary>Copies the planned versions to the target OBS bucket; an existing key is kept unless overwrite was asked.</summary>
    private static JsonArray Recover(EmulatorRuntime rt, Resource h, JsonObject d)
    {
        var target = d["target"]!.GetValue<string>();
        var overwrite = d["overwrite"]?.GetValue<bool>() ?? false;
        var infos = new JsonArray();
        foreach (var entry in (d["plan"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
        {
            int total = 0, copied = 0;
            long usage = 0;
            foreach (var item in (entry["items"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
            {
                total++;
                var row = rt.Store.Get(Arc.Service, Arc.Object, item["version"]!.GetValue<string>());
                if (row == null) continue;
                var id = ArchiveStore.ObsObjectId(target, row.Name!);
                var existing = rt.Store.Get(Arc.Service, Arc.ObsObject, id);
                if (existing != null && !overwrite) continue;
                var size = ArchiveStore.Size(row);
                var data = new JsonObject { ["size"] = Arc.Text(size), ["modified_at"] = rt.Timestamp() };
                if (existing != null) { existing.SetData(data); rt.Store.Update(existing); }
                else { var o = Arc.New(Arc.ObsObject, id, row.Name, "ACTIVE", rt.Timestamp(), target); o.SetData(data); rt.Store.Insert(o); }
                copied++;
                usage += size;
            }
            infos.Add(Info("recovery", entry["path"]!.GetValue<string>(), usage, total, copied));
        }
        return infos;
    }

    private static JsonObject Info(string what, string path, long usage, int total, int done) => new()
    {
        ["source_object_path"] = path, ["usage"] = Arc.Text(usage), ["total_object_count"] = total,
        [what + "_object_count"] = done, [what + "_rate"] = total == 0 ? 0 : done * 100 / total,
    };
}

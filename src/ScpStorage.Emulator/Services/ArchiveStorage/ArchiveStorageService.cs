using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.ArchiveStorage;

/// <summary>
/// Archive Storage: buckets and settings, archived objects and versions, recovery to Object
/// Storage, archiving policies and histories — plus a simulated Object Storage (fixture buckets
/// with the documentation's example names) that archiving reads from and recovery writes to.
/// </summary>
internal sealed class ArchiveStorageService : IEmulatedService
{
    public string Name => Arc.Service;

    public void Initialize(EmulatorRuntime runtime)
    {
        var rt = runtime;
        if (rt.Store.Count(Arc.Service, Arc.ObsBucket) > 0) return;
        // The documentation's example OBS bucket names, with a few objects old enough to archive.
        foreach (var bucket in new[] { "obs-bucket-name", "test-obs-bucket", "obstest" }) ObsAdminRoutes.EnsureObs(rt, bucket);
        foreach (var key in new[] { "hello/TODO.txt", "hello/my_file.txt", "readme.txt" })
        {
            var o = Arc.New(Arc.ObsObject, ArchiveStore.ObsObjectId("obs-bucket-name", key), key, "ACTIVE", rt.Timestamp(), "obs-bucket-name");
            o.SetData(new JsonObject { ["size"] = Arc.Text(key.Length * 100), ["modified_at"] = EmulatorRuntime.Format(rt.Now().AddDays(-400)) });
            rt.Store.Insert(o);
        }
    }

    public void Map(RouteGroupBuilder v1, EmulatorRuntime runtime)
    {
        // Runs whose delay has passed are carried out before any request sees the state.
        v1.AddEndpointFilter(async (ctx, next) => { ArchiveRuns.Settle(runtime); return await next(ctx); });
        BucketRoutes.Map(v1, runtime);
        ObjectRoutes.Map(v1, runtime);
        RecoveryRoutes.Map(v1, runtime);
        PolicyRoutes.Map(v1, runtime);
        HistoryRoutes.Map(v1, runtime);
    }

    public void MapAdmin(RouteGroupBuilder admin, EmulatorRuntime runtime) => ObsAdminRoutes.Map(admin, runtime);

    public void Seed(EmulatorRuntime runtime, SeedRequest request) { }

    /// <summary>Objects are listed by the ten thousand: their list items are rendered when written.</summary>
    public IEnumerable<ListShape> ListShapes => new[] { new ListShape(Arc.Service, Arc.Object, o => ArchiveJson.Object(o).ToJsonString(JsonText.Options)) };
}

using Microsoft.AspNetCore.Routing;

namespace ScpStorage.Emulator.Services.VirtualServer;

/// <summary>Virtual Server block storage: volumes, snapshots, volume types, transfers, servers.</summary>
internal sealed class VirtualServerService : IEmulatedService
{
    public string Name => Vs.Service;

    public void Initialize(EmulatorRuntime runtime)
    {
        var store = runtime.Store;
        if (store.Count(Vs.Service, Vs.VolumeType) == 0) store.InsertMany(VsFixtures.Types());
        if (store.Count(Vs.Service, Vs.Server) == 0)
            store.InsertMany(VsFixtures.Servers(runtime.Options.AccountId, Vs.UserId(runtime.Options.AccountId)));
    }

    public void Map(RouteGroupBuilder v1, EmulatorRuntime runtime)
    {
        VolumeRoutes.Map(v1, runtime);
        VolumeActionRoutes.Map(v1, runtime);
        SnapshotRoutes.Map(v1, runtime);
        VolumeTypeRoutes.Map(v1, runtime);
        TransferRoutes.Map(v1, runtime);
        ServerRoutes.Map(v1, runtime);
        ServerVolumeRoutes.Map(v1, runtime);
    }

    public void Seed(EmulatorRuntime runtime, SeedRequest request) => VsSeeder.Seed(runtime, request);
}

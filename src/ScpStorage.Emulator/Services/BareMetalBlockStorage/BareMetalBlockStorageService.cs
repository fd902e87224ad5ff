using System.Collections.Generic;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.BareMetalBlockStorage;

/// <summary>Block Storage for bare metal: volumes, volume groups, snapshots, rates, schedules, replications (41 operations, 1.3).</summary>
internal sealed class BareMetalBlockStorageService : IEmulatedService
{
    public string Name => Bm.Service;

    /// <summary>Nothing to create: the BM servers volumes attach to are fixed in <see cref="Bm.Servers"/>.</summary>
    public void Initialize(EmulatorRuntime runtime) { }

    public void Map(RouteGroupBuilder v1, EmulatorRuntime runtime)
    {
        BmVolumeRoutes.Map(v1, runtime);
        BmGroupRoutes.Map(v1, runtime);
        BmSnapshotRoutes.Map(v1, runtime);
        BmPolicyRoutes.Map(v1, runtime);
        BmReplicationRoutes.Map(v1, runtime);
    }

    public void Seed(EmulatorRuntime runtime, SeedRequest request) => BmSeeder.Seed(runtime, request);

    /// <summary>Volumes are listed by the ten thousand: their list items are rendered when written.</summary>
    public IEnumerable<ListShape> ListShapes => new[] { new ListShape(Bm.Service, Bm.Volume, BmJson.ListVolume) };
}

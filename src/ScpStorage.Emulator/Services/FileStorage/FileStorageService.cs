using System.Collections.Generic;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.FileStorage;

/// <summary>File Storage: volumes, snapshots, snapshot schedules, access rules, replications.</summary>
internal sealed class FileStorageService : IEmulatedService
{
    public string Name => Fs.Service;

    /// <summary>No fixed data: the volume types are constants (<see cref="Fs.TypeIds"/>).</summary>
    public void Initialize(EmulatorRuntime runtime) { }

    public void Map(RouteGroupBuilder v1, EmulatorRuntime runtime)
    {
        FsVolumeRoutes.Map(v1, runtime);
        FsSnapshotRoutes.Map(v1, runtime);
        FsScheduleRoutes.Map(v1, runtime);
        FsAccessRuleRoutes.Map(v1, runtime);
        FsReplicationRoutes.Map(v1, runtime);
    }

    public void Seed(EmulatorRuntime runtime, SeedRequest request) => FsSeeder.Seed(runtime, request);

    /// <summary>Volumes are listed by the ten thousand: their list items are rendered when written.</summary>
    public IEnumerable<ListShape> ListShapes => new[]
    {
        new ListShape(Fs.Service, Fs.Volume, r => JsonText.Pick(r, null, Fs.VolumeListFields)),
    };
}

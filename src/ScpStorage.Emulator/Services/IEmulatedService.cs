using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services;

/// <summary>
/// One emulated SCP service. Adding a service means adding a folder with an implementation of
/// this interface and one line in <see cref="ServiceRegistry"/>; hosting, version checks,
/// signatures, faults and the store are shared.
/// </summary>
internal interface IEmulatedService
{
    /// <summary>The service name as it appears in URLs and in Scp-API-Version, e.g. <c>virtualserver</c>.</summary>
    string Name { get; }

    /// <summary>Creates the fixed data the service always has (idempotent: a file database is reused).</summary>
    void Initialize(EmulatorRuntime runtime);

    /// <summary>Maps the operations under <c>/{Name}/v1</c>.</summary>
    void Map(RouteGroupBuilder v1, EmulatorRuntime runtime);

    /// <summary>Adds bulk test data (no-op for services without such data).</summary>
    void Seed(EmulatorRuntime runtime, SeedRequest request);

    /// <summary>
    /// Maps the service's own unsigned control routes under <c>/_emulator/{Name}</c> (for example
    /// running due schedules on demand); none by default.
    /// </summary>
    void MapAdmin(RouteGroupBuilder admin, EmulatorRuntime runtime) { }

    /// <summary>The kinds whose list items are rendered when written (see <see cref="ListShape"/>); none by default.</summary>
    IEnumerable<ListShape> ListShapes => Array.Empty<ListShape>();
}

/// <summary>How much bulk data to add.</summary>
internal sealed record SeedRequest(int Volumes, int Snapshots);

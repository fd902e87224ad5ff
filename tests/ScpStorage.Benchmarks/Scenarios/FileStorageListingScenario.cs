using System.Collections.Generic;
using System.Threading.Tasks;
using ScpStorage.Benchmarks.Shared;

namespace ScpStorage.Benchmarks.Scenarios;

/// <summary>
/// File Storage listing: N file volumes through `Get-ScpFileVolume` against N Virtual Server
/// volumes through `Get-ScpVolume` in the same emulator and run (<see cref="ListingComparison"/>).
/// </summary>
public sealed class FileStorageListingScenario : IScenario
{
    public string Name => "filestorage-listing";

    public async Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context)
    {
        var n = context.Quick ? 2_000 : 10_000;
        await using var host = await LocalEmulator.StartAsync();
        host.Seed(n, 0, null, "virtualserver", "filestorage"); // n volumes of each
        using var shell = Shell.ConnectedTo(host.EndpointTemplate);
        var subject = new ListingSubject("Get-ScpFileVolume", "filestorage", "Get-ScpFileVolume", ListingComparison.Page("filestorage", "/volumes"));
        return await ListingComparison.RunAsync(context, host, shell, "file storage listing", subject, n);
    }
}

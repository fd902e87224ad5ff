using System.Collections.Generic;
using System.Threading.Tasks;
using ScpStorage.Benchmarks.Shared;

namespace ScpStorage.Benchmarks.Scenarios;

/// <summary>
/// Bare metal volumes: N through `Get-ScpBmVolume` (offset paging, list shape rendered per item
/// by the emulator) against N Virtual Server volumes through `Get-ScpVolume` in the same
/// emulator and run (<see cref="ListingComparison"/>).
/// </summary>
public sealed class BareMetalBlockStorageListingScenario : IScenario
{
    public string Name => "bm-listing";

    public async Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context)
    {
        var n = context.Quick ? 2_000 : 10_000;
        await using var host = await LocalEmulator.StartAsync();
        host.Seed(n, 0, null, "virtualserver", "baremetal-blockstorage"); // n volumes of each
        using var shell = Shell.ConnectedTo(host.EndpointTemplate);
        var subject = new ListingSubject("Get-ScpBmVolume", "baremetal-blockstorage", "Get-ScpBmVolume", ListingComparison.Page("baremetal-blockstorage", "/volumes"));
        return await ListingComparison.RunAsync(context, host, shell, "bare metal listing", subject, n);
    }
}

using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ScpStorage.Benchmarks.Shared;

namespace ScpStorage.Benchmarks.Scenarios;

/// <summary>
/// Archive objects: N archived objects of one bucket through `Get-ScpArchiveObject` (marker +
/// is_truncated paging) against N volumes through `Get-ScpVolume` in the same emulator and run
/// (<see cref="ListingComparison"/>).
/// </summary>
public sealed class ArchiveStorageListingScenario : IScenario
{
    public string Name => "archive-listing";

    public async Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context)
    {
        var n = context.Quick ? 2_000 : 10_000;
        await using var host = await LocalEmulator.StartAsync();
        host.Seed(n, 0, null, "virtualserver");
        using (var http = new HttpClient())
        using (var seeded = await http.PostAsync(host.BaseUrl + "/_emulator/archivestorage/seed", JsonContent.Create(new { bucket_name = "bench-archive", objects = n })))
        {
            var body = JsonNode.Parse(await seeded.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
            context.Log($"archive-listing: seeded {n:#,0} volumes and {body["objects"]} archived objects");
        }
        using var shell = Shell.ConnectedTo(host.EndpointTemplate);
        var bucketId = shell.Run("(Get-ScpArchiveBucket -Name bench-archive).Id")[0].ToString();
        var subject = new ListingSubject("Get-ScpArchiveObject", "archivestorage", "Get-ScpArchiveObject", ListingComparison.Page("archivestorage", "/objects"),
            new Dictionary<string, object> { ["BucketId"] = bucketId });
        return await ListingComparison.RunAsync(context, host, shell, "archive objects listing", subject, n);
    }
}

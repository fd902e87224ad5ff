using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using ScpStorage.Benchmarks.Shared;

namespace ScpStorage.Benchmarks.Scenarios;

/// <summary>
/// Backup listing: N backups through `Get-ScpBackup` (page/size with `contents`) against N
/// volumes through `Get-ScpVolume` in the same emulator and run (<see cref="ListingComparison"/>).
/// </summary>
public sealed class BackupListingScenario : IScenario
{
    public string Name => "backup-listing";

    public async Task<IReadOnlyList<ResultRow>> RunAsync(BenchContext context)
    {
        var n = context.Quick ? 2_000 : 10_000;
        await using var host = await LocalEmulator.StartAsync();
        host.Seed(n, 0, null, "virtualserver");
        using (var http = new HttpClient())
            (await http.PostAsync(host.BaseUrl + "/_emulator/backup/seed", new StringContent("{\"backups\":" + n + "}", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        using var shell = Shell.ConnectedTo(host.EndpointTemplate);
        var subject = new ListingSubject("Get-ScpBackup", "backup", "Get-ScpBackup", ListingComparison.Page("backup", "/backups"));
        return await ListingComparison.RunAsync(context, host, shell, "backup listing", subject, n);
    }
}

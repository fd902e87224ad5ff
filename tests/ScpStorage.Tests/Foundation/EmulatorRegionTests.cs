using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Foundation;

/// <summary>
/// Issue 8 §5: after Start-ScpEmulator a multi-region script can be rehearsed. The session's
/// endpoint template carries {environment} and {region}, the emulator keeps each region's
/// state apart, and a piped object goes back to its own region.
/// </summary>
public sealed class EmulatorRegionTests
{
    [Fact]
    public async Task A_volume_made_in_another_region_stays_there_and_a_piped_one_is_removed_there()
    {
        using var shell = new ModuleShell();
        var started = shell.Run("Start-ScpEmulator -TransitionDelayMilliseconds 0");
        started.Errors.Should().BeEmpty();
        var baseUrl = started.Output.Single().Properties["BaseUrl"].Value!.ToString()!;
        using var http = new HttpClient();
        try
        {
            shell.Run("New-ScpVolume -Name here-vol -SizeGB 8").Errors.Should().BeEmpty();
            shell.Run("New-ScpVolume -Region kr-east1 -Name east-vol -SizeGB 8").Errors.Should().BeEmpty();

            Names(shell.Run("Get-ScpVolume")).Should().Equal(new[] { "here-vol" }, "the session's region (kr-west1) does not hold kr-east1's volume");
            Names(shell.Run("Get-ScpVolume -Region kr-east1")).Should().Equal("east-vol");

            (await http.DeleteAsync(baseUrl + "/_emulator/requests")).EnsureSuccessStatusCode();
            var removed = shell.Run("Get-ScpVolume -Region kr-east1 | Remove-ScpVolume -Confirm:$false");
            removed.Errors.Should().BeEmpty();

            var delete = JArray.Parse(await http.GetStringAsync(baseUrl + "/_emulator/requests"))
                .Single(r => r["method"]!.ToString() == "DELETE");
            delete["region"]!.ToString().Should().Be("kr-east1", "the piped volume goes back to the region it came from");
            delete["environment"]!.ToString().Should().Be("e");
            delete["status"]!.Value<int>().Should().Be(202);
            Names(shell.Run("Get-ScpVolume -Region kr-east1")).Should().BeEmpty();
            Names(shell.Run("Get-ScpVolume")).Should().Equal("here-vol");
        }
        finally
        {
            shell.Run("Stop-ScpEmulator");
        }
    }

    private static string[] Names(ShellResult r)
    {
        r.Errors.Should().BeEmpty();
        return r.Output.Select(o => o.Properties["Name"].Value!.ToString()!).ToArray();
    }
}

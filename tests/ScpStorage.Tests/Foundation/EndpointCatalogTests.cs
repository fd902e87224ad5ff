using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Emulator;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Foundation;

/// <summary>
/// With an auth URL and no endpoint override, the module does what SCP's SDK and Terraform
/// provider do: it reads GET {auth-url}/endpoints once per process per auth URL and takes each
/// service's URL from it; Get-ScpContext says where each service's URL came from.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class EndpointCatalogTests : IAsyncLifetime
{
    private readonly ScopedEnvironment _env = new();
    private EmulatorHost _emu = null!;

    public async Task InitializeAsync() => _emu = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, DatabasePath = null });

    public async Task DisposeAsync()
    {
        _env.Dispose();
        await _emu.DisposeAsync();
    }

    private void Configure(bool endpointOverride)
    {
        _env.Set("SCP_ACCESS_KEY", ModuleShell.DemoAccessKey);
        _env.Set("SCP_SECRET_KEY", ModuleShell.DemoSecret);
        _env.Set("SCP_REGION", "kr-west1");
        _env.Set("SCP_ENVIRONMENT", "e");
        _env.Set("SCP_AUTH_URL", _emu.AuthUrl);
        _env.Set("SCP_ENDPOINT_URL", endpointOverride ? _emu.EndpointTemplate : null);
    }

    private int CatalogReads => _emu.Requests.Count(r => r.Path == "/iam/v1/endpoints");

    [Fact]
    public void Service_urls_come_from_the_catalog_read_once_per_process()
    {
        Configure(endpointOverride: false);
        using (var shell = new ModuleShell())
        {
            var r = shell.Run("Get-ScpVolume");
            r.FirstError.Should().BeNull();
            _emu.Requests.Select(x => x.Path).Should().Equal("/iam/v1/endpoints", "/virtualserver/v1/volumes");
            _emu.Requests[0].SignatureValid.Should().BeTrue();
            _emu.Requests[0].ApiVersion.Should().BeNull("the catalog is asked without Scp-API-Version");

            var context = shell.Run("Get-ScpContext").Output.Single();
            var urls = (IDictionary<string, string>)context.Properties["ServiceUrls"].Value!;
            var sources = (IDictionary<string, string>)context.Properties["ServiceUrlSources"].Value!;
            urls["virtualserver"].Should().Be(_emu.BaseUrl + "/e/kr-west1/virtualserver");
            sources["virtualserver"].Should().Be($"IAM catalog at {_emu.AuthUrl}");
        }
        using (var other = new ModuleShell())
            other.Run("Get-ScpVolume").FirstError.Should().BeNull();
        CatalogReads.Should().Be(1, "the catalog is read once per process per auth URL, whatever the runspace");
        _emu.Requests.Count(x => x.Path == "/virtualserver/v1/volumes").Should().Be(2);
    }

    [Fact]
    public void An_endpoint_override_wins_and_the_catalog_is_not_read()
    {
        Configure(endpointOverride: true);
        using var shell = new ModuleShell();
        shell.Run("Get-ScpVolume").FirstError.Should().BeNull();
        var sources = (IDictionary<string, string>)shell.Run("Get-ScpContext").Output.Single().Properties["ServiceUrlSources"].Value!;
        sources["virtualserver"].Should().Be("endpoint override from environment (SCP_*)");
        CatalogReads.Should().Be(0);
        _emu.Requests.Should().ContainSingle();
    }
}

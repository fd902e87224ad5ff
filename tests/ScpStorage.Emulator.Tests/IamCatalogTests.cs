using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests;

/// <summary>
/// The IAM endpoint catalog (issue 6 §4): SCP's tools given only the emulator's auth URL read
/// GET {auth-url}/endpoints, signed and without Scp-API-Version, and find every emulated service.
/// </summary>
public sealed class IamCatalogTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;
    public IamCatalogTests(EmulatorFixture emu) => _emu = emu;

    [Fact]
    public async Task A_signed_request_without_a_version_lists_every_emulated_service_in_every_region_of_the_default_environment()
    {
        var client = new SignedClient(_emu.Host) { Version = null };
        using var response = await client.SendUrl("GET", _emu.Host.AuthUrl + "/endpoints");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var endpoints = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["endpoints"]!.AsArray();

        var vs = endpoints.Select(e => e!.AsObject())
            .Where(e => e["service_type"]!.GetValue<string>() == "scp-virtualserver" && e["region"]!.GetValue<string>() == "kr-east1")
            .Should().ContainSingle().Subject;
        vs["url"]!.GetValue<string>().Should().Be(_emu.Host.BaseUrl + "/e/kr-east1/virtualserver", "the URL has the endpoint template's form, so the region reaches its own state");
        vs.Select(p => p.Key).Should().BeEquivalentTo(new[] { "region", "service_type", "service_name", "url" }, "ListEndpointsResponse has exactly these fields");
        endpoints.Select(e => e!["region"]!.GetValue<string>()).Distinct().Should().BeEquivalentTo(Core.Config.ScpEndpoints.Regions["e"]);
        endpoints.Should().Contain(e => e!["service_type"]!.GetValue<string>() == "scp-iam");
        _emu.Host.Requests.Last().Path.Should().Be("/iam/v1/endpoints");
        _emu.Host.Requests.Last().SignatureValid.Should().BeTrue();
    }

    [Fact]
    public async Task Under_an_environment_prefix_the_catalog_lists_that_environment()
    {
        var client = new SignedClient(_emu.Host) { Version = null };
        using var response = await client.SendUrl("GET", _emu.Host.BaseUrl + "/g/kr-south1/iam/v1/endpoints");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var endpoints = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["endpoints"]!.AsArray();
        endpoints.Select(e => e!["region"]!.GetValue<string>()).Distinct().Should().BeEquivalentTo(Core.Config.ScpEndpoints.Regions["g"]);
        endpoints.Should().Contain(e => e!["url"]!.GetValue<string>() == _emu.Host.BaseUrl + "/g/kr-south3/virtualserver");
    }

    [Fact]
    public async Task The_catalog_is_signed_like_every_call()
    {
        var client = new SignedClient(_emu.Host) { Version = null };
        using var response = await client.SendUrl("GET", _emu.Host.AuthUrl + "/endpoints", tamper: new SignedClient.Tamper { Secret = "wrong-secret" });
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}

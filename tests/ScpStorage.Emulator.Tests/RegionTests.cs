using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests;

/// <summary>
/// Issue 8 §5: each region of each environment keeps its own state, named by a
/// /{environment}/{region} path prefix (the endpoint template the session gets), so a
/// multi-region script can be rehearsed. The plain /{service} form is the default region.
/// </summary>
public sealed class RegionTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;
    public RegionTests(EmulatorFixture emu) => _emu = emu;

    private SignedClient In(string environment, string region) => new(_emu.Host) { Prefix = $"/{environment}/{region}" };

    private static async Task<string[]> Names(SignedClient c) =>
        (await c.Ok("GET", "/v1/volumes?size=1000"))["volumes"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task A_volume_created_in_one_region_is_listed_only_there()
    {
        var east = In("e", "kr-east1");
        var west = In("e", "kr-west1");
        await east.Ok("POST", "/v1/volumes", new { name = "only-east", size = 8 }, 202);
        await west.Ok("POST", "/v1/volumes", new { name = "only-west", size = 8 }, 202);

        (await Names(east)).Should().Contain("only-east").And.NotContain("only-west");
        (await Names(west)).Should().Contain("only-west").And.NotContain("only-east");
        (await Names(In("s", "kr-east1"))).Should().NotContain(new[] { "only-east", "only-west" }, "the same region name in another environment is another state");
        var create = _emu.Host.Requests.First(r => r.Method == "POST" && r.Region == "kr-east1");
        create.Path.Should().Be("/virtualserver/v1/volumes", "the log shows the path without the region prefix");
        create.Environment.Should().Be("e");
        create.SignatureValid.Should().BeTrue("the signature is checked over the URL as sent, prefix included");
    }

    [Fact]
    public async Task The_plain_form_is_the_default_region_and_seeding_can_name_a_region()
    {
        var plain = new SignedClient(_emu.Host);
        await plain.Ok("POST", "/v1/volumes", new { name = "plain-default", size = 8 }, 202);
        (await Names(In("e", "kr-west1"))).Should().Contain("plain-default");
        (await Names(In("e", "kr-east1"))).Should().NotContain("plain-default");

        _emu.Host.Seed(2, 0, new RegionScope("g", "kr-south2"));
        (await Names(In("g", "kr-south2"))).Should().Contain("seed-vol-000001");
        (await Names(plain)).Should().NotContain("seed-vol-000001");
        // Fixed data exists in every region on first use.
        (await In("g", "kr-south2").Ok("GET", "/v1/volume-types"))["volume_types"]!.AsArray().Should().HaveCount(3);
    }

    [Fact]
    public async Task The_seed_route_adds_to_the_region_its_body_names()
    {
        using var http = new System.Net.Http.HttpClient();
        using var response = await http.PostAsync(_emu.Host.BaseUrl + "/_emulator/seed",
            new System.Net.Http.StringContent("""{"volumes":3,"region":"kr-south3","environment":"g"}""", System.Text.Encoding.UTF8, "application/json"));
        ((int)response.StatusCode).Should().Be(200);
        (await Names(In("g", "kr-south3"))).Should().HaveCount(3).And.OnlyContain(n => n.StartsWith("seed-vol-"));

        using var refused = await http.PostAsync(_emu.Host.BaseUrl + "/_emulator/seed",
            new System.Net.Http.StringContent("""{"volumes":1,"region":"kr-south3","environment":"e"}""", System.Text.Encoding.UTF8, "application/json"));
        ((int)refused.StatusCode).Should().Be(400);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("kr-south3");
    }

    [Fact]
    public async Task A_region_its_environment_does_not_have_is_refused_and_logged()
    {
        var (status, json) = await In("e", "kr-south1").Call("GET", "/v1/volumes");
        status.Should().Be(404);
        json!.ToJsonString().Should().Contain("kr-south1").And.Contain("kr-west1, kr-east1");
        _emu.Host.Requests.Last().Status.Should().Be(404);
    }
}

using System;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests;

public sealed class VolumeLifecycleTests : IAsyncLifetime
{
    private const string Web01 = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f";
    private EmulatorHost _host = null!;
    private SignedClient _c = null!;
    private DateTimeOffset _now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(new EmulatorOptions { TransitionDelay = TimeSpan.FromSeconds(2), AllowDeprecatedVersions = true });
        _host.Clock = () => _now;
        _c = new SignedClient(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private void Advance() => _now = _now.AddSeconds(3);

    private async Task<string> State(string id) => (await _c.Ok("GET", "/v1/volumes/" + id))["state"]!.GetValue<string>();

    private async Task<string> NewVolume(string name = "data01", int size = 10)
    {
        var created = await _c.Ok("POST", "/v1/volumes", new { name, size, volume_type = "SSD" }, 202);
        created["state"]!.GetValue<string>().Should().Be("creating");
        created["created_at"]!.GetValue<string>().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
        var id = created["id"]!.GetValue<string>();
        (await State(id)).Should().Be("creating");
        Advance();
        (await State(id)).Should().Be("available");
        return id;
    }

    [Fact]
    public async Task Create_attach_detach_extend_revert_delete()
    {
        var id = await NewVolume();

        var attach = await _c.Ok("POST", $"/v1/volumes/{id}/servers", new { server_id = Web01 }, 202);
        attach["device"]!.GetValue<string>().Should().StartWith("/dev/vd");
        (await State(id)).Should().Be("attaching");
        (await _c.Call("POST", $"/v1/volumes/{id}/servers", new { server_id = Web01 })).Status.Should().Be(409);
        Advance();
        var vol = await _c.Ok("GET", "/v1/volumes/" + id);
        vol["state"]!.GetValue<string>().Should().Be("in-use");
        vol["servers"]![0]!["id"]!.GetValue<string>().Should().Be(Web01);
        var server = await _c.Ok("GET", "/v1/servers/" + Web01);
        server["volumes"]!.AsArray().Should().Contain(v => v!["id"]!.GetValue<string>() == id);
        (await _c.Call("DELETE", "/v1/volumes/" + id)).Status.Should().Be(409, "in-use volumes cannot be deleted");

        (await _c.Call("DELETE", $"/v1/volumes/{id}/servers/{Web01}")).Status.Should().Be(202);
        (await State(id)).Should().Be("detaching");
        Advance();
        (await State(id)).Should().Be("available");
        (await _c.Ok("GET", "/v1/servers/" + Web01))["volumes"]!.AsArray().Should().BeEmpty();

        (await _c.Call("PUT", $"/v1/volumes/{id}/size", new { size = 10 })).Status.Should().Be(400);
        var extended = await _c.Ok("PUT", $"/v1/volumes/{id}/size", new { size = 20 }, 202);
        extended["state"]!.GetValue<string>().Should().Be("extending");
        (await _c.Call("PUT", $"/v1/volumes/{id}/size", new { size = 30 })).Status.Should().Be(409);
        Advance();
        vol = await _c.Ok("GET", "/v1/volumes/" + id);
        vol["size"]!.GetValue<long>().Should().Be(20);
        vol["state"]!.GetValue<string>().Should().Be("available");

        var snap = await _c.Ok("POST", "/v1/snapshots", new { name = "pre-patch", volume_id = id }, 202);
        snap["status"]!.GetValue<string>().Should().Be("creating");
        var snapId = snap["id"]!.GetValue<string>();
        (await _c.Call("POST", $"/v1/volumes/{id}/revert", new { snapshot_id = snapId })).Status.Should().Be(409, "the snapshot is still creating");
        Advance();
        (await _c.Call("POST", $"/v1/volumes/{id}/revert", new { snapshot_id = snapId })).Status.Should().Be(202);
        (await State(id)).Should().Be("reverting");
        Advance();
        (await State(id)).Should().Be("available");

        (await _c.Call("DELETE", "/v1/volumes/" + id)).Status.Should().Be(409, "it has a snapshot");
        (await _c.Call("DELETE", $"/v1/volumes/{id}?cascade=true")).Status.Should().Be(202);
        (await State(id)).Should().Be("deleting");
        Advance();
        (await _c.Call("GET", "/v1/volumes/" + id)).Status.Should().Be(404);
        (await _c.Call("GET", "/v1/snapshots/" + snapId)).Status.Should().Be(404);
    }

    [Fact]
    public async Task Invalid_transitions_are_rejected()
    {
        var created = await _c.Ok("POST", "/v1/volumes", new { name = "busy", size = 8 }, 202);
        var id = created["id"]!.GetValue<string>();
        (await _c.Call("PUT", $"/v1/volumes/{id}/size", new { size = 16 })).Status.Should().Be(409);
        var attach = await _c.Call("POST", $"/v1/volumes/{id}/servers", new { server_id = Web01 });
        attach.Status.Should().Be(409);
        attach.Json!["errors"]![0]!["code"]!.GetValue<string>().Should().Be("INVALID_STATE");
        (await _c.Call("DELETE", $"/v1/volumes/{id}/servers/{Web01}")).Status.Should().Be(404);
        (await _c.Call("POST", $"/v1/volumes/{id}/servers", new { server_id = "no-such-server" })).Status.Should().Be(404);
    }

    [Theory]
    [InlineData("{\"name\":\"x\",\"size\":4}", "size")]
    [InlineData("{\"name\":\"x\",\"size\":\"big\"}", "size")]
    [InlineData("{\"name\":\"bad/name\",\"size\":8}", "name")]
    [InlineData("{\"size\":8}", "name")]
    [InlineData("not json", "__root__")]
    public async Task Body_validation_uses_the_detail_shape(string body, string field)
    {
        var (status, json) = await _c.Call("POST", "/v1/volumes", body);
        status.Should().Be(400);
        var loc = json!["detail"]![0]!["loc"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
        loc.Should().Equal("body", field);
        json["detail"]![0]!["msg"]!.GetValue<string>().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Update_renames_and_volume_types_and_quota_answer()
    {
        var id = await NewVolume("before");
        (await _c.Ok("PUT", "/v1/volumes/" + id, new { name = "after" }))["name"]!.GetValue<string>().Should().Be("after");
        var types = await _c.Ok("GET", "/v1/volume-types");
        types["volume_types"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Should().Contain(new[] { "SSD", "HDD", "SSD_KMS" });
        var def = await _c.Ok("GET", "/v1/volume-types/default");
        def["name"]!.GetValue<string>().Should().Be("SSD");
        (await _c.Ok("GET", "/v1/volume-types/" + def["id"]!.GetValue<string>()))["extra_specs"].Should().NotBeNull();
        var quota = await _c.Ok("GET", "/v1/volumes/quota-sets");
        quota["volumes"]!["in_use"]!.GetValue<long>().Should().Be(1);
        quota["usages"]!["in_use"]!.GetValue<long>().Should().Be(10);
    }
}

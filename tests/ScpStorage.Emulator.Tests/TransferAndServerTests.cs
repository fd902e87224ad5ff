using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests;

public sealed class TransferAndServerTests : IClassFixture<EmulatorFixture>
{
    private const string Db01 = "e4f6a8b0-c2d4-4e6f-8a0b-2c4d6e8f0a1b";
    private readonly EmulatorFixture _f;
    public TransferAndServerTests(EmulatorFixture f) => _f = f;

    private async Task<string> AvailableVolume(string name)
    {
        var id = (await _f.Client.Ok("POST", "/v1/volumes", new { name, size = 8 }, 202))["id"]!.GetValue<string>();
        (await _f.Client.Ok("GET", "/v1/volumes/" + id))["state"]!.GetValue<string>().Should().Be("available");
        return id;
    }

    [Fact]
    public async Task Transfer_create_list_show_accept()
    {
        var c = _f.Client;
        var id = await AvailableVolume("xfer");
        var created = await c.Ok("POST", "/v1/volume-transfer", new { volume_id = id, name = "move" }, 202);
        var transferId = created["id"]!.GetValue<string>();
        var authKey = created["auth_key"]!.GetValue<string>();
        (await c.Ok("GET", "/v1/volumes/" + id))["state"]!.GetValue<string>().Should().Be("awaiting-transfer");

        var list = await c.Ok("GET", "/v1/volume-transfer");
        list["transfers"]!.AsArray().Should().Contain(t => t!["id"]!.GetValue<string>() == transferId);
        list.ToJsonString().Should().NotContain(authKey);
        var show = await c.Ok("GET", "/v1/volume-transfer/" + transferId);
        show["created_at"].Should().NotBeNull();
        show.ToJsonString().Should().NotContain(authKey);

        (await c.Call("POST", $"/v1/volume-transfer/{transferId}/accept", new { auth_key = "wrong" })).Status.Should().Be(400);
        var accepted = await c.Ok("POST", $"/v1/volume-transfer/{transferId}/accept", new { auth_key = authKey }, 202);
        accepted["volume_id"]!.GetValue<string>().Should().Be(id);
        (await c.Ok("GET", "/v1/volumes/" + id))["state"]!.GetValue<string>().Should().Be("available");
        (await c.Call("GET", "/v1/volume-transfer/" + transferId)).Status.Should().Be(404);
    }

    [Fact]
    public async Task Transfer_delete_releases_the_volume()
    {
        var id = await AvailableVolume("xfer2");
        var transferId = (await _f.Client.Ok("POST", "/v1/volume-transfer", new { volume_id = id }, 202))["id"]!.GetValue<string>();
        (await _f.Client.Call("POST", "/v1/volume-transfer", new { volume_id = id })).Status.Should().Be(409);
        (await _f.Client.Call("DELETE", "/v1/volume-transfer/" + transferId)).Status.Should().Be(202);
        (await _f.Client.Ok("GET", "/v1/volumes/" + id))["state"]!.GetValue<string>().Should().Be("available");
    }

    [Fact]
    public async Task Servers_list_filters_and_show()
    {
        var all = await _f.Client.Ok("GET", "/v1/servers");
        all["servers"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).Should().Contain(new[] { "web01", "web02", "db01" });
        var byName = await _f.Client.Ok("GET", "/v1/servers?name=db01");
        byName["servers"]!.AsArray().Should().ContainSingle().Which!["id"]!.GetValue<string>().Should().Be(Db01);
        var byIp = await _f.Client.Ok("GET", "/v1/servers" + SignedClient.Query(("ip", "192.169.3.3")));
        byIp["servers"]!.AsArray().Should().ContainSingle().Which!["name"]!.GetValue<string>().Should().Be("web02");
        var byOffering = await _f.Client.Ok("GET", "/v1/servers" + SignedClient.Query(("product_offering", "gpu_server"), ("product_offering", "virtual_server")));
        byOffering["servers"]!.AsArray().Count.Should().BeGreaterThanOrEqualTo(3);
        (await _f.Client.Ok("GET", "/v1/servers?server_type_id=s1v4m8"))["servers"]!.AsArray().Should().ContainSingle();
        (await _f.Client.Ok("GET", "/v1/servers/" + Db01))["server_type"]!["vcpus"]!.GetValue<int>().Should().Be(4);
    }

    [Fact]
    public async Task Server_volume_routes_attach_update_detach()
    {
        var c = _f.Client;
        var id = await AvailableVolume("srvvol");
        var attached = await c.Ok("POST", $"/v1/servers/{Db01}/volumes", new { volume_id = id, delete_on_termination = false });
        attached["server_id"]!.GetValue<string>().Should().Be(Db01);
        (await c.Ok("GET", "/v1/volumes/" + id))["state"]!.GetValue<string>().Should().Be("in-use");

        var list = await c.Ok("GET", $"/v1/servers/{Db01}/volumes");
        list["volumes"]!.AsArray().Should().Contain(v => v!["volume_id"]!.GetValue<string>() == id);
        var updated = await c.Ok("PUT", $"/v1/servers/{Db01}/volumes/{id}", new { volume_id = id, delete_on_termination = true });
        updated["delete_on_termination"]!.GetValue<bool>().Should().BeTrue();
        (await c.Ok("GET", $"/v1/servers/{Db01}/volumes/{id}"))["device"]!.GetValue<string>().Should().StartWith("/dev/vd");

        (await c.Call("DELETE", $"/v1/servers/{Db01}/volumes/{id}")).Status.Should().Be(202);
        (await c.Ok("GET", "/v1/volumes/" + id))["state"]!.GetValue<string>().Should().Be("available");
        (await c.Call("GET", $"/v1/servers/{Db01}/volumes/{id}")).Status.Should().Be(404);
    }

    [Fact]
    public async Task Snapshot_update_list_and_delete()
    {
        var c = _f.Client;
        var id = await AvailableVolume("snapvol");
        var snapId = (await c.Ok("POST", "/v1/snapshots", new { name = "s1", volume_id = id }, 202))["id"]!.GetValue<string>();
        (await c.Ok("PUT", "/v1/snapshots/" + snapId, new { name = "s2" }))["name"]!.GetValue<string>().Should().Be("s2");
        var list = await c.Ok("GET", "/v1/snapshots?volume_id=" + id);
        list["count"]!.GetValue<long>().Should().Be(1);
        list["snapshots"]![0]!["status"]!.GetValue<string>().Should().Be("available");
        (await c.Call("DELETE", "/v1/snapshots/" + snapId)).Status.Should().Be(202);
        (await c.Call("GET", "/v1/snapshots/" + snapId)).Status.Should().Be(404);
        (await c.Call("POST", "/v1/snapshots", new { name = "x", volume_id = "missing" })).Status.Should().Be(404);
    }
}

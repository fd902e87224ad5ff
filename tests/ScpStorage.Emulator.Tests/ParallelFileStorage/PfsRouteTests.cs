using System;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Emulator.Tests.FileStorage;
using Xunit;

namespace ScpStorage.Emulator.Tests.ParallelFileStorage;

/// <summary>Parallel File Storage in the emulator: documented codes, exact answer fields, states moving with the delay.</summary>
public sealed class PfsRouteTests : IAsyncLifetime
{
    private const string Node = "6f1e2d3c-0000-4000-8000-0000000a0001";
    private EmulatorHost _host = null!;
    private ServiceCalls _pfs = null!;
    private DateTimeOffset _now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(new EmulatorOptions { TransitionDelay = TimeSpan.FromSeconds(2) });
        _host.Clock = () => _now;
        _pfs = new ServiceCalls(_host, "parallel-filestorage", "1.0");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private void Advance() => _now = _now.AddSeconds(3);

    [Fact]
    public async Task Volume_create_resize_delete_with_exact_fields_and_states()
    {
        var created = await _pfs.Ok("POST", "/v1/volumes", new { name = "scratch01", capacity_tb = 10 }, 202);
        ServiceCalls.ShouldHaveExactly(created, "id", "name", "state", "created_at", "capacity_tb", "account_id");
        var id = created["id"]!.GetValue<string>();
        created["state"]!.GetValue<string>().Should().Be("creating");
        (await _pfs.Call("PUT", $"/v1/volumes/{id}/capacity", new { capacity_tb = 20 })).Status.Should().Be(409, "still creating");
        Advance();
        ServiceCalls.ShouldHaveExactly(await _pfs.Ok("GET", "/v1/volumes/" + id), "id", "name", "state", "created_at", "capacity_tb", "account_id", "mount_path");
        ServiceCalls.ShouldHaveExactly((await _pfs.Ok("GET", "/v1/volumes"))["parallel_filestorages"]![0], "id", "name", "state", "created_at", "capacity_tb", "account_id");

        (await _pfs.Call("PUT", $"/v1/volumes/{id}/capacity", new { capacity_tb = 1001 })).Status.Should().Be(400);
        (await _pfs.Call("PUT", $"/v1/volumes/{id}/capacity", new { capacity_tb = 20 })).Json.Should().BeNull("202 without a body");
        (await _pfs.Ok("GET", "/v1/volumes/" + id))["state"]!.GetValue<string>().Should().Be("updating");
        Advance();
        (await _pfs.Ok("GET", "/v1/volumes/" + id))["capacity_tb"]!.GetValue<int>().Should().Be(20);

        (await _pfs.Call("POST", "/v1/volumes", new { name = "scratch01", capacity_tb = 1 })).Status.Should().Be(409);
        ServiceCalls.InvalidFields((await _pfs.Call("POST", "/v1/volumes", new { name = "X", capacity_tb = 0 })).Json).Should().BeEquivalentTo("name", "capacity_tb");
        (await _pfs.Call("DELETE", "/v1/volumes/" + id)).Status.Should().Be(202);
        Advance();
        (await _pfs.Call("GET", "/v1/volumes/" + id)).Status.Should().Be(404);
    }

    [Fact]
    public async Task Snapshots_and_GPU_node_access()
    {
        var id = (await _pfs.Ok("POST", "/v1/volumes", new { name = "scratch02", capacity_tb = 10 }, 202))["id"]!.GetValue<string>();
        Advance();
        var snap = await _pfs.Ok("POST", "/v1/snapshots", new { volume_id = id }, 202);
        ServiceCalls.ShouldHaveExactly(snap["snapshot"], "id", "name", "size", "state", "created_at", "volume_id");
        var sid = snap["snapshot"]!["id"]!.GetValue<string>();
        ServiceCalls.ShouldHaveExactly(await _pfs.Ok("GET", "/v1/snapshots?volume_id=" + id), "count", "snapshot_size_total_byte", "snapshots");
        (await _pfs.Call("PUT", $"/v1/snapshots/{sid}/restore?volume_id={id}")).Status.Should().Be(202);
        (await _pfs.Ok("GET", "/v1/volumes/" + id))["state"]!.GetValue<string>().Should().Be("restoring");
        Advance();

        var set = await _pfs.Ok("PUT", $"/v1/volumes/{id}/access-rules", new { add_access_rules = new[] { new { object_id = Node, object_type = "GPU_NODE" } }, remove_access_rules = Array.Empty<object>() }, 202);
        ServiceCalls.ShouldHaveExactly(set, "add_access_rules", "remove_access_rules", "volume_id");
        var rules = await _pfs.Ok("GET", $"/v1/volumes/{id}/access-rules");
        ServiceCalls.ShouldHaveExactly(rules["access_rules"]![0], "object_id", "object_type", "object_name", "object_state", "access_state", "access_ip_list");
        rules["access_rules"]![0]!["access_ip_list"]![0]!["access_ip_state"]!.GetValue<string>().Should().Be("creating");
        Advance();
        (await _pfs.Ok("GET", $"/v1/volumes/{id}/access-rules"))["access_rules"]![0]!["access_ip_list"]!.AsArray()
            .Should().OnlyContain(ip => ip!["access_ip_state"]!.GetValue<string>() == "active");
        (await _pfs.Call("PUT", $"/v1/volumes/{id}/access-rules", new { add_access_rules = new[] { new { object_id = Node, object_type = "GPU_NODE" } } })).Status
            .Should().Be(400, "both arrays are required");
        (await _pfs.Call("PUT", $"/v1/volumes/{id}/access-rules", new { add_access_rules = new[] { new { object_id = "unknown", object_type = "GPU_NODE" } }, remove_access_rules = Array.Empty<object>() })).Status
            .Should().Be(404);
        (await _pfs.Call("DELETE", $"/v1/snapshots/{sid}?volume_id={id}")).Status.Should().Be(202);
        Advance();
        (await _pfs.Ok("GET", "/v1/snapshots?volume_id=" + id))["count"]!.GetValue<int>().Should().Be(0);
    }
}

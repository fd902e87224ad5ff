using System;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests.FileStorage;

/// <summary>File Storage volumes in the emulator: documented codes, exact answer shapes, states moving with the delay, paging.</summary>
public sealed class FileVolumeRouteTests : IAsyncLifetime
{
    private EmulatorHost _host = null!;
    private ServiceCalls _fs = null!;
    private DateTimeOffset _now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(new EmulatorOptions { TransitionDelay = TimeSpan.FromSeconds(2) });
        _host.Clock = () => _now;
        _fs = new ServiceCalls(_host, "filestorage", "1.1");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private void Advance() => _now = _now.AddSeconds(3);

    private async Task<string> NewVolume(string name, string protocol = "NFS")
    {
        var created = await _fs.Ok("POST", "/v1/volumes", new { name, protocol, type_name = "SSD" }, 202);
        ServiceCalls.ShouldHaveExactly(created, "protocol", "snapshot_id", "type_name", "volume_id", "volume_name");
        var id = created["volume_id"]!.GetValue<string>();
        (await _fs.Ok("GET", "/v1/volumes/" + id))["state"]!.GetValue<string>().Should().Be("creating");
        Advance();
        return id;
    }

    [Fact]
    public async Task Create_show_set_delete_with_the_documented_shapes_and_states()
    {
        var id = await NewVolume("share01");
        var shown = await _fs.Ok("GET", "/v1/volumes/" + id);
        ServiceCalls.ShouldHaveExactly(shown, "id", "name", "protocol", "state", "account_id", "created_at", "type_id", "type_name", "purpose",
            "path", "usage", "encryption_enabled", "file_unit_recovery_enabled", "cifs_id", "endpoint_path");
        shown["state"]!.GetValue<string>().Should().Be("available");
        shown["created_at"]!.GetValue<string>().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$", "SCP's File Storage dates are zone-less microseconds");
        shown["file_unit_recovery_enabled"]!.GetValue<bool>().Should().BeFalse();

        var set = await _fs.Ok("PUT", "/v1/volumes/" + id, new { file_unit_recovery_enabled = true }, 202);
        ServiceCalls.ShouldHaveExactly(set, "file_unit_recovery_enabled");
        (await _fs.Ok("GET", "/v1/volumes/" + id))["file_unit_recovery_enabled"]!.GetValue<bool>().Should().BeTrue();

        (await _fs.Call("DELETE", "/v1/volumes/" + id)).Status.Should().Be(202);
        (await _fs.Ok("GET", "/v1/volumes/" + id))["state"]!.GetValue<string>().Should().Be("deleting");
        (await _fs.Call("DELETE", "/v1/volumes/" + id)).Status.Should().Be(409, "a deleting volume is busy");
        Advance();
        (await _fs.Call("GET", "/v1/volumes/" + id)).Status.Should().Be(404);
    }

    [Fact]
    public async Task Conflicts_and_validation_errors()
    {
        var created = await _fs.Ok("POST", "/v1/volumes", new { name = "busy01", protocol = "NFS", type_name = "HDD" }, 202);
        var id = created["volume_id"]!.GetValue<string>();
        (await _fs.Call("PUT", "/v1/volumes/" + id, new { file_unit_recovery_enabled = true })).Status.Should().Be(409, "the volume is still creating");
        (await _fs.Call("POST", "/v1/volumes", new { name = "busy01", protocol = "NFS", type_name = "HDD" })).Status.Should().Be(409, "names are unique");

        var bad = await _fs.Call("POST", "/v1/volumes", new { name = "Bad-Name", protocol = "SMB", type_name = "NVMe" });
        bad.Status.Should().Be(400);
        ServiceCalls.InvalidFields(bad.Json).Should().BeEquivalentTo("name", "protocol", "type_name");
        (await _fs.Call("PUT", "/v1/volumes/" + id, new { })).Status.Should().Be(400);
        (await _fs.Call("GET", "/v1/volumes?sort=size:asc")).Status.Should().Be(400);
        (await _fs.Call("GET", "/v1/volumes/00000000-0000-0000-0000-000000000000")).Status.Should().Be(404);
        (await _fs.Call("POST", "/v1/volumes", new { name = "fromsnap", protocol = "NFS", type_name = "HDD", snapshot_id = "nope" })).Status.Should().Be(404);
    }

    [Fact]
    public async Task List_pages_by_offset_and_limit_with_the_total_count_and_list_fields_only()
    {
        _host.Seed(25, 0);
        var page = await _fs.Ok("GET", "/v1/volumes?offset=20&limit=10&sort=name:asc");
        page["count"]!.GetValue<int>().Should().Be(25, "the emulator sends the total");
        var items = page["filestorages"]!.AsArray();
        items.Should().HaveCount(5);
        items[0]!["name"]!.GetValue<string>().Should().Be("seed_fs_000021");
        ServiceCalls.ShouldHaveExactly(items[0], "id", "name", "protocol", "state", "account_id", "created_at", "type_id", "type_name", "purpose");
        (await _fs.Ok("GET", "/v1/volumes?type_name=SSD"))["filestorages"]!.AsArray().Should().OnlyContain(v => v!["type_name"]!.GetValue<string>() == "SSD");
        (await _fs.Ok("GET", "/v1/volumes?name=seed_fs_000003"))["filestorages"]!.AsArray().Should().ContainSingle();
    }
}

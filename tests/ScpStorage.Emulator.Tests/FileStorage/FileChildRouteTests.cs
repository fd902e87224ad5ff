using System;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests.FileStorage;

/// <summary>Snapshots, schedules, access rules and replications of a File Storage volume in the emulator.</summary>
public sealed class FileChildRouteTests : IAsyncLifetime
{
    private EmulatorHost _host = null!;
    private ServiceCalls _fs = null!;
    private string _vol = "";
    private DateTimeOffset _now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(new EmulatorOptions { TransitionDelay = TimeSpan.FromSeconds(2) });
        _host.Clock = () => _now;
        _fs = new ServiceCalls(_host, "filestorage", "1.1");
        _vol = (await _fs.Ok("POST", "/v1/volumes", new { name = "share01", protocol = "NFS", type_name = "HDD" }, 202))["volume_id"]!.GetValue<string>();
        Advance();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private void Advance() => _now = _now.AddSeconds(3);

    [Fact]
    public async Task Snapshots_are_available_at_once_restore_makes_the_volume_busy_delete_takes_the_delay()
    {
        var created = await _fs.Ok("POST", "/v1/snapshots", new { volume_id = _vol }, 202);
        ServiceCalls.ShouldHaveExactly(created["snapshot"], "id", "name", "state", "size", "created_at", "volume_id");
        created["snapshot"]!["name"]!.GetValue<string>().Should().StartWith("share01.");
        var id = created["snapshot"]!["id"]!.GetValue<string>();

        (await _fs.Call("GET", "/v1/snapshots")).Status.Should().Be(400, "volume_id is required");
        var list = await _fs.Ok("GET", "/v1/snapshots?volume_id=" + _vol);
        ServiceCalls.ShouldHaveExactly(list, "count", "snapshot_size_total_byte", "snapshots");
        ServiceCalls.ShouldHaveExactly(list["snapshots"]![0], "id", "name", "state", "size", "created_at");

        var restored = await _fs.Ok("PUT", $"/v1/snapshots/{id}/restore?volume_id={_vol}", null, 202);
        ServiceCalls.ShouldHaveExactly(restored["snapshot"], "id", "name", "state", "size", "created_at");
        (await _fs.Ok("GET", "/v1/volumes/" + _vol))["state"]!.GetValue<string>().Should().Be("restoring");
        (await _fs.Call("PUT", $"/v1/snapshots/{id}/restore?volume_id={_vol}")).Status.Should().Be(409);
        Advance();

        (await _fs.Call("DELETE", $"/v1/snapshots/{id}?volume_id=00000000-0000-0000-0000-000000000000")).Status.Should().Be(404, "the pair must match");
        (await _fs.Call("DELETE", $"/v1/snapshots/{id}?volume_id={_vol}")).Status.Should().Be(202);
        Advance();
        (await _fs.Ok("GET", "/v1/snapshots?volume_id=" + _vol))["snapshots"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Schedules_answer_without_id_are_listed_with_it_and_refuse_duplicates()
    {
        var body = new { volume_id = _vol, snapshot_retention_count = 7, snapshot_schedule = new { frequency = "WEEKLY", day_of_week = "MON", hour = "23" } };
        var created = await _fs.Ok("POST", "/v1/snapshot-schedules", body, 202);
        ServiceCalls.ShouldHaveExactly(created, "snapshot_retention_count", "volume_id", "snapshot_schedule");
        ServiceCalls.ShouldHaveExactly(created["snapshot_schedule"], "frequency", "day_of_week", "hour");
        (await _fs.Call("POST", "/v1/snapshot-schedules", body)).Status.Should().Be(409);
        var bad = await _fs.Call("POST", "/v1/snapshot-schedules", new { volume_id = _vol, snapshot_schedule = new { frequency = "HOURLY", hour = "24" } });
        ServiceCalls.InvalidFields(bad.Json).Should().BeEquivalentTo("snapshot_schedule.frequency", "snapshot_schedule.hour");

        var list = await _fs.Ok("GET", "/v1/snapshot-schedules?volume_id=" + _vol);
        ServiceCalls.ShouldHaveExactly(list, "snapshot_retention_count", "volume_id", "snapshot_policy_enabled", "snapshot_schedule");
        list["snapshot_retention_count"]!.GetValue<long>().Should().Be(7);
        var id = list["snapshot_schedule"]![0]!["id"]!.GetValue<string>();

        await _fs.Ok("PUT", $"/v1/snapshot-schedules/{id}?volume_id={_vol}", new { snapshot_schedule = new { frequency = "DAILY", hour = "2" } }, 202);
        (await _fs.Ok("GET", "/v1/snapshot-schedules?volume_id=" + _vol))["snapshot_schedule"]![0]!["frequency"]!.GetValue<string>().Should().Be("DAILY");
        (await _fs.Call("DELETE", $"/v1/snapshot-schedules/{id}?volume_id={_vol}")).Status.Should().Be(202);
        (await _fs.Call("DELETE", $"/v1/snapshot-schedules/{id}?volume_id={_vol}")).Status.Should().Be(404);
    }

    [Fact]
    public async Task Access_rules_become_active_and_leave_with_the_delay()
    {
        const string vm = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f";
        var set = await _fs.Ok("PUT", $"/v1/volumes/{_vol}/access-rules", new { object_id = vm, object_type = "VM", action = "add" }, 202);
        ServiceCalls.ShouldHaveExactly(set, "volume_id", "object_type", "object_id", "action");
        var rules = await _fs.Ok("GET", $"/v1/volumes/{_vol}/access-rules");
        ServiceCalls.ShouldHaveExactly(rules, "count", "volume_id", "access_rules");
        ServiceCalls.ShouldHaveExactly(rules["access_rules"]![0], "access_rule_state", "object_type", "object_id");
        rules["access_rules"]![0]!["access_rule_state"]!.GetValue<string>().Should().Be("creating");
        (await _fs.Call("PUT", $"/v1/volumes/{_vol}/access-rules", new { object_id = vm, object_type = "VM", action = "add" })).Status.Should().Be(409);
        Advance();
        (await _fs.Ok("GET", $"/v1/volumes/{_vol}/access-rules"))["access_rules"]![0]!["access_rule_state"]!.GetValue<string>().Should().Be("active");

        await _fs.Ok("PUT", $"/v1/volumes/{_vol}/access-rules", new { object_id = vm, object_type = "VM", action = "remove" }, 202);
        Advance();
        (await _fs.Ok("GET", $"/v1/volumes/{_vol}/access-rules"))["count"]!.GetValue<int>().Should().Be(0);
        (await _fs.Call("PUT", $"/v1/volumes/{_vol}/access-rules", new { object_id = vm, object_type = "VM", action = "remove" })).Status.Should().Be(409);
        (await _fs.Call("PUT", $"/v1/volumes/{_vol}/access-rules", new { object_id = vm, object_type = "PC", action = "grant" })).Status.Should().Be(400);
    }

    [Fact]
    public async Task A_replication_makes_its_replica_in_the_target_region_and_holds_the_source()
    {
        var regions = await _fs.Ok("GET", "/v1/replications/regions?type_name=HDD&source_region_name=kr-west1&replication_type=replication");
        regions["regions"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Equal("kr-east1");

        var created = await _fs.Ok("POST", "/v1/replications",
            new { name = "share01_dr", replication_frequency = "hourly", region = "kr-east1", volume_id = _vol, replication_type = "replication" }, 202);
        ServiceCalls.ShouldHaveExactly(created, "replication_id", "replication_status", "source_volume_id", "source_volume_region", "protocol",
            "replication_volume_id", "replication_volume_region");
        created["replication_status"]!.GetValue<string>().Should().Be("creating");
        var id = created["replication_id"]!.GetValue<string>();
        var replica = created["replication_volume_id"]!.GetValue<string>();

        var east = new ServiceCalls(_host, "filestorage", "1.1", "/e/kr-east1");
        (await east.Ok("GET", "/v1/volumes/" + replica))["purpose"]!.GetValue<string>().Should().Be("replication");
        (await _fs.Call("GET", "/v1/volumes/" + replica)).Status.Should().Be(404, "the replica lives in the target region");

        (await _fs.Call("PUT", $"/v1/replications/{id}?volume_id={_vol}", new { replication_policy = "paused", replication_update_type = "policy" })).Status
            .Should().Be(409, "it is still creating");
        Advance();
        var shown = await _fs.Ok("GET", $"/v1/replications/{id}?volume_id={_vol}");
        shown["replication_status"]!.GetValue<string>().Should().Be("active");
        ServiceCalls.ShouldHaveExactly(shown, "replication_id", "replication_frequency", "source_volume_id", "source_volume_region", "source_volume_access_level",
            "replication_volume_id", "replication_volume_region", "replication_volume_access_level", "replication_type",
            "source_volume_name", "replication_policy", "replication_status", "replication_volume_name", "backup_retention_count");
        ServiceCalls.ShouldHaveExactly((await _fs.Ok("GET", "/v1/replications?volume_id=" + _vol))["replications"]![0],
            "replication_id", "replication_frequency", "source_volume_id", "source_volume_region", "source_volume_access_level",
            "replication_volume_id", "replication_volume_region", "replication_volume_access_level", "replication_type");

        await _fs.Ok("PUT", $"/v1/replications/{id}?volume_id={_vol}", new { replication_policy = "paused", replication_update_type = "policy" }, 202);
        var changed = await _fs.Ok("PUT", $"/v1/replications/{id}?volume_id={_vol}", new { replication_frequency = "daily", replication_update_type = "modify_schedule" }, 202);
        changed["replication_frequency"]!.GetValue<string>().Should().Be("daily");
        (await _fs.Ok("GET", $"/v1/replications/{id}?volume_id={_vol}"))["replication_policy"]!.GetValue<string>().Should().Be("paused");
        (await _fs.Call("PUT", $"/v1/replications/{id}?volume_id={_vol}", new { replication_update_type = "policy" })).Status.Should().Be(400);

        (await _fs.Call("DELETE", "/v1/volumes/" + _vol)).Status.Should().Be(409, "a volume with replications is not deleted");
        (await _fs.Call("DELETE", $"/v1/replications/{id}?volume_id={_vol}")).Status.Should().Be(202);
        Advance();
        (await _fs.Call("GET", $"/v1/replications/{id}?volume_id={_vol}")).Status.Should().Be(404);
        (await east.Call("GET", "/v1/volumes/" + replica)).Status.Should().Be(200, "the replica stays");
        (await _fs.Call("DELETE", "/v1/volumes/" + _vol)).Status.Should().Be(202);
    }
}

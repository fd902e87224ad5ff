using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests.BareMetalBlockStorage;

/// <summary>The bare metal block storage routes: documented shapes (keys compared with seed 003's examples), states moving with the delay, refusals.</summary>
public sealed class BmEmulatorTests : IAsyncLifetime
{
    private const string Bm01 = "83c3c73d457345e3829ee6d5557c0011";
    private const string Bm02 = "83c3c73d457345e3829ee6d5557c0012";
    private EmulatorHost _host = null!;
    private SignedClient _c = null!;
    private DateTimeOffset _now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(new EmulatorOptions { TransitionDelay = TimeSpan.FromSeconds(2) });
        _host.Clock = () => _now;
        _c = new SignedClient(_host) { Version = "baremetal-blockstorage 1.3" };
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private void Advance() => _now = _now.AddSeconds(3);

    private async Task<(int Status, JsonNode? Json)> Call(string method, string path, object? body = null)
    {
        using var r = await _c.SendUrl(method, _c.Url(path, "baremetal-blockstorage"), body);
        var text = await r.Content.ReadAsStringAsync();
        return ((int)r.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private async Task<JsonNode> Ok(string method, string path, object? body = null, int expected = 200)
    {
        var (status, json) = await Call(method, path, body);
        if (status != expected) throw new InvalidOperationException($"{method} {path} → {status}: {json?.ToJsonString()}");
        return json ?? new JsonObject();
    }

    private async Task<JsonObject> Show(string id) => (JsonObject)(await Ok("GET", "/v1/volumes/" + id))["result"]!;

    private async Task<string> NewVolume(string name, object[]? attachments = null)
    {
        var created = await Ok("POST", "/v1/volumes", new { name, size_gb = 10, disk_type = "SSD", attachments = attachments ?? Array.Empty<object>() }, 202);
        Keys(created).Should().BeEquivalentTo(ExampleKeys("Create-Volume"));
        var id = created["resource_id"]!.GetValue<string>();
        (await Show(id))["state"]!.GetValue<string>().Should().Be("CREATING");
        Advance();
        return id;
    }

    /// <summary>The keys of seed 003's 1.3 example for an operation (kept in the core tests' data).</summary>
    private static string[] ExampleKeys(string operation, string? inner = null)
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "ScpStorage.sln"))) dir = Path.GetDirectoryName(dir)!;
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "tests", "ScpStorage.Core.Tests", "BareMetalBlockStorage", "TestData", operation + ".json")))!;
        if (inner != null) json = inner.Split('.').Aggregate(json, (n, k) => k == "0" ? n[0]! : n[k]!);
        return Keys(json);
    }

    private static string[] Keys(JsonNode n) => n.AsObject().Select(p => p.Key).ToArray();

    [Fact]
    public async Task Volume_create_show_list_attach_detach_qos_delete_with_documented_shapes()
    {
        var id = await NewVolume("bm-data01");
        var shown = await Show(id);
        shown["state"]!.GetValue<string>().Should().Be("AVAILABLE");
        Keys(shown).Should().BeEquivalentTo(ExampleKeys("Show-Volume", "result"));
        shown["srn"]!.GetValue<string>().Should().EndWith(":baremetal-blockstorage:volume/" + id);

        var list = await Ok("GET", "/v1/volumes?name=bm-data01");
        Keys(list).Should().BeEquivalentTo(ExampleKeys("List-Volumes"));
        Keys(list["volumes"]![0]!).Should().BeEquivalentTo(ExampleKeys("List-Volumes", "volumes.0"));
        list["volumes"]![0]!["volume_group"]!.GetValue<string>().Should().Be("");

        var attached = await Ok("POST", $"/v1/volumes/{id}/attachments", new { attachments = new[] { new { object_id = Bm01, object_type = "BM" }, new { object_id = Bm02, object_type = "BM" } } });
        Keys(attached).Should().BeEquivalentTo(ExampleKeys("Attach-Volume"));
        (await Show(id))["state"]!.GetValue<string>().Should().Be("ATTACHING");
        Advance();
        var inUse = await Show(id);
        inUse["state"]!.GetValue<string>().Should().Be("IN_USE");
        inUse["attachments"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()).Should().Equal("baremetal-01", "baremetal-02");
        Keys(inUse["attachments"]![0]!).Should().BeEquivalentTo(ExampleKeys("Show-Volume", "result.attachments.0"));
        (await Ok("GET", "/v1/volumes?object_name=baremetal-02"))["total_count"]!.GetValue<int>().Should().Be(1);
        (await Call("DELETE", "/v1/volumes/" + id)).Status.Should().Be(400, "an attached volume is not deleted");
        (await Call("POST", $"/v1/volumes/{id}/attachments", new { attachments = new[] { new { object_id = "0000", object_type = "BM" } } })).Status.Should().Be(404);

        // Detach is a DELETE with a body; one server stays attached.
        (await Call("DELETE", $"/v1/volumes/{id}/attachments", new { attachments = new[] { "not-attached" } })).Status.Should().Be(400);
        await Ok("DELETE", $"/v1/volumes/{id}/attachments", new { attachments = new[] { Bm01 } });
        Advance();
        (await Show(id))["state"]!.GetValue<string>().Should().Be("IN_USE");
        await Ok("DELETE", $"/v1/volumes/{id}/attachments", new { attachments = new[] { Bm02 } });
        Advance();
        (await Show(id))["state"]!.GetValue<string>().Should().Be("AVAILABLE");

        (await Call("PUT", $"/v1/volumes/{id}/qos", new { iops = 4999 })).Status.Should().Be(400, "IOPS below 5,000");
        (await Call("PUT", $"/v1/volumes/{id}/qos", new { throughput = 1001 })).Status.Should().Be(400, "throughput above 1,000");
        var qos = await Ok("PUT", $"/v1/volumes/{id}/qos", new { iops = 8000 });
        Keys(qos).Should().BeEquivalentTo(ExampleKeys("Set-Volume-QoS"));
        qos["throughput"]!.GetValue<long>().Should().Be(250, "an omitted value keeps the current one");
        (await Show(id))["state"]!.GetValue<string>().Should().Be("EDITING");
        Advance();

        Keys(await Ok("DELETE", "/v1/volumes/" + id, expected: 202)).Should().BeEquivalentTo(ExampleKeys("Delete-Volume"));
        (await Show(id))["state"]!.GetValue<string>().Should().Be("DELETING");
        Advance();
        (await Call("GET", "/v1/volumes/" + id)).Status.Should().Be(404);
    }

    [Fact]
    public async Task Create_validates_before_creating_anything()
    {
        var (status, json) = await Call("POST", "/v1/volumes", new { name = "x", size_gb = 10, disk_type = "NVME", attachments = Array.Empty<object>(), qos = new { iops = 6000 } });
        status.Should().Be(400);
        json!["detail"]!.AsArray().Select(d => d!["loc"]![1]!.GetValue<string>()).Should().Contain(new[] { "disk_type", "throughput" });
        (await Call("POST", "/v1/volumes", new { name = "x", size_gb = 10, disk_type = "SSD" })).Status.Should().Be(400, "attachments is a required key");
        (await Ok("GET", "/v1/volumes"))["total_count"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Groups_members_snapshots_restore_and_recovery()
    {
        var a = await NewVolume("bm-a");
        var b = await NewVolume("bm-b");
        var created = await Ok("POST", "/v1/volume-groups", new { name = "vg-01", volume_ids = new[] { a } }, 202);
        var g = created["resource_id"]!.GetValue<string>();
        (await Call("POST", "/v1/volume-groups", new { name = "vg-02", volume_ids = new[] { a } })).Status.Should().Be(400, "a volume is in one group at most");
        Advance();
        var added = await Ok("PUT", $"/v1/volume-groups/{g}/members/add", new { volume_ids = new[] { b } });
        Keys(added).Should().BeEquivalentTo(ExampleKeys("Add-Volume-Group-Member-on-Volume-Group"));
        Keys(added["member_volumes"]![0]!).Should().BeEquivalentTo(ExampleKeys("Add-Volume-Group-Member-on-Volume-Group", "member_volumes.0"));
        Advance();
        var group = (await Ok("GET", "/v1/volume-groups/" + g))["result"]!;
        Keys(group).Should().BeEquivalentTo(ExampleKeys("Show-Volume-Group", "result"));
        Keys(group["member_volumes"]![0]!).Should().BeEquivalentTo(ExampleKeys("Show-Volume-Group", "result.member_volumes.0"));
        group["member_volumes"]!.AsArray().Should().HaveCount(2);
        var listed = await Ok("GET", "/v1/volume-groups");
        Keys(listed["volume_groups"]![0]!).Should().BeEquivalentTo(ExampleKeys("List-Volume-Groups", "volume_groups.0"));
        (await Ok("GET", "/v1/volumes?volume_group_name=vg-01"))["total_count"]!.GetValue<int>().Should().Be(2);

        var snap = await Ok("POST", $"/v1/volume-groups/{g}/snapshots");
        Keys(snap).Should().BeEquivalentTo(ExampleKeys("Create-Volume-Group-Snapshot"));
        var sid = snap["snapshot_id"]!.GetValue<string>();
        (await Call("PUT", $"/v1/volumes/{a}/snapshots/{sid}/restore")).Status.Should().Be(404, "a group snapshot is not a snapshot of the volume");
        await Ok("PUT", $"/v1/volume-groups/{g}/snapshots/{sid}/restore");
        (await Show(a))["state"]!.GetValue<string>().Should().Be("EDITING", "a group restore edits every member");
        Advance();
        var recovered = await Ok("POST", $"/v1/volume-groups/{g}/recoveries", new { block_storage_name_prefix = "rec-", snapshot_id = sid }, 202);
        Advance();
        var rec = (await Ok("GET", "/v1/volume-groups/" + recovered["resource_id"]!.GetValue<string>()))["result"]!;
        rec["purpose"]!.GetValue<string>().Should().Be("RECOVERY");
        rec["member_volumes"]!.AsArray().Select(m => m!["name"]!.GetValue<string>()).Should().BeEquivalentTo("rec-bm-a", "rec-bm-b");

        await Ok("PUT", $"/v1/volume-groups/{g}/members/remove", new { volume_ids = new[] { a, b } });
        (await Call("PUT", $"/v1/volume-groups/{g}/members/remove", new { volume_ids = new[] { a } })).Status.Should().Be(400);
        Advance();
        ((await Ok("GET", "/v1/volume-groups/" + g))["result"]!["member_volumes"]!.AsArray()).Should().BeEmpty("the last member leaves an empty group");
    }

    [Fact]
    public async Task Volume_snapshots_rates_schedules_and_recovery()
    {
        var v = await NewVolume("bm-snap");
        var snap = await Ok("POST", $"/v1/volumes/{v}/snapshots");
        Keys(snap).Should().BeEquivalentTo(ExampleKeys("Create-Volume-Snapshot"));
        var listed = await Ok("GET", $"/v1/volumes/{v}/snapshots");
        Keys(listed).Should().BeEquivalentTo(ExampleKeys("List-Volume-Snapshots"));
        listed["snapshots"]!.AsArray().Should().ContainSingle();

        (await Call("PUT", $"/v1/volumes/{v}/snapshot-rates", new { snapshot_rate = 50 })).Status.Should().Be(400, "no rate to change yet");
        Keys(await Ok("POST", $"/v1/volumes/{v}/snapshot-rates", new { snapshot_rate = 100 })).Should().BeEquivalentTo(ExampleKeys("Create-Volume-Snapshot-Rate"));
        (await Call("POST", $"/v1/volumes/{v}/snapshot-rates", new { snapshot_rate = 100 })).Status.Should().Be(400, "one rate per volume");
        (await Ok("PUT", $"/v1/volumes/{v}/snapshot-rates", new { snapshot_rate = 50 }))["snapshot_rate"]!.GetValue<long>().Should().Be(50);
        (await Ok("DELETE", $"/v1/volumes/{v}/snapshot-rates"))["is_snapshot_activated"]!.GetValue<bool>().Should().BeFalse();

        var schedule = await Ok("POST", $"/v1/volumes/{v}/snapshot-schedules", new { hour = 18 });
        Keys(schedule).Should().BeEquivalentTo(ExampleKeys("Create-Volume-Snapshot-Schedule"));
        schedule["frequency"]!.GetValue<string>().Should().Be("DAILY");
        (await Call("POST", $"/v1/volumes/{v}/snapshot-schedules", new { hour = 2 })).Status.Should().Be(400);
        (await Call("PUT", $"/v1/volumes/{v}/snapshot-schedules", new { hour = 24 })).Status.Should().Be(400);
        (await Ok("PUT", $"/v1/volumes/{v}/snapshot-schedules", new { hour = 2, day_of_week = "SUN" }))["frequency"]!.GetValue<string>().Should().Be("WEEKLY");
        (await Show(v))["snapshot_schedule"]!["day_of_week"]!.GetValue<string>().Should().Be("SUN");
        await Ok("DELETE", $"/v1/volumes/{v}/snapshot-schedules");
        (await Show(v))["snapshot_schedule"]!["frequency"]!.GetValue<string>().Should().Be("NONE");

        var sid = snap["snapshot_id"]!.GetValue<string>();
        var copy = await Ok("POST", $"/v1/volumes/{v}/recoveries", new { name = "bm-copy", snapshot_id = sid }, 202);
        Advance();
        var recovered = await Show(copy["resource_id"]!.GetValue<string>());
        recovered["purpose"]!.GetValue<string>().Should().Be("RECOVERY");
        recovered["recovery"]!["origin_volume"]!["id"]!.GetValue<string>().Should().Be(v);

        await Ok("PUT", $"/v1/volumes/{v}/snapshots/{sid}/restore");
        Advance();
        await Ok("DELETE", $"/v1/volumes/{v}/snapshots/{sid}");
        (await Call("DELETE", $"/v1/volumes/{v}/snapshots/{sid}")).Status.Should().Be(404);
    }

    [Fact]
    public async Task Replications_of_volumes_and_groups()
    {
        var v = await NewVolume("bm-rep");
        (await Call("GET", $"/v1/volumes/{v}/replications")).Status.Should().Be(404);
        await Ok("POST", $"/v1/volumes/{v}/replications", new { cycle = "HOURLY", name = "dr-rep", region = "kr-east1" }, 202);
        (await Call("POST", $"/v1/volumes/{v}/replications", new { cycle = "HOURLY", name = "dr-rep", region = "kr-east1" })).Status.Should().Be(400);
        (await Ok("GET", $"/v1/volumes/{v}/replications"))["result"]!["sync_state"]!.GetValue<string>().Should().Be("");
        Advance();
        var rep = (await Ok("GET", $"/v1/volumes/{v}/replications"))["result"]!;
        Keys(rep).Should().BeEquivalentTo(ExampleKeys("Show-Volume-Replication", "result"));
        rep["sync_state"]!.GetValue<string>().Should().Be("SNAPMIRROED");
        (await Show(v))["has_replication"]!.GetValue<bool>().Should().BeTrue();
        Keys(await Ok("PUT", $"/v1/volumes/{v}/replications/cycle", new { cycle = "DAILY" })).Should().BeEquivalentTo(ExampleKeys("Set-Volume-Replication-Cycle"));
        Keys(await Ok("PUT", $"/v1/volumes/{v}/replications/policy", new { policy = "BREAK" })).Should().BeEquivalentTo(ExampleKeys("Set-Volume-Replication-Policy"));
        (await Call("PUT", $"/v1/volumes/{v}/replications/policy", new { policy = "PAUSE" })).Status.Should().Be(400);
        (await Call("DELETE", "/v1/volumes/" + v)).Status.Should().Be(400, "a replicated volume is not deleted");
        await Ok("DELETE", $"/v1/volumes/{v}/replications", expected: 202);
        (await Show(v))["has_replication"]!.GetValue<bool>().Should().BeFalse();

        var g = (await Ok("POST", "/v1/volume-groups", new { name = "vg-rep", volume_ids = new[] { v } }, 202))["resource_id"]!.GetValue<string>();
        Advance();
        (await Call("POST", $"/v1/volume-groups/{g}/replications", new { cycle = "5MIN", name = "dr", region = "kr-east1" })).Status.Should().Be(400, "a group needs the replica volume name prefix");
        await Ok("POST", $"/v1/volume-groups/{g}/replications", new { cycle = "5MIN", name = "dr", region = "kr-east1", replication_volume_name_prefix = "dr-" }, 202);
        Advance();
        Keys((await Ok("GET", $"/v1/volume-groups/{g}/replications"))["result"]!).Should().BeEquivalentTo(ExampleKeys("Show-Volume-Group-Replication", "result"));
        Keys(await Ok("PUT", $"/v1/volume-groups/{g}/replications/policy", new { policy = "RESYNC" })).Should().BeEquivalentTo(ExampleKeys("Set-Volume-Group-Replication-Policy"));
        (await Ok("DELETE", $"/v1/volume-groups/{g}/replications"))["result"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Lists_page_by_offset_with_the_total()
    {
        _host.Seed(25, 0);
        var first = await Ok("GET", "/v1/volumes?limit=10&offset=0&sort=name:asc");
        first["total_count"]!.GetValue<int>().Should().Be(25);
        first["volumes"]!.AsArray().Should().HaveCount(10);
        var last = await Ok("GET", "/v1/volumes?limit=10&offset=20&sort=name:asc");
        last["volumes"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).Should().Equal(Enumerable.Range(21, 5).Select(i => $"seed-bm-{i:D6}"));
        (await Call("GET", "/v1/volumes?sort=colour:asc")).Status.Should().Be(400);
    }
}

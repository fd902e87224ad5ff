using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests.ArchiveStorage;

/// <summary>Archive Storage routes against an emulator with instant transitions: success, 404, 409 and 400 cases, runs, paging.</summary>
public sealed class ArchiveEmulatorTests : IClassFixture<EmulatorFixture>
{
    private readonly ArchiveApi _a;
    public ArchiveEmulatorTests(EmulatorFixture f) => _a = new ArchiveApi(f.Host);

    private static string Name() => "b" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Bucket_create_show_list_settings_and_delete()
    {
        var name = Name();
        var id = (await _a.Ok("POST", "/v1/buckets", new { name, tags = new[] { new { key = "team", value = "ops" } } }, 201))["id"]!.GetValue<string>();
        (await _a.Call("POST", "/v1/buckets", new { name })).Status.Should().Be(409);

        var show = await _a.Ok("GET", "/v1/buckets/" + id);
        show["state"]!.GetValue<string>().Should().Be("ACTIVE");
        show["usage"]!.GetValue<string>().Should().Be("0");
        var list = await _a.Ok("GET", "/v1/buckets?name=" + name);
        list["buckets"]!.AsArray().Should().ContainSingle().Which!["id"]!.GetValue<string>().Should().Be(id);

        (await _a.Ok("GET", $"/v1/buckets/{id}/encryption"))["enabled"]!.GetValue<bool>().Should().BeFalse();
        (await _a.Ok("PUT", $"/v1/buckets/{id}/encryption", new { enabled = true }))["enabled"]!.GetValue<bool>().Should().BeTrue();
        (await _a.Ok("GET", $"/v1/buckets/{id}/encryption"))["enabled"]!.GetValue<bool>().Should().BeTrue();
        (await _a.Ok("PUT", $"/v1/buckets/{id}/versioning", new { enabled = true }))["enabled"]!.GetValue<bool>().Should().BeTrue();
        (await _a.Call("PUT", $"/v1/buckets/{id}/versioning", new { })).Status.Should().Be(400);

        (await _a.Call("DELETE", "/v1/buckets/" + id)).Status.Should().Be(202);
        (await _a.Call("GET", "/v1/buckets/" + id)).Status.Should().Be(404);
        (await _a.Call("DELETE", "/v1/buckets/" + id)).Status.Should().Be(404);
    }

    [Fact]
    public async Task Create_bucket_validates_every_field_at_once()
    {
        var (status, json) = await _a.Call("POST", "/v1/buckets", new { name = "", tags = new[] { new { key = new string('k', 129) } } });
        status.Should().Be(400);
        json!["detail"]!.AsArray().Select(d => d!["loc"]![1]!.GetValue<string>()).Should().BeEquivalentTo("name", "tags");
    }

    [Fact]
    public async Task An_archiving_run_copies_old_enough_source_objects_and_the_history_ends_success()
    {
        var (id, _) = await _a.ArchivedBucket(Name(), "docs/a.txt", "docs/b.txt", "top.txt");
        var objects = await _a.Ok("GET", $"/v1/buckets/{id}/objects?object_path=docs/");
        objects["contents"]!.AsArray().Select(o => o!["object_name"]!.GetValue<string>()).Should().Equal("docs/a.txt", "docs/b.txt");

        var histories = await _a.Ok("GET", "/v1/archiving-histories?" + ArchiveApi.Window(id));
        var h = histories["contents"]!.AsArray().Should().ContainSingle().Subject!;
        h["state"]!.GetValue<string>().Should().Be("SUCCESS");
        h["end_at"].Should().NotBeNull();
        var detail = await _a.Ok("GET", $"/v1/archiving-histories/detail?id={h["id"]}&bucket_id={id}");
        detail["archiving_infos"]![0]!["archiving_object_count"]!.GetValue<int>().Should().Be(3);
        (await _a.Ok("GET", "/v1/buckets/" + id))["archiving_source_bucket_name"]!.GetValue<string>().Should().StartWith("obs-");
        // Finished: a cancel is a conflict.
        (await _a.Call("PUT", $"/v1/archiving-histories/cancel-archiving?id={h["id"]}&bucket_id={id}")).Status.Should().Be(409);
    }

    [Fact]
    public async Task Histories_need_both_time_bounds()
    {
        var (id, _) = await _a.ArchivedBucket(Name(), "x.txt");
        var (status, json) = await _a.Call("GET", "/v1/recovery-histories?bucket_id=" + id);
        status.Should().Be(400);
        json!["detail"]!.AsArray().Select(d => d!["loc"]![1]!.GetValue<string>()).Should().BeEquivalentTo("start_at_from", "start_at_to");
    }

    [Fact]
    public async Task Objects_page_by_marker_with_is_truncated()
    {
        var seeded = await _a.AdminCall("POST", "/seed", new { bucket_name = Name(), objects = 25 });
        var id = seeded["bucket_id"]!.GetValue<string>();
        var first = await _a.Ok("GET", $"/v1/buckets/{id}/objects?limit=10");
        first["is_truncated"]!.GetValue<bool>().Should().BeTrue();
        first["count"]!.GetValue<int>().Should().Be(25);
        var marker = first["marker"]!.GetValue<string>();
        marker.Should().Be("obj-000010.txt");
        var rest = await _a.Ok("GET", $"/v1/buckets/{id}/objects?limit=20&marker={marker}");
        rest["is_truncated"]!.GetValue<bool>().Should().BeFalse();
        rest["marker"].Should().BeNull();
        rest["contents"]!.AsArray().Should().HaveCount(15);
        rest["contents"]![0]!["object_name"]!.GetValue<string>().Should().Be("obj-000011.txt");
    }

    [Fact]
    public async Task Recovery_copies_to_the_obs_bucket_and_keeps_existing_keys_without_overwrite()
    {
        var (id, obs) = await _a.ArchivedBucket(Name(), "r/a.txt", "r/b.txt");
        var target = "target-" + Name();
        await _a.AdminCall("PUT", $"/obs/{target}/objects", new { objects = new[] { new { key = "r/a.txt", size = 999, age_days = 0 } } });

        var started = await _a.Ok("PUT", $"/v1/buckets/{id}/recover-objects",
            new { recovery_target_bucket_name = target, recovery_infos = new[] { new { source_object_path = "r/", object_type = "FOLDER" } }, overwrite = false }, 202);
        started["recovery_target_bucket_name"]!.GetValue<string>().Should().Be(target);
        var detail = await _a.Ok("GET", $"/v1/recovery-histories/detail?id={started["id"]}&bucket_id={id}");
        detail["state"]!.GetValue<string>().Should().Be("SUCCESS");
        detail["recovery_infos"]![0]!["recovery_object_count"]!.GetValue<int>().Should().Be(1);
        detail["recovery_infos"]![0]!["total_object_count"]!.GetValue<int>().Should().Be(2);
        var obsObjects = (await _a.AdminCall("GET", $"/obs/{target}/objects"))["objects"]!.AsArray();
        obsObjects.Should().HaveCount(2);
        obsObjects.Single(o => o!["key"]!.GetValue<string>() == "r/a.txt")!["size"]!.GetValue<string>().Should().Be("999");

        (await _a.Call("PUT", $"/v1/buckets/{id}/recover-objects",
            new { recovery_target_bucket_name = "no-such-obs", recovery_infos = new[] { new { source_object_path = "r/a.txt", object_type = "FILE" } }, overwrite = true })).Status.Should().Be(404);
        (await _a.Call("PUT", $"/v1/buckets/{id}/recover-objects",
            new { recovery_target_bucket_name = target, recovery_infos = new[] { new { source_object_path = "r/a.txt", object_type = "DIR" } } })).Status.Should().Be(400);
    }

    [Fact]
    public async Task Versions_list_delete_promotes_the_newest_and_recover_one_version()
    {
        var name = Name();
        var obs = "obs-" + name;
        await _a.AdminCall("PUT", $"/obs/{obs}/objects", new { objects = new[] { new { key = "v.txt", size = 1, age_days = 30 } } });
        var id = (await _a.Ok("POST", "/v1/buckets", new { name }, 201))["id"]!.GetValue<string>();
        await _a.Ok("PUT", $"/v1/buckets/{id}/versioning", new { enabled = true });
        var policy = await _a.Ok("POST", "/v1/archiving-policies?bucket_id=" + id, new { archiving_source_bucket_name = obs, object_lifecycle = "1", object_path = "/" }, 201);
        await _a.AdminCall("POST", "/run-archiving?bucket_id=" + id);
        await _a.AdminCall("POST", "/run-archiving?bucket_id=" + id);

        var versions = (await _a.Ok("GET", $"/v1/buckets/{id}/object-versions?object_path=v.txt"))["contents"]!.AsArray();
        versions.Should().HaveCount(2);
        versions[0]!["latest"]!.GetValue<bool>().Should().BeTrue();
        var newest = versions[0]!["object_version_id"]!.GetValue<string>();
        var older = versions[1]!["object_version_id"]!.GetValue<string>();

        (await _a.Call("DELETE", $"/v1/buckets/{id}/object-versions", new { path = "v.txt", versions = new[] { "nope" } })).Status.Should().Be(404);
        (await _a.Call("DELETE", $"/v1/buckets/{id}/object-versions", new { path = "v.txt", versions = new[] { newest } })).Status.Should().Be(202);
        var left = (await _a.Ok("GET", $"/v1/buckets/{id}/object-versions?object_path=v.txt"))["contents"]!.AsArray();
        left.Should().ContainSingle().Which!["latest"]!.GetValue<bool>().Should().BeTrue();

        await _a.Ok("PUT", $"/v1/buckets/{id}/recover-object-versions",
            new { recovery_target_bucket_name = obs, source_object_path = "v.txt", source_object_version = older, overwrite = true }, 202);

        // A bucket with objects or an ACTIVE policy is kept (409); both cleared, it goes.
        (await _a.Call("DELETE", "/v1/buckets/" + id)).Status.Should().Be(409);
        (await _a.Call("DELETE", $"/v1/buckets/{id}/objects", new { paths = new[] { "v.txt" } })).Status.Should().Be(202);
        (await _a.Call("DELETE", "/v1/buckets/" + id)).Status.Should().Be(409);
        await _a.Ok("PUT", $"/v1/archiving-policies/{policy["id"]}/state?bucket_id={id}", new { state = "INACTIVE" });
        (await _a.Call("DELETE", "/v1/buckets/" + id)).Status.Should().Be(202);
    }

    [Fact]
    public async Task Policies_one_per_bucket_only_slash_and_scoped_by_bucket()
    {
        var (id, obs) = await _a.ArchivedBucket(Name(), "p.txt");
        var other = (await _a.Ok("POST", "/v1/buckets", new { name = Name() }, 201))["id"]!.GetValue<string>();
        (await _a.Call("POST", "/v1/archiving-policies?bucket_id=" + id, new { archiving_source_bucket_name = obs, object_lifecycle = "1", object_path = "/" })).Status.Should().Be(409);
        (await _a.Call("POST", "/v1/archiving-policies?bucket_id=" + other, new { archiving_source_bucket_name = obs, object_lifecycle = "x", object_path = "/a" })).Status.Should().Be(400);
        (await _a.Call("POST", "/v1/archiving-policies?bucket_id=" + other, new { archiving_source_bucket_name = "missing", object_lifecycle = "1", object_path = "/" })).Status.Should().Be(404);

        var list = await _a.Ok("GET", "/v1/archiving-policies?bucket_id=" + id);
        var policyId = list["archiving_policies"]![0]!["id"]!.GetValue<string>();
        (await _a.Call("GET", $"/v1/archiving-policies/{policyId}?bucket_id={other}")).Status.Should().Be(404);
        (await _a.Ok("PUT", $"/v1/archiving-policies/{policyId}?bucket_id={id}", new { object_lifecycle = "30" }))["object_lifecycle"]!.GetValue<string>().Should().Be("30");
        (await _a.Call("PUT", $"/v1/archiving-policies/{policyId}/state?bucket_id={id}", new { state = "PAUSED" })).Status.Should().Be(400);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests.ArchiveStorage;

/// <summary>
/// Every Archive answer carries exactly the fields of its documented schema (seed 003, 1.2
/// Models): nothing the schema lacks (SCP's own SDK rejects unknown fields), nothing left out.
/// </summary>
public sealed class ArchiveAnswerShapeTests : IClassFixture<EmulatorFixture>
{
    private const string Bucket = "id name state usage archiving_source_bucket_name";
    private const string Setting = "id enabled";
    private const string Policy = "id bucket_id archiving_source archiving_source.bucket_name archiving_source.object_path object_lifecycle state";
    private const string Archiving = "archiving_id id state archiving_policy_id start_at end_at";
    private const string Recovery = "recovery_id id state recovery_target_bucket_name start_at end_at";

    private readonly ArchiveApi _a;
    public ArchiveAnswerShapeTests(EmulatorFixture f) => _a = new ArchiveApi(f.Host);

    [Fact]
    public async Task Every_route_answers_exactly_the_documented_fields()
    {
        var name = "shape" + Guid.NewGuid().ToString("N")[..8];
        var (id, obs) = await _a.ArchivedBucket(name, "s/a.txt");
        var w = ArchiveApi.Window(id);
        Same(await _a.Ok("POST", "/v1/buckets", new { name = name + "x" }, 201), "id");
        Same(await _a.Ok("GET", "/v1/buckets?name=" + name), "buckets buckets[].id buckets[].name");
        Same(await _a.Ok("GET", "/v1/buckets/" + id), Bucket);
        Same(await _a.Ok("GET", $"/v1/buckets/{id}/encryption"), Setting);
        Same(await _a.Ok("PUT", $"/v1/buckets/{id}/encryption", new { enabled = true }), Setting);
        Same(await _a.Ok("GET", $"/v1/buckets/{id}/versioning"), Setting);
        Same(await _a.Ok("PUT", $"/v1/buckets/{id}/versioning", new { enabled = true }), Setting);
        Same(await _a.Ok("GET", $"/v1/buckets/{id}/objects"), "count marker is_truncated contents " + Items("contents", "object_name object_type object_size modified_at"));
        var versions = await _a.Ok("GET", $"/v1/buckets/{id}/object-versions?object_path=s/a.txt");
        Same(versions, "count contents " + Items("contents", "object_path object_version_id latest modified_at etag size"));

        var policies = await _a.Ok("GET", "/v1/archiving-policies?bucket_id=" + id);
        Same(policies, "count bucket_id archiving_source_bucket_name archiving_policies " + Items("archiving_policies", "id object_lifecycle object_path state"));
        var policyId = policies["archiving_policies"]![0]!["id"]!.GetValue<string>();
        Same(await _a.Ok("GET", $"/v1/archiving-policies/{policyId}?bucket_id={id}"), Policy);
        Same(await _a.Ok("PUT", $"/v1/archiving-policies/{policyId}?bucket_id={id}", new { object_lifecycle = "2" }), Policy);
        Same(await _a.Ok("PUT", $"/v1/archiving-policies/{policyId}/state?bucket_id={id}", new { state = "ACTIVE" }), "id bucket_id state");
        var other = (await _a.Ok("POST", "/v1/buckets", new { name = name + "y" }, 201))["id"]!.GetValue<string>();
        Same(await _a.Ok("POST", "/v1/archiving-policies?bucket_id=" + other, new { archiving_source_bucket_name = obs, object_lifecycle = "1", object_path = "/" }, 201), Policy);

        var archiving = await _a.Ok("GET", "/v1/archiving-histories?" + w);
        Same(archiving, "total_count bucket_id contents " + Items("contents", Archiving));
        Same(await _a.Ok("GET", $"/v1/archiving-histories/detail?id={archiving["contents"]![0]!["id"]}&bucket_id={id}"),
            Archiving + " bucket_id archiving_infos " + Items("archiving_infos", "source_object_path usage total_object_count archiving_object_count archiving_rate"));

        var recovered = await _a.Ok("PUT", $"/v1/buckets/{id}/recover-objects",
            new { recovery_target_bucket_name = obs, recovery_infos = new[] { new { source_object_path = "s/a.txt", object_type = "FILE" } }, overwrite = true }, 202);
        Same(recovered, "id recovery_target_bucket_name");
        var version = versions["contents"]![0]!["object_version_id"]!.GetValue<string>();
        Same(await _a.Ok("PUT", $"/v1/buckets/{id}/recover-object-versions",
            new { recovery_target_bucket_name = obs, source_object_path = "s/a.txt", source_object_version = version, overwrite = true }, 202), "id recovery_target_bucket_name");
        Same(await _a.Ok("GET", "/v1/recovery-histories?" + w), "total_count bucket_id contents " + Items("contents", Recovery));
        Same(await _a.Ok("GET", $"/v1/recovery-histories/detail?id={recovered["id"]}&bucket_id={id}"),
            Recovery + " bucket_id recovery_infos " + Items("recovery_infos", "source_object_path usage total_object_count recovery_object_count recovery_rate"));
    }

    [Fact]
    public void The_shape_check_sees_an_extra_and_a_missing_field()
    {
        var extra = JsonNode.Parse("{\"id\":\"b\",\"enabled\":true,\"due_ms\":1}")!;
        FluentActions.Invoking(() => Same(extra, Setting)).Should().Throw<Exception>().WithMessage("*due_ms*");
        FluentActions.Invoking(() => Same(JsonNode.Parse("{\"id\":\"b\"}")!, Setting)).Should().Throw<Exception>().WithMessage("*enabled*");
    }

    private static string Items(string array, string fields) => string.Join(" ", fields.Split(' ').Select(f => array + "[]." + f));

    private static void Same(JsonNode answer, string documented)
    {
        var expected = documented.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Paths(answer, "").ToHashSet().Should().BeEquivalentTo(expected, answer.ToJsonString());
    }

    private static IEnumerable<string> Paths(JsonNode? node, string prefix)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    var path = prefix.Length == 0 ? key : prefix + "." + key;
                    yield return path;
                    foreach (var p in Paths(value, path)) yield return p;
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                    foreach (var p in Paths(item, prefix + "[]").Select(p => p)) yield return p;
                break;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Core.VirtualServer;
using Xunit;

namespace ScpStorage.Emulator.Tests;

/// <summary>
/// Every answer of every Virtual Server route carries only the fields its documented schema has
/// (TestData/virtualserver-answer-schemas.json, taken from SCP's OpenAPI file): SCP's own SDK
/// rejects unknown fields, so one extra field breaks real clients on every list page.
/// </summary>
public sealed class AnswerShapeTests : IClassFixture<EmulatorFixture>
{
    private const string Web01 = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f";
    private readonly SignedClient _c;
    private readonly HashSet<string> _answered = new();
    private readonly List<string> _violations = new();

    public AnswerShapeTests(EmulatorFixture f) => _c = f.Client;

    private static readonly Dictionary<string, Dictionary<string, string?>> Schemas = LoadSchemas();

    private static Dictionary<string, Dictionary<string, string?>> LoadSchemas()
    {
        var doc = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "virtualserver-answer-schemas.json")))!;
        return doc["schemas"]!.AsObject().ToDictionary(s => s.Key,
            s => s.Value!.AsObject().ToDictionary(p => p.Key, p => p.Value?.GetValue<string>()));
    }

    [Fact]
    public async Task Every_route_answers_only_documented_fields()
    {
        var types = await Answer("GET", "/v1/volume-types", null, 200, "VolumeTypeListResponse");
        var typeId = types["volume_types"]![0]!["id"]!.GetValue<string>();
        await Answer("GET", "/v1/volume-types/default", null, 200, "VolumeTypeDetailResponse");
        await Answer("GET", "/v1/volume-types/" + typeId, null, 200, "VolumeTypeDetailResponse");

        // A volume created with tags: VolumeCreateRequest takes them, VolumeShowResponse has none.
        var vol = await Answer("POST", "/v1/volumes", new { name = "shape01", size = 10, tags = new[] { new { key = "env", value = "prod" } } }, 202, "VolumeShowResponse");
        var volumeId = vol["id"]!.GetValue<string>();
        await Answer("GET", "/v1/volumes", null, 200, "VolumeListResponse");
        await Answer("GET", "/v1/volumes/" + volumeId, null, 200, "VolumeShowResponse");
        await Answer("PUT", "/v1/volumes/" + volumeId, new { name = "shape01b" }, 200, "VolumeShowResponse");
        await Answer("GET", "/v1/volumes/quota-sets", null, 200, "VolumeQuotaSet");

        var snap = await Answer("POST", "/v1/snapshots", new { name = "snap01", volume_id = volumeId, description = "before upgrade" }, 202, "SnapshotDetailResponse");
        var snapshotId = snap["id"]!.GetValue<string>();
        await Answer("GET", "/v1/snapshots", null, 200, "SnapshotListResponse");
        await Answer("GET", "/v1/snapshots/" + snapshotId, null, 200, "SnapshotDetailResponse");
        await Answer("PUT", "/v1/snapshots/" + snapshotId, new { name = "snap01b", description = "kept" }, 200, "SnapshotDetailResponse");
        await Answer("POST", $"/v1/volumes/{volumeId}/revert", new { snapshot_id = snapshotId }, 202, null);
        await Answer("PUT", $"/v1/volumes/{volumeId}/size", new { size = 20 }, 202, "VolumeShowResponse");

        await Answer("POST", $"/v1/volumes/{volumeId}/servers", new { server_id = Web01 }, 202, "VolumeServerAttachResponse");
        await Answer("GET", "/v1/volumes/" + volumeId, null, 200, "VolumeShowResponse"); // now with servers[]
        await Answer("GET", "/v1/servers", null, 200, "ServerListResponse");
        await Answer("GET", "/v1/servers/" + Web01, null, 200, "ServerShowResponse");
        await Answer("GET", $"/v1/servers/{Web01}/volumes", null, 200, "ServerVolumesResponse");
        await Answer("GET", $"/v1/servers/{Web01}/volumes/{volumeId}", null, 200, "ServersVolumeResponse");
        // The spec documents 200 without a schema; the emulator answers the attachment as Show does.
        await Answer("PUT", $"/v1/servers/{Web01}/volumes/{volumeId}", new { volume_id = volumeId, delete_on_termination = true }, 200, "ServersVolumeResponse");
        await Answer("DELETE", $"/v1/volumes/{volumeId}/servers/{Web01}", null, 202, null);
        await Answer("POST", $"/v1/servers/{Web01}/volumes", new { volume_id = volumeId }, 200, "ServersVolumeResponse");
        await Answer("DELETE", $"/v1/servers/{Web01}/volumes/{volumeId}", null, 202, null);

        var transfer = await Answer("POST", "/v1/volume-transfer", new { volume_id = volumeId, name = "t1" }, 202, "VolumeTransferCreateResponse");
        var transferId = transfer["id"]!.GetValue<string>();
        await Answer("GET", "/v1/volume-transfer", null, 200, "VolumeTransferListResponse");
        await Answer("GET", "/v1/volume-transfer/" + transferId, null, 200, "VolumeTransferShowResponse");
        await Answer("POST", $"/v1/volume-transfer/{transferId}/accept", new { auth_key = transfer["auth_key"]!.GetValue<string>() }, 202, "VolumeTransferAcceptResponse");
        var second = await Answer("POST", "/v1/volume-transfer", new { volume_id = volumeId }, 202, "VolumeTransferCreateResponse");
        await Answer("DELETE", "/v1/volume-transfer/" + second["id"]!.GetValue<string>(), null, 202, null);

        await Answer("DELETE", "/v1/snapshots/" + snapshotId, null, 202, null);
        await Answer("DELETE", "/v1/volumes/" + volumeId, null, 202, null);

        _violations.Should().BeEmpty();
        var everyRoute = VirtualServerOperations.All.Select(o => o.Method + " " + o.PathTemplate);
        _answered.Should().BeEquivalentTo(everyRoute, "every Virtual Server route is checked");
    }

    [Fact]
    public async Task Snapshot_description_is_kept_on_create_and_update()
    {
        var volumeId = (await _c.Ok("POST", "/v1/volumes", new { name = "desc01", size = 10 }, 202))["id"]!.GetValue<string>();
        var created = await _c.Ok("POST", "/v1/snapshots", new { name = "s1", volume_id = volumeId, description = "nightly" }, 202);
        created["description"]!.GetValue<string>().Should().Be("nightly");
        var id = created["id"]!.GetValue<string>();
        (await _c.Ok("GET", "/v1/snapshots/" + id))["description"]!.GetValue<string>().Should().Be("nightly");

        await _c.Ok("PUT", "/v1/snapshots/" + id, new { name = "s1", description = "weekly" });
        (await _c.Ok("GET", "/v1/snapshots/" + id))["description"]!.GetValue<string>().Should().Be("weekly");
        await _c.Ok("PUT", "/v1/snapshots/" + id, new { name = "s1b" });
        (await _c.Ok("GET", "/v1/snapshots/" + id))["description"]!.GetValue<string>().Should().Be("weekly", "an update without description keeps it");
    }

    [Fact]
    public async Task A_volume_created_with_tags_answers_without_them_everywhere()
    {
        var created = await _c.Ok("POST", "/v1/volumes", new { name = "tagged01", size = 10, tags = new[] { new { key = "env", value = "prod" } } }, 202);
        created.AsObject().ContainsKey("tags").Should().BeFalse();
        var id = created["id"]!.GetValue<string>();
        (await _c.Ok("GET", "/v1/volumes/" + id)).AsObject().ContainsKey("tags").Should().BeFalse();
        var page = await _c.Ok("GET", "/v1/volumes?name=tagged01");
        page["volumes"]!.AsArray().Should().ContainSingle().Which!.AsObject().ContainsKey("tags").Should().BeFalse();
    }

    private async Task<JsonNode> Answer(string method, string path, object? body, int status, string? schema)
    {
        var (got, json) = await _c.Call(method, path, body);
        got.Should().Be(status, $"{method} {path} answered {json?.ToJsonString()}");
        _answered.Add(method + " " + Template(path));
        if (schema == null)
            json.Should().BeNull($"{method} {path} documents no body");
        else
            Check(json, schema, $"{method} {path}");
        return json ?? new JsonObject();
    }

    private void Check(JsonNode? node, string schema, string where)
    {
        switch (node)
        {
            case JsonArray list:
                foreach (var item in list) Check(item, schema, where + "[]");
                break;
            case JsonObject obj:
                var fields = Schemas[schema];
                foreach (var (name, value) in obj)
                {
                    if (!fields.TryGetValue(name, out var nested)) _violations.Add($"{where}: '{name}' is not in {schema}");
                    else if (nested != null) Check(value, nested, where + "." + name);
                }
                break;
        }
    }

    /// <summary>The route template a concrete path was sent to (ids replaced by their parameter).</summary>
    private static string Template(string path)
    {
        var p = path.Split('?')[0];
        p = Regex.Replace(p, "^/v1/volume-types/(?!default$)[^/]+", "/v1/volume-types/{volume_type_id}");
        p = Regex.Replace(p, "^/v1/volumes/(?!quota-sets$)[^/]+", "/v1/volumes/{volume_id}");
        p = Regex.Replace(p, "^/v1/volumes/\\{volume_id\\}/servers/[^/]+", "/v1/volumes/{volume_id}/servers/{server_id}");
        p = Regex.Replace(p, "^/v1/snapshots/[^/]+", "/v1/snapshots/{snapshot_id}");
        p = Regex.Replace(p, "^/v1/volume-transfer/[^/]+", "/v1/volume-transfer/{transfer_id}");
        p = Regex.Replace(p, "^/v1/servers/[^/]+", "/v1/servers/{server_id}");
        p = Regex.Replace(p, "^/v1/servers/\\{server_id\\}/volumes/[^/]+", "/v1/servers/{server_id}/volumes/{volume_id}");
        return p;
    }
}

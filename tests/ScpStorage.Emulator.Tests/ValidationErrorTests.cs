using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests;

/// <summary>A 400 names every invalid field at once, so a client fixes them all in one go.</summary>
public sealed class ValidationErrorTests : IClassFixture<EmulatorFixture>
{
    private readonly SignedClient _c;

    public ValidationErrorTests(EmulatorFixture f) => _c = f.Client;

    private static string[] Fields(System.Text.Json.Nodes.JsonNode? json) =>
        json!["detail"]!.AsArray().Select(d => d!["loc"]![1]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task Create_volume_lists_name_size_type_and_tags()
    {
        var (status, json) = await _c.Call("POST", "/v1/volumes", new { name = "bad name!", size = 2, volume_type = "NOPE", tags = "x" });
        status.Should().Be(400);
        Fields(json).Should().BeEquivalentTo("name", "size", "volume_type", "tags");
    }

    [Fact]
    public async Task Create_volume_lists_both_missing_fields()
    {
        var (status, json) = await _c.Call("POST", "/v1/volumes", new { volume_type = "SSD" });
        status.Should().Be(400);
        Fields(json).Should().BeEquivalentTo("name", "size");
    }

    [Fact]
    public async Task Create_snapshot_lists_name_volume_and_metadata()
    {
        var (status, json) = await _c.Call("POST", "/v1/snapshots", new { name = "", metadata = "x", force = "yes" });
        status.Should().Be(400);
        Fields(json).Should().BeEquivalentTo("name", "volume_id", "metadata", "force");
    }

    [Fact]
    public async Task List_query_lists_limit_offset_and_sort()
    {
        var (status, json) = await _c.Call("GET", "/v1/volumes?limit=5000&offset=-1&sort=colour");
        status.Should().Be(400);
        Fields(json).Should().BeEquivalentTo("limit", "offset", "sort");
    }
}

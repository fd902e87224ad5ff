using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests;

public sealed class SeededFixture : IAsyncLifetime
{
    public EmulatorHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await EmulatorHost.StartAsync(new EmulatorOptions { SeedVolumes = 10_000, SeedSnapshots = 50, SeedServices = new[] { "virtualserver" } });
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public sealed class PagingTests : IClassFixture<SeededFixture>
{
    private readonly EmulatorHost _host;
    private readonly SignedClient _c;

    public PagingTests(SeededFixture f)
    {
        _host = f.Host;
        _c = new SignedClient(_host);
    }

    [Fact]
    public async Task Marker_paging_visits_every_volume_once()
    {
        var seen = new HashSet<string>();
        string? marker = null;
        while (true)
        {
            var query = marker == null ? "?limit=1000" : "?limit=1000&marker=" + marker;
            var page = await _c.Ok("GET", "/v1/volumes" + query);
            page["count"]!.GetValue<long>().Should().Be(10_000);
            var items = page["volumes"]!.AsArray();
            if (items.Count == 0) break;
            foreach (var v in items) seen.Add(v!["id"]!.GetValue<string>()).Should().BeTrue();
            marker = items[^1]!["id"]!.GetValue<string>();
        }
        seen.Count.Should().Be(10_000);
    }

    [Fact]
    public async Task Sorted_marker_paging_is_stable_and_ordered()
    {
        var names = new List<string>();
        string? marker = null;
        for (int i = 0; i < 5; i++)
        {
            var query = SignedClient.Query(("limit", "7"), ("sort", "name:desc"), ("with_count", "false")) + (marker == null ? "" : "&marker=" + marker);
            var page = await _c.Ok("GET", "/v1/volumes" + query);
            page["count"].Should().BeNull();
            var items = page["volumes"]!.AsArray();
            names.AddRange(items.Select(v => v!["name"]!.GetValue<string>()));
            marker = items[^1]!["id"]!.GetValue<string>();
        }
        names.Should().HaveCount(35).And.OnlyHaveUniqueItems().And.BeInDescendingOrder();
        names[0].Should().Be("seed-vol-010000");
    }

    [Fact]
    public async Task Offset_sort_and_filters()
    {
        var page = await _c.Ok("GET", "/v1/volumes?limit=3&offset=2&sort=name:asc");
        page["volumes"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).Should().Equal("seed-vol-000003", "seed-vol-000004", "seed-vol-000005");
        (await _c.Ok("GET", "/v1/volumes?name=seed-vol-000042"))["count"]!.GetValue<long>().Should().Be(1);
        (await _c.Ok("GET", "/v1/volumes?bootable=true&limit=1"))["count"]!.GetValue<long>().Should().Be(1000);
        (await _c.Ok("GET", "/v1/volumes?state=available&limit=0"))["count"]!.GetValue<long>().Should().Be(10_000);
        var byCreated = await _c.Ok("GET", "/v1/volumes?limit=2&sort=created_at:desc");
        byCreated["volumes"]![0]!["name"]!.GetValue<string>().Should().Be("seed-vol-010000");
        (await _c.Ok("GET", "/v1/snapshots?limit=100"))["snapshots"]!.AsArray().Should().HaveCount(50);
    }

    [Theory]
    [InlineData("?limit=1001")]
    [InlineData("?limit=abc")]
    [InlineData("?marker=not-an-id")]
    [InlineData("?sort=color:asc")]
    [InlineData("?sort=name:sideways")]
    public async Task Bad_paging_parameters_are_400(string query)
    {
        (await _c.Call("GET", "/v1/volumes" + query)).Status.Should().Be(400);
    }
}

public sealed class AdminSeedTests
{
    [Fact]
    public async Task Admin_seed_adds_more()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { SeedVolumes = 10 });
        var c = new SignedClient(host);
        using var http = new System.Net.Http.HttpClient();
        var response = await http.PostAsync(host.BaseUrl + "/_emulator/seed",
            new System.Net.Http.StringContent("{\"volumes\":5,\"snapshots\":0}", System.Text.Encoding.UTF8, "application/json"));
        ((int)response.StatusCode).Should().Be(200);
        (await c.Ok("GET", "/v1/volumes?name=seed-vol-000015"))["count"]!.GetValue<long>().Should().Be(1);
    }

    [Fact]
    public async Task Seeding_fills_only_the_services_it_names()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { SeedVolumes = 3, SeedServices = new[] { "filestorage" } });
        var c = new SignedClient(host);
        (await c.Ok("GET", "/v1/volumes"))["count"]!.GetValue<long>().Should().Be(0, "Virtual Server was not named");

        using var http = new System.Net.Http.HttpClient();
        using var seeded = await http.PostAsync(host.BaseUrl + "/_emulator/seed",
            new System.Net.Http.StringContent("{\"volumes\":4,\"services\":[\"virtualserver\"]}", System.Text.Encoding.UTF8, "application/json"));
        ((int)seeded.StatusCode).Should().Be(200);
        (await c.Ok("GET", "/v1/volumes"))["count"]!.GetValue<long>().Should().Be(4);

        host.Seed(2, 0, null, "virtualserver");
        (await c.Ok("GET", "/v1/volumes"))["count"]!.GetValue<long>().Should().Be(6);

        using var refused = await http.PostAsync(host.BaseUrl + "/_emulator/seed",
            new System.Net.Http.StringContent("{\"volumes\":4,\"services\":[\"nosuch\"]}", System.Text.Encoding.UTF8, "application/json"));
        ((int)refused.StatusCode).Should().Be(400);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("nosuch").And.Contain("virtualserver");
        (await c.Ok("GET", "/v1/volumes"))["count"]!.GetValue<long>().Should().Be(6, "a refused seed adds nothing");
    }
}

using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests;

public sealed class VersionTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _f;
    public VersionTests(EmulatorFixture f) => _f = f;

    private async Task<(int, JsonNode?)> WithVersion(string? version, SignedClient? client = null)
    {
        client ??= new SignedClient(_f.Host);
        client.Version = version;
        return await client.Call("GET", "/v1/volume-types");
    }

    [Fact]
    public async Task Missing_header_uses_current_version()
    {
        var (status, _) = await WithVersion(null);
        status.Should().Be(200);
        _f.Host.Requests.Last().ApiVersion.Should().Be("virtualserver 1.1");
    }

    [Theory]
    [InlineData("virtualserver 9.9")]
    [InlineData("filestorage 1.1")]
    [InlineData("garbage")]
    [InlineData("virtualserver 1.0")]
    public async Task Unknown_wrong_or_expired_versions_are_400(string version)
    {
        var (status, json) = await WithVersion(version);
        status.Should().Be(400);
        json!["errors"]![0]!["code"]!.GetValue<string>().Should().Be("UNSUPPORTED_API_VERSION");
    }

    [Fact]
    public async Task Header_name_is_case_insensitive()
    {
        var client = new SignedClient(_f.Host) { Version = null };
        var url = client.Url("/v1/volume-types");
        var ts = Core.Signing.ScpSigner.Timestamp(_f.Host.Clock());
        using var req = new HttpRequestMessage(HttpMethod.Get, url);
        req.Headers.TryAddWithoutValidation("scp-accesskey", _f.Host.Options.AccessKey);
        req.Headers.TryAddWithoutValidation("SCP-SIGNATURE", Core.Signing.ScpSigner.Sign("GET", url, ts, _f.Host.Options.AccessKey, "", _f.Host.Options.SecretKey));
        req.Headers.TryAddWithoutValidation("Scp-Timestamp", ts);
        req.Headers.TryAddWithoutValidation("Scp-ClientType", "Openapi");
        req.Headers.TryAddWithoutValidation("Scp-Api-Version", "virtualserver 1.0");
        using var http = new HttpClient();
        using var response = await http.SendAsync(req);
        ((int)response.StatusCode).Should().Be(400, "1.0 expired on 2025-12-31 and the lower-case header must still be read");
    }

    [Fact]
    public async Task Expired_version_is_accepted_with_AllowDeprecatedVersions()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { AllowDeprecatedVersions = true });
        var (status, _) = await WithVersion("virtualserver 1.0", new SignedClient(host));
        status.Should().Be(200);
        var (unknown, _) = await WithVersion("virtualserver 0.1", new SignedClient(host));
        unknown.Should().Be(400);
    }

    [Fact]
    public async Task Expiry_follows_the_emulator_clock()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions());
        host.Clock = () => new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var (status, _) = await WithVersion("virtualserver 1.0", new SignedClient(host));
        status.Should().Be(200);
    }

    [Fact]
    public async Task Version_list_is_unsigned()
    {
        using var http = new HttpClient();
        var json = JsonNode.Parse(await http.GetStringAsync(_f.Host.BaseUrl + "/virtualserver/"))!;
        var versions = json["versions"]!.AsArray();
        versions.Should().Contain(v => v!["id"]!.GetValue<string>() == "v1.1" && v["status"]!.GetValue<string>() == "CURRENT" && v["not_before"] == null);
        versions.Should().Contain(v => v!["id"]!.GetValue<string>() == "v1.0" && v["not_before"]!.GetValue<string>() == "2025-12-31");
    }
}

using System;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Core.Http;
using Xunit;

namespace ScpStorage.Emulator.Tests;

public sealed class SignatureTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _f;
    public SignatureTests(EmulatorFixture f) => _f = f;

    [Fact]
    public async Task Good_signature_is_accepted_and_recorded()
    {
        var (status, json) = await _f.Client.Call("GET", "/v1/volumes?limit=5");
        status.Should().Be(200);
        json!["volumes"].Should().NotBeNull();
        _f.Host.Requests.Should().Contain(r => r.Path == "/virtualserver/v1/volumes" && r.Query == "limit=5" && r.SignatureValid && r.Status == 200);
    }

    public static TheoryData<string> Tampers => new() { "method", "path", "query", "timestamp", "old-timestamp", "unknown-key", "bad-signature", "wrong-secret", "missing-signature", "nan-timestamp" };

    [Theory]
    [MemberData(nameof(Tampers))]
    public async Task Tampered_requests_get_401_with_scp_error_body(string what)
    {
        var url = _f.Client.Url("/v1/volumes?limit=5&name=a");
        var tamper = what switch
        {
            "method" => new SignedClient.Tamper { SendMethod = "DELETE" },
            "path" => new SignedClient.Tamper { SendUrl = _f.Client.Url("/v1/snapshots?limit=5&name=a") },
            "query" => new SignedClient.Tamper { SendUrl = _f.Client.Url("/v1/volumes?limit=6&name=a") },
            "timestamp" => new SignedClient.Tamper { SendTimestamp = (_f.Host.Clock().ToUnixTimeMilliseconds() - 1000).ToString() },
            "old-timestamp" => new SignedClient.Tamper { SignTime = _f.Host.Clock().AddMinutes(-6) },
            "unknown-key" => new SignedClient.Tamper { AccessKey = "someone-else" },
            "bad-signature" => new SignedClient.Tamper { Signature = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" },
            "wrong-secret" => new SignedClient.Tamper { Secret = "not-the-secret" },
            "missing-signature" => new SignedClient.Tamper { OmitSignature = true },
            _ => new SignedClient.Tamper { SendTimestamp = "yesterday" },
        };
        using var response = await _f.Client.SendUrl("GET", url, null, tamper);
        ((int)response.StatusCode).Should().Be(401);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["errors"]![0]!["status"]!.GetValue<int>().Should().Be(401);
        body["errors"]![0]!["title"]!.GetValue<string>().Should().Be("Unauthorized");
        var code = body["errors"]![0]!["code"]!.GetValue<string>();
        code.Should().Be(what switch
        {
            "old-timestamp" => "TIMESTAMP_OUT_OF_RANGE",
            "unknown-key" => "UNKNOWN_ACCESS_KEY",
            "missing-signature" => "MISSING_AUTH_HEADER",
            "nan-timestamp" => "INVALID_TIMESTAMP",
            _ => "INVALID_SIGNATURE",
        });
        body.ToJsonString().Should().NotContain(_f.Host.Options.SecretKey);
    }

    [Fact]
    public async Task Odd_characters_in_query_values_verify()
    {
        var query = SignedClient.Query(("name", "볼륨 01+a/b:c,d"), ("sort", "created_at:desc"));
        query.Should().Contain("%EB%B3%BC").And.Contain("+01%2Ba%2Fb%3Ac%2Cd");
        var (status, json) = await _f.Client.Call("GET", "/v1/volumes" + query);
        status.Should().Be(200);
        json!["volumes"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Odd_characters_in_a_path_id_verify_then_404()
    {
        var path = "/v1/volumes/" + ScpUrl.EscapePathSegment("볼륨 id+/:,x");
        var (status, json) = await _f.Client.Call("GET", path);
        status.Should().Be(404);
        json!["errors"]![0]!["code"]!.GetValue<string>().Should().Be("NOT_FOUND");
        json["errors"]![0]!["detail"]!.GetValue<string>().Should().Contain("볼륨 id+/:,x");
        _f.Host.Requests.Last(r => r.Path.StartsWith("/virtualserver/v1/volumes/")).SignatureValid.Should().BeTrue();
    }

    [Fact]
    public async Task Unknown_service_is_404()
    {
        using var response = await _f.Client.SendUrl("GET", _f.Host.BaseUrl + "/nosuchservice/v1/things");
        ((int)response.StatusCode).Should().Be(404);
    }
}

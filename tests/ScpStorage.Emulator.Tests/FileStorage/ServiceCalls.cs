using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;

namespace ScpStorage.Emulator.Tests.FileStorage;

/// <summary>Signed calls to one service (File Storage, Parallel File Storage) through the shared <see cref="SignedClient"/>.</summary>
public sealed class ServiceCalls
{
    private readonly SignedClient _c;
    private readonly string _service;

    public ServiceCalls(EmulatorHost host, string service, string version, string prefix = "")
    {
        _c = new SignedClient(host) { Version = $"{service} {version}", Prefix = prefix };
        _service = service;
    }

    public async Task<(int Status, JsonNode? Json)> Call(string method, string pathAndQuery, object? body = null)
    {
        using var response = await _c.SendUrl(method, _c.Url(pathAndQuery, _service), body);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async Task<JsonNode> Ok(string method, string pathAndQuery, object? body = null, int expected = 200)
    {
        var (status, json) = await Call(method, pathAndQuery, body);
        if (status != expected) throw new InvalidOperationException($"{method} {pathAndQuery} → {status}: {json?.ToJsonString()}");
        return json ?? new JsonObject();
    }

    /// <summary>An answer object has exactly the schema's fields (SCP's own SDK rejects unknown fields).</summary>
    public static void ShouldHaveExactly(JsonNode? node, params string[] fields) =>
        node!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(fields);

    /// <summary>The fields a 400 validation body names.</summary>
    public static string[] InvalidFields(JsonNode? json) =>
        json!["detail"]!.AsArray().Select(d => d!["loc"]!.AsArray().Last()!.GetValue<string>()).ToArray();
}

using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ScpStorage.Core.Http;
using ScpStorage.Core.Signing;

namespace ScpStorage.Emulator.Tests;

/// <summary>
/// A minimal SCP client for tests: signs exactly the URL it sends, and lets a test tamper with
/// each part (method, URL, timestamp, key, signature) after signing.
/// </summary>
public sealed class SignedClient
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseCookies = false });
    private readonly EmulatorHost _host;

    public SignedClient(EmulatorHost host) => _host = host;

    public string? Version { get; set; } = "virtualserver 1.1";

    public sealed class Tamper
    {
        public string? SendMethod { get; init; }
        public string? SendUrl { get; init; }
        public string? SendTimestamp { get; init; }
        public DateTimeOffset? SignTime { get; init; }
        public string? AccessKey { get; init; }
        public string? Secret { get; init; }
        public string? Signature { get; init; }
        public bool OmitSignature { get; init; }
    }

    public static string Query(params (string Key, string Value)[] pairs)
    {
        var list = new List<KeyValuePair<string, string?>>();
        foreach (var (k, v) in pairs) list.Add(new KeyValuePair<string, string?>(k, v));
        var q = ScpUrl.BuildQuery(list);
        return q.Length == 0 ? "" : "?" + q;
    }

    /// <summary>URL for a path like <c>/v1/volumes</c> under virtualserver.</summary>
    public string Url(string pathAndQuery, string service = "virtualserver") => _host.BaseUrl + Prefix + "/" + service + pathAndQuery;

    /// <summary>A region prefix such as <c>/e/kr-east1</c> (empty: the default region).</summary>
    public string Prefix { get; init; } = "";

    public Task<HttpResponseMessage> Send(string method, string pathAndQuery, object? body = null, Tamper? tamper = null,
        System.Threading.CancellationToken ct = default) =>
        SendUrl(method, Url(pathAndQuery), body, tamper, ct);

    public async Task<HttpResponseMessage> SendUrl(string method, string url, object? body = null, Tamper? tamper = null,
        System.Threading.CancellationToken ct = default)
    {
        tamper ??= new Tamper();
        var time = tamper.SignTime ?? _host.Clock();
        var timestamp = ScpSigner.Timestamp(time);
        var accessKey = tamper.AccessKey ?? _host.Options.AccessKey;
        var signature = tamper.Signature ?? ScpSigner.Sign(method, url, timestamp, accessKey, "", tamper.Secret ?? _host.Options.SecretKey);

        var request = new HttpRequestMessage(new HttpMethod(tamper.SendMethod ?? method), new Uri(tamper.SendUrl ?? url, UriKind.Absolute));
        request.Headers.TryAddWithoutValidation("Scp-AccessKey", accessKey);
        if (!tamper.OmitSignature) request.Headers.TryAddWithoutValidation("Scp-Signature", signature);
        request.Headers.TryAddWithoutValidation("Scp-Timestamp", tamper.SendTimestamp ?? timestamp);
        request.Headers.TryAddWithoutValidation("Scp-ClientType", "Openapi");
        request.Headers.TryAddWithoutValidation("Scp-AccountId", "");
        if (Version != null) request.Headers.TryAddWithoutValidation("Scp-API-Version", Version);
        if (body != null)
        {
            var text = body as string ?? System.Text.Json.JsonSerializer.Serialize(body);
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }
        return await Http.SendAsync(request, ct);
    }

    public async Task<(int Status, JsonNode? Json)> Call(string method, string pathAndQuery, object? body = null, Tamper? tamper = null)
    {
        using var response = await Send(method, pathAndQuery, body, tamper);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async Task<JsonNode> Ok(string method, string pathAndQuery, object? body = null, int expected = 200)
    {
        var (status, json) = await Call(method, pathAndQuery, body);
        if (status != expected) throw new InvalidOperationException($"{method} {pathAndQuery} → {status}: {json?.ToJsonString()}");
        return json ?? new JsonObject();
    }
}

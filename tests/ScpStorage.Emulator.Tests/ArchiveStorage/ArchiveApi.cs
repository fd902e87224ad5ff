using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ScpStorage.Emulator.Tests.ArchiveStorage;

/// <summary>Signed Archive Storage 1.1 calls to an emulator, plus its unsigned /_emulator/archivestorage admin routes.</summary>
public sealed class ArchiveApi
{
    private static readonly HttpClient Admin = new();
    private readonly EmulatorHost _host;
    private readonly SignedClient _c;

    public ArchiveApi(EmulatorHost host)
    {
        _host = host;
        _c = new SignedClient(host) { Version = "archivestorage 1.1" };
    }

    public async Task<(int Status, JsonNode? Json)> Call(string method, string pathAndQuery, object? body = null)
    {
        using var response = await _c.SendUrl(method, _c.Url(pathAndQuery, "archivestorage"), body);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async Task<JsonNode> Ok(string method, string pathAndQuery, object? body = null, int expected = 200)
    {
        var (status, json) = await Call(method, pathAndQuery, body);
        if (status != expected) throw new InvalidOperationException($"{method} {pathAndQuery} → {status}: {json?.ToJsonString()}");
        return json ?? new JsonObject();
    }

    public async Task<JsonNode> AdminCall(string method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), _host.BaseUrl + "/_emulator/archivestorage" + path);
        if (body != null) request.Content = JsonContent.Create(body);
        using var response = await Admin.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {path} → {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>A new bucket (unique name) with a policy from a fresh OBS bucket holding <paramref name="keys"/>, archived once.</summary>
    public async Task<(string BucketId, string Obs)> ArchivedBucket(string name, params string[] keys)
    {
        var obs = "obs-" + name;
        await AdminCall("PUT", $"/obs/{obs}/objects", new { objects = Array.ConvertAll(keys, k => new { key = k, size = 10, age_days = 30 }) });
        var id = (await Ok("POST", "/v1/buckets", new { name }, 201))["id"]!.GetValue<string>();
        await Ok("POST", "/v1/archiving-policies?bucket_id=" + id, new { archiving_source_bucket_name = obs, object_lifecycle = "1", object_path = "/" }, 201);
        await AdminCall("POST", "/run-archiving?bucket_id=" + id);
        return (id, obs);
    }

    public static string Window(string bucketId) =>
        $"bucket_id={bucketId}&start_at_from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-1).ToString("o"))}&start_at_to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("o"))}";
}

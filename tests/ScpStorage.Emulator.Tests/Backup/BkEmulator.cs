using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ScpStorage.Emulator.Tests.Backup;

/// <summary>Signed calls to the emulator's Backup service (version backup 1.2) and its admin routes.</summary>
internal sealed class BkEmulator
{
    public const string Web01 = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f";
    public const string Web02 = "7c1e5f3a-9b2d-4e8f-a6c4-1d3b5f7a9c2e";
    public const string Db01 = "e4f6a8b0-c2d4-4e6f-8a0b-2c4d6e8f0a1b";

    private readonly EmulatorHost _host;
    private readonly SignedClient _client;
    private static readonly HttpClient Admin = new();

    public BkEmulator(EmulatorHost host) { _host = host; _client = new SignedClient(host) { Version = "backup 1.2" }; }

    public async Task<(int Status, JsonNode? Json)> Call(string method, string path, object? body = null)
    {
        using var r = await _client.SendUrl(method, _client.Url(path, "backup"), body);
        var text = await r.Content.ReadAsStringAsync();
        return ((int)r.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async Task<JsonNode> Ok(string method, string path, object? body = null, int expected = 200)
    {
        var (status, json) = await Call(method, path, body);
        if (status != expected) throw new InvalidOperationException($"{method} {path} → {status}: {json?.ToJsonString()}");
        return json ?? new JsonObject();
    }

    public async Task<JsonNode> AdminPost(string path, string json = "{}", string method = "POST")
    {
        using var r = await Admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), _host.BaseUrl + "/_emulator/backup" + path)
            { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        r.EnsureSuccessStatusCode();
        return JsonNode.Parse(await r.Content.ReadAsStringAsync())!;
    }

    public static object Daily => new[] { new { frequency = "DAILY", start_time = "02:00:00", type = "FULL" } };

    /// <summary>A VM_IMAGE backup of a server; returns its id (from the list, by name).</summary>
    public async Task<string> Backup(string name, string server = Web01)
    {
        await Ok("POST", "/v1/backups", new { name, policy_category = "AGENTLESS", policy_type = "VM_IMAGE", schedules = Daily, server_category = "VIRTUAL_SERVER", server_uuid = server });
        return (await Ok("GET", "/v1/backups?name=" + name))["contents"]![0]!["id"]!.GetValue<string>();
    }

    /// <summary>The seed-003 Backup examples (1.2) kept as test data beside the core tests.</summary>
    public static JsonObject Example(string operation)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "ScpStorage.sln"))) dir = dir.Parent;
        var file = Path.Combine(dir!.FullName, "tests", "ScpStorage.Core.Tests", "TestData", "Backup", "backup-examples.json");
        return (JsonObject)JsonNode.Parse(File.ReadAllText(file))!.AsArray()
            .First(e => e!["operation"]!.GetValue<string>() == operation && e["version"]!.GetValue<string>() == "1.2")!["body"]!;
    }

    /// <summary>The keys of an object, sorted.</summary>
    public static string[] Keys(JsonNode? o) => o!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToArray();
}

using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests;

public sealed class FaultAndAdminTests : IAsyncLifetime
{
    private EmulatorHost _host = null!;
    private SignedClient _c = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(new EmulatorOptions());
        _c = new SignedClient(_host);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<long> VolumeCount() => (await _c.Ok("GET", "/v1/volumes"))["count"]!.GetValue<long>();

    [Fact]
    public async Task FailNext_503_sends_retry_after_and_changes_nothing()
    {
        _host.Faults.FailNext(1, 503, retryAfterSeconds: 7, method: "POST");
        using var response = await _c.Send("POST", "/v1/volumes", new { name = "faulted", size = 8 });
        ((int)response.StatusCode).Should().Be(503);
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["code"]!.GetValue<string>().Should().Be("SERVICE_UNAVAILABLE");
        (await VolumeCount()).Should().Be(0);
        _host.Requests.Should().Contain(r => r.Method == "POST" && r.Status == 503 && r.FaultInjected == "503");
        (await _c.Call("POST", "/v1/volumes", new { name = "ok", size = 8 })).Status.Should().Be(202);
    }

    [Fact]
    public async Task DropNext_aborts_the_connection()
    {
        _host.Faults.DropNext(1);
        var act = async () => await _c.Send("POST", "/v1/volumes", new { name = "dropped", size = 8 });
        await act.Should().ThrowAsync<HttpRequestException>();
        (await VolumeCount()).Should().Be(0);
        _host.Requests.Should().Contain(r => r.Method == "POST" && r.Status == 0 && r.FaultInjected == "drop");
    }

    [Fact]
    public async Task Error_rates_and_reset()
    {
        _host.Faults.ErrorRates[429] = 1.0;
        using (var throttled = await _c.Send("GET", "/v1/volumes"))
        {
            ((int)throttled.StatusCode).Should().Be(429);
            throttled.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1));
        }
        (await _http.GetAsync(_host.BaseUrl + "/_emulator/health")).IsSuccessStatusCode.Should().BeTrue("admin routes are never faulted");
        _host.Faults.Reset();
        (await _c.Call("GET", "/v1/volumes")).Status.Should().Be(200);
    }

    [Fact]
    public async Task Admin_routes_control_faults_and_the_request_log()
    {
        var health = JsonNode.Parse(await _http.GetStringAsync(_host.BaseUrl + "/_emulator/health"))!;
        health["status"]!.GetValue<string>().Should().Be("ok");

        var put = await _http.PutAsync(_host.BaseUrl + "/_emulator/faults", new StringContent(
            "{\"latency_ms\":5,\"error_rates\":{\"500\":0},\"retry_after_seconds\":3,\"fail_next\":{\"count\":1,\"status\":429}}", Encoding.UTF8, "application/json"));
        put.IsSuccessStatusCode.Should().BeTrue();
        _host.Faults.Latency.Should().Be(TimeSpan.FromMilliseconds(5));
        using (var r = await _c.Send("GET", "/v1/volumes"))
        {
            ((int)r.StatusCode).Should().Be(429);
            r.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(3));
        }
        (await _http.DeleteAsync(_host.BaseUrl + "/_emulator/faults")).IsSuccessStatusCode.Should().BeTrue();
        _host.Faults.Latency.Should().Be(TimeSpan.Zero);

        var log = JsonNode.Parse(await _http.GetStringAsync(_host.BaseUrl + "/_emulator/requests"))!.AsArray();
        log.Should().Contain(e => e!["status"]!.GetValue<int>() == 429 && e["path"]!.GetValue<string>() == "/virtualserver/v1/volumes");
        log.Should().NotContain(e => e!["path"]!.GetValue<string>().StartsWith("/_emulator"));
        (await _http.DeleteAsync(_host.BaseUrl + "/_emulator/requests")).IsSuccessStatusCode.Should().BeTrue();
        _host.Requests.Should().BeEmpty();
        (await _http.PutAsync(_host.BaseUrl + "/_emulator/faults", new StringContent("{\"latency_ms\":\"x\"}", Encoding.UTF8, "application/json")))
            .StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Shutdown_from_this_machine_is_accepted_and_signalled_to_the_host()
    {
        _host.ShutdownRequested.IsCompleted.Should().BeFalse();
        using var response = await _http.PostAsync(_host.BaseUrl + "/_emulator/shutdown", new StringContent(""));
        ((int)response.StatusCode).Should().Be(202);
        (await Task.WhenAny(_host.ShutdownRequested, Task.Delay(2000))).Should().BeSameAs(_host.ShutdownRequested);
    }
}

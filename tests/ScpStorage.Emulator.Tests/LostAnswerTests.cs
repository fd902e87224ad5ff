using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests;

/// <summary>
/// Faults that do the work and then lose the answer: the state changes, the client hears
/// nothing, and the request log tells both stories (what the client got, what the handler did).
/// </summary>
public sealed class LostAnswerTests : IAsyncLifetime
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

    private async Task<string[]> VolumeNames() =>
        (await _c.Ok("GET", "/v1/volumes"))["volumes"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).ToArray();

    private async Task<RecordedRequest> LoggedWhenDone(string method)
    {
        // The log entry is written when the server finishes with the request, a moment after the
        // client gave up: how long that moment is depends on when the server notices the closed
        // connection, so the wait is bounded by time (generous on a loaded machine), not by tries.
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            var entry = _host.Requests.LastOrDefault(r => r.Method == method);
            if (entry != null) return entry;
            await Task.Delay(20);
        }
        throw new TimeoutException("No " + method + " was logged.");
    }

    [Fact]
    public async Task LoseNext_creates_the_volume_and_drops_the_answer()
    {
        _host.Faults.LoseNext(1, method: "POST");
        var act = async () => await _c.Send("POST", "/v1/volumes", new { name = "lost-1", size = 8 });
        await act.Should().ThrowAsync<HttpRequestException>();
        (await VolumeNames()).Should().Contain("lost-1", "the handler ran before the answer was lost");
        var logged = await LoggedWhenDone("POST");
        logged.Status.Should().Be(0, "the client got no answer");
        logged.HandlerStatus.Should().Be(202, "the work was done");
        logged.FaultInjected.Should().Be("lose");
        // Consumed: the next POST is answered.
        (await _c.Call("POST", "/v1/volumes", new { name = "lost-2", size = 8 })).Status.Should().Be(202);
    }

    [Fact]
    public async Task A_late_answer_outlives_the_client_and_the_work_is_done()
    {
        _host.Faults.LateAnswerDelay = TimeSpan.FromSeconds(20);
        _host.Faults.LoseNext(1, method: "POST", late: true);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var act = async () => await _c.Send("POST", "/v1/volumes", new { name = "late-1", size = 8 }, ct: timeout.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
        // Logged when the server has finished with the request: the handler ran, the held answer was abandoned.
        var logged = await LoggedWhenDone("POST");
        (await VolumeNames()).Should().Contain("late-1");
        logged.Status.Should().Be(0, "the client gave up before the answer came");
        logged.HandlerStatus.Should().Be(202);
        logged.FaultInjected.Should().Be("late");
    }

    [Fact]
    public async Task A_late_answer_reaches_a_patient_client()
    {
        _host.Faults.LateAnswerDelay = TimeSpan.FromMilliseconds(200);
        _host.Faults.LoseNext(1, method: "POST", late: true);
        var (status, json) = await _c.Call("POST", "/v1/volumes", new { name = "late-2", size = 8 });
        status.Should().Be(202);
        json!.ToJsonString().Should().Contain("late-2");
        (await LoggedWhenDone("POST")).Status.Should().Be(202);
    }

    [Fact]
    public async Task A_request_the_client_abandons_is_logged_without_a_status()
    {
        _host.Faults.Latency = TimeSpan.FromSeconds(3);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var act = async () => await _c.Send("GET", "/v1/volumes", ct: timeout.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
        var logged = await LoggedWhenDone("GET");
        logged.Status.Should().Be(0, "no answer reached the client; 200 would claim one did");
        logged.HandlerStatus.Should().BeNull();
    }

    [Fact]
    public async Task The_lose_rate_loses_answers_of_work_that_was_done()
    {
        _host.Faults.LoseRate = 1.0;
        var act = async () => await _c.Send("DELETE", "/v1/volumes/does-not-matter");
        await act.Should().ThrowAsync<HttpRequestException>();
        var logged = await LoggedWhenDone("DELETE");
        logged.Status.Should().Be(0);
        logged.HandlerStatus.Should().Be(404, "the handler's own answer is kept, even an error");
        _host.Faults.Reset();
        _host.Faults.LoseRate.Should().Be(0);
    }

    [Fact]
    public async Task The_admin_route_and_the_cli_set_lost_answers()
    {
        var put = await _http.PutAsync(_host.BaseUrl + "/_emulator/faults", new StringContent(
            "{\"lose_rate\":0.25,\"late_rate\":0.1,\"late_answer_ms\":1500,\"lose_next\":{\"count\":1,\"method\":\"POST\"}}", Encoding.UTF8, "application/json"));
        var described = JsonNode.Parse(await put.Content.ReadAsStringAsync())!;
        described["lose_rate"]!.GetValue<double>().Should().Be(0.25);
        described["late_rate"]!.GetValue<double>().Should().Be(0.1);
        described["late_answer_ms"]!.GetValue<long>().Should().Be(1500);
        _host.Faults.LoseRate = 0; _host.Faults.LateRate = 0;
        var act = async () => await _c.Send("POST", "/v1/volumes", new { name = "lost-admin", size = 8 });
        await act.Should().ThrowAsync<HttpRequestException>("lose_next was scripted through the admin route");
        (await VolumeNames()).Should().Contain("lost-admin");

        var options = Cli.CliArguments.Parse(new[] { "--lose-rate", "0.05", "--late-rate", "0.02", "--late-answer-ms", "4000" }, out _, out var error);
        error.Should().BeNull();
        options!.Faults.LoseRate.Should().Be(0.05);
        options.Faults.LateRate.Should().Be(0.02);
        options.Faults.LateAnswerDelay.Should().Be(TimeSpan.FromSeconds(4));
        Cli.CliArguments.Help.Should().Contain("--lose-rate").And.Contain("lose_next");
    }
}

using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Foundation;

/// <summary>Throttling and transient failures are retried when safe, and every attempt shows in -Verbose.</summary>
public sealed class RetryTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public RetryTests(EmulatorFixture emu) { _emu = emu; }

    private int Attempts(string method) => _emu.Host.Requests.Count(r => r.Method == method);

    [Fact]
    public void A_GET_is_retried_through_429_and_503_and_succeeds()
    {
        using var shell = _emu.Shell();
        _emu.Host.ClearRequests();
        _emu.Host.Faults.FailNext(1, 429, retryAfterSeconds: 0, method: "GET");
        _emu.Host.Faults.FailNext(1, 503, retryAfterSeconds: 0, method: "GET");
        var r = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volume-types -Verbose");
        r.Errors.Should().BeEmpty();
        r.Output.Should().NotBeEmpty();
        Attempts("GET").Should().Be(3);
        r.Verbose.Should().Contain(v => v.Contains("attempt 1/")).And.Contain(v => v.Contains("attempt 3/"));
        r.Verbose.Should().Contain(v => v.Contains("Retrying") && v.Contains("429"));
    }

    [Fact]
    public void Retry_After_is_honoured()
    {
        using var shell = _emu.Shell();
        _emu.Host.Faults.FailNext(1, 429, retryAfterSeconds: 1, method: "GET");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var r = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volume-types -Verbose");
        r.Errors.Should().BeEmpty();
        watch.Elapsed.Should().BeGreaterThan(System.TimeSpan.FromMilliseconds(900));
        r.Verbose.Should().Contain(v => v.Contains("Retry-After"));
    }

    [Fact]
    public void A_dropped_connection_on_GET_is_retried()
    {
        using var shell = _emu.Shell();
        _emu.Host.ClearRequests();
        _emu.Host.Faults.DropNext(1, method: "GET");
        var r = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volume-types");
        r.Errors.Should().BeEmpty();
        Attempts("GET").Should().Be(2);
    }

    [Fact]
    public void A_POST_that_reached_the_server_is_not_repeated()
    {
        using var shell = _emu.Shell();
        _emu.Host.ClearRequests();
        _emu.Host.Faults.FailNext(1, 503, retryAfterSeconds: 0, method: "POST");
        var r = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -Body @{ name = 'once'; size = 8 } -Verbose");
        r.Errors.Single().CategoryInfo.Category.Should().Be(System.Management.Automation.ErrorCategory.ResourceUnavailable);
        Attempts("POST").Should().Be(1);

        _emu.Host.ClearRequests();
        _emu.Host.Faults.DropNext(1, method: "POST");
        r = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -Body @{ name = 'once'; size = 8 }");
        r.Errors.Single().CategoryInfo.Category.Should().Be(System.Management.Automation.ErrorCategory.ConnectionError);
        Attempts("POST").Should().Be(1);
    }

    [Fact]
    public void A_POST_that_could_not_connect_is_retried_and_then_fails_clearly()
    {
        using var shell = _emu.Shell();
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var r = shell.Run($"Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -Body @{{ name = 'x'; size = 8 }} -EndpointUrl 'http://127.0.0.1:{port}/{{service}}' -MaximumRetryCount 2 -Verbose");
        r.Errors.Single().CategoryInfo.Category.Should().Be(System.Management.Automation.ErrorCategory.ConnectionError);
        r.Verbose.Count(v => v.Contains("(attempt ")).Should().Be(3);
    }

    [Fact]
    public void Session_retry_policy_bounds_the_attempts()
    {
        using var shell = _emu.Shell();
        shell.Run("Set-ScpRetryPolicy -MaximumRetryCount 1").Errors.Should().BeEmpty();
        _emu.Host.ClearRequests();
        _emu.Host.Faults.FailNext(3, 500, retryAfterSeconds: 0, method: "GET");
        var r = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volume-types");
        r.Errors.Single().CategoryInfo.Category.Should().Be(System.Management.Automation.ErrorCategory.ResourceUnavailable);
        Attempts("GET").Should().Be(2);
        _emu.Host.Faults.Reset();
    }
}

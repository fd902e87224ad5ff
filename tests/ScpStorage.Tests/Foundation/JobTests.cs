using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Foundation;

/// <summary>-AsJob gives a real job the built-in job cmdlets drive; Stop-Job and Ctrl+C end work promptly.</summary>
public sealed class JobTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public JobTests(EmulatorFixture emu) { _emu = emu; }

    [Fact]
    public void AsJob_returns_a_job_that_Wait_Receive_and_Remove_Job_handle()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("$job = Invoke-ScpRestMethod virtualserver /v1/volume-types -AsJob; $job");
        r.Errors.Should().BeEmpty();
        var job = r.Output.Single();
        job.BaseObject.GetType().Name.Should().Be("ScpJob");
        job.Properties["PSJobTypeName"].Value.Should().Be("ScpJob");

        shell.Run("Get-Job -Id $job.Id | ForEach-Object Name").Output.Select(o => o.ToString()).Should().Equal("Invoke-ScpRestMethod");
        var command = shell.Run("$job.Command").Output.Single().ToString();
        command.Should().StartWith("Invoke-ScpRestMethod").And.Contain("-AsJob").And.NotContain("/v1/volume-types", "values typed on the command line never reach Get-Job");
        var received = shell.Run("$job | Wait-Job -Timeout 30 | Receive-Job");
        received.Errors.Should().BeEmpty();
        received.Output.Should().ContainSingle().Which.Properties["volume_types"].Should().NotBeNull();
        shell.Run("$job.State.ToString()").Output.Single().ToString().Should().Be("Completed");

        shell.Run("Remove-Job -Id $job.Id").Errors.Should().BeEmpty();
        shell.Run("Get-Job -Id $job.Id -ErrorAction SilentlyContinue").Output.Should().BeEmpty();
    }

    [Fact]
    public void Job_errors_stay_per_input_and_the_job_reports_failure()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("$job = Invoke-ScpRestMethod virtualserver /v1/volumes/no-such-volume -AsJob; $null = $job | Wait-Job -Timeout 30; $job.State.ToString(); $job | Receive-Job -ErrorVariable failures -ErrorAction SilentlyContinue; $failures.Count");
        r.Output.First().ToString().Should().Be("Failed");
        r.Output.Last().BaseObject.Should().Be(1);
    }

    [Fact]
    public void Job_carries_the_session_it_was_started_with()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("$job = Invoke-ScpRestMethod virtualserver /v1/volume-types -AsJob; Disconnect-ScpAccount; $job | Wait-Job -Timeout 30 | Receive-Job | ForEach-Object { $_.volume_types.Count -gt 0 }");
        r.Errors.Should().BeEmpty();
        r.Output.Single().BaseObject.Should().Be(true);
    }

    [Fact]
    public void Stop_Job_cancels_a_request_in_flight()
    {
        using var shell = _emu.Shell();
        _emu.Host.Faults.Latency = TimeSpan.FromSeconds(30);
        try
        {
            shell.Run("$job = Invoke-ScpRestMethod virtualserver /v1/volume-types -AsJob; Start-Sleep -Milliseconds 300".Replace("Start-Sleep -Milliseconds 300", "[System.Threading.Thread]::Sleep(300)"));
            var watch = Stopwatch.StartNew();
            var r = shell.Run("Stop-Job -Id $job.Id; $job.State.ToString()");
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
            r.Errors.Should().BeEmpty();
            r.Output.Single().ToString().Should().Be("Stopped");
        }
        finally
        {
            _emu.Host.Faults.Latency = TimeSpan.Zero;
        }
    }

    [Fact]
    public void Ctrl_C_ends_a_long_call_promptly()
    {
        using var shell = _emu.Shell();
        _emu.Host.Faults.Latency = TimeSpan.FromSeconds(30);
        try
        {
            using var ps = shell.Begin("Invoke-ScpRestMethod virtualserver /v1/volume-types", out var handle);
            System.Threading.Thread.Sleep(500);
            var watch = Stopwatch.StartNew();
            ps.Stop();
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
            ps.InvocationStateInfo.State.Should().Be(PSInvocationState.Stopped);
        }
        finally
        {
            _emu.Host.Faults.Latency = TimeSpan.Zero;
        }
    }
}

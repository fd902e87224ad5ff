using System;
using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Faults;

/// <summary>What Get-Job shows of an ScpJob is true: stopped says stopped, progress has a real percent, Command has no values.</summary>
public sealed class JobStatusTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public JobStatusTests(EmulatorFixture emu) { _emu = emu; }

    [Fact]
    public void StatusMessage_after_Stop_Job_says_stopped()
    {
        using var shell = _emu.Shell();
        _emu.Host.Faults.Latency = TimeSpan.FromSeconds(30);
        try
        {
            shell.Run("$job = Invoke-ScpRestMethod virtualserver /v1/volume-types -AsJob; [System.Threading.Thread]::Sleep(300)");
            shell.Run("$job.StatusMessage").Output.Single().ToString().Should().Be("0 of 1 done");
            var r = shell.Run("Stop-Job -Id $job.Id; $job.StatusMessage; $job.ChildJobs[0].StatusMessage");
            r.Errors.Should().BeEmpty();
            r.Output[0].ToString().Should().Be("Stopped: 0 of 1 done");
            r.Output[1].ToString().Should().StartWith("Stopped: ");
        }
        finally
        {
            _emu.Host.Faults.Latency = TimeSpan.Zero;
        }
    }

    [Fact]
    public void A_job_over_known_inputs_reports_a_real_percent()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("$job = 1..4 | ForEach-Object { @{ name = \"job-progress-$_\"; size = 8 } } | " +
            "Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -Confirm:$false -AsJob -ThrottleLimit 1; " +
            "$null = $job | Wait-Job -Timeout 30; $job.StatusMessage; $job.Progress | ForEach-Object PercentComplete");
        r.Errors.Should().BeEmpty();
        r.Output[0].ToString().Should().Be("4 of 4 done");
        r.Output.Skip(1).Select(o => (int)o.BaseObject).Should().Equal(25, 50, 75, 100);
    }

    [Fact]
    public void A_wait_does_not_pretend_to_know_how_far_along_it_is()
    {
        using var shell = _emu.Shell();
        var transition = _emu.Host.Options.TransitionDelay;
        _emu.Host.Options.TransitionDelay = TimeSpan.FromSeconds(1);
        ShellResult r;
        try { r = shell.Run("New-ScpVolume -Name progress-wait -SizeGB 8 -Wait"); }
        finally { _emu.Host.Options.TransitionDelay = transition; }
        r.Errors.Should().BeEmpty();
        r.Progress.Should().NotBeEmpty("-Wait reports progress while the volume is creating");
        r.Progress.Should().OnlyContain(p => p.PercentComplete == -1, "the share of the timeout used is not progress");
    }

    [Fact]
    public void Help_says_the_job_Command_is_free_of_values()
    {
        using var shell = _emu.Shell();
        // The shipped about topic (Get-Help about_ScpStorage reads this file when the module is on PSModulePath).
        var help = string.Join(" ", System.IO.File.ReadAllLines(System.IO.Path.Combine(RepoPaths.ModuleFolder, "en-US", "about_ScpStorage.help.txt"))
            .Select(l => l.Trim()));
        help.Should().Contain("Command property shows the command and the names of the parameters");
        help.Should().Contain("never their values");
        help.Should().Contain("Stopped:");
    }
}

using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Faults;

/// <summary>Every error says how many attempts were made, gives advice that fits, and has the same id in a job.</summary>
public sealed class ErrorReportTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public ErrorReportTests(EmulatorFixture emu) { _emu = emu; }

    [Fact]
    public void A_transient_status_error_counts_its_attempts_and_says_what_to_do()
    {
        using var shell = _emu.Shell();
        _emu.Host.Faults.FailNext(3, 500, retryAfterSeconds: 0, method: "GET");
        var e = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volume-types -MaximumRetryCount 2").Errors.Single();
        _emu.Host.Faults.Reset();
        e.Exception.Message.Should().Contain("failed with 500").And.Contain("3 attempts");
        e.ErrorDetails.RecommendedAction.Should().Be("Transient; retried 2 times; run again or raise -MaximumRetryCount.");
        e.CategoryInfo.Category.Should().Be(ErrorCategory.ResourceUnavailable);
    }

    [Fact]
    public void A_final_status_error_says_it_was_one_attempt()
    {
        using var shell = _emu.Shell();
        var e = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volumes/no-such-volume").Errors.Single();
        e.Exception.Message.Should().Contain("1 attempt.");
        e.CategoryInfo.Category.Should().Be(ErrorCategory.ObjectNotFound);
    }

    [Fact]
    public void Throttling_advice_names_ThrottleLimit_only_where_the_work_ran_under_one()
    {
        using var shell = _emu.Shell();
        _emu.Host.Faults.FailNext(2, 429, retryAfterSeconds: 0, method: "GET");
        var direct = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volume-types -MaximumRetryCount 1").Errors.Single();
        direct.ErrorDetails.RecommendedAction.Should().Contain("throttling").And.Contain("retried once").And.NotContain("ThrottleLimit");
        direct.CategoryInfo.Category.Should().Be(ErrorCategory.LimitsExceeded);

        _emu.Host.Faults.FailNext(2, 429, retryAfterSeconds: 0, method: "GET");
        var job = shell.Run("$j = Invoke-ScpRestMethod virtualserver /v1/volume-types -MaximumRetryCount 1 -AsJob; $null = $j | Wait-Job -Timeout 30; $j | Receive-Job -ErrorVariable f -ErrorAction SilentlyContinue; $f[0]");
        var fromJob = (ErrorRecord)job.Output.Single().BaseObject;
        fromJob.ErrorDetails.RecommendedAction.Should().Contain("lower -ThrottleLimit");
    }

    [Fact]
    public void The_error_id_is_the_same_from_a_direct_call_and_from_Receive_Job()
    {
        using var shell = _emu.Shell();
        var direct = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volumes/no-such-volume").Errors.Single();
        var job = shell.Run("$j = Invoke-ScpRestMethod virtualserver /v1/volumes/no-such-volume -AsJob; $null = $j | Wait-Job -Timeout 30; $j | Receive-Job -ErrorVariable f -ErrorAction SilentlyContinue; $f[0]");
        var fromJob = (ErrorRecord)job.Output.Single().BaseObject;
        fromJob.FullyQualifiedErrorId.Should().Be(direct.FullyQualifiedErrorId);
        fromJob.CategoryInfo.Category.Should().Be(direct.CategoryInfo.Category);
    }
}

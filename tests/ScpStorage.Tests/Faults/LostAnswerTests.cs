using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Faults;

/// <summary>
/// A lost answer never becomes a false failure or a duplicate: the emulator does the work and
/// drops the answer, and the cmdlets report what really happened.
/// </summary>
public sealed class LostAnswerTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public LostAnswerTests(EmulatorFixture emu) { _emu = emu; }

    private int Sent(string method, string pathEnd) => _emu.Host.Requests.Count(r => r.Method == method && r.Path.EndsWith(pathEnd));

    private static int Count(ModuleShell shell, string command) => (int)shell.Run($"@({command}).Count").Output.Single().BaseObject;

    [Fact]
    public void New_ScpVolume_whose_answer_is_lost_returns_the_volume_it_made_and_makes_no_other()
    {
        using var shell = _emu.Shell();
        _emu.Host.ClearRequests();
        _emu.Host.Faults.LoseNext(1, method: "POST");
        var r = shell.Run("New-ScpVolume -Name lost-create -SizeGB 8 -Wait -Verbose");
        r.Errors.Should().BeEmpty();
        var volume = r.Output.Single();
        volume.Properties["Name"].Value.Should().Be("lost-create");
        volume.Properties["State"].Value.Should().Be("available");
        r.Verbose.Should().Contain(v => v.Contains("exactly one volume 'lost-create'") && v.Contains("it is the result"));
        Sent("POST", "/v1/volumes").Should().Be(1, "the create is never sent twice when its volume exists");
        _emu.Host.Requests.Should().Contain(q => q.Method == "POST" && q.Status == 0 && q.HandlerStatus == 202, "the emulator did lose the answer");
        Count(shell, "Get-ScpVolume -Name lost-create").Should().Be(1);
    }

    [Fact]
    public void New_ScpVolumeSnapshot_whose_answer_is_lost_returns_the_snapshot_it_made()
    {
        using var shell = _emu.Shell();
        shell.Run("New-ScpVolume -Name lost-snapvol -SizeGB 8 -Wait").Errors.Should().BeEmpty();
        _emu.Host.ClearRequests();
        _emu.Host.Faults.LoseNext(1, method: "POST");
        var r = shell.Run("Get-ScpVolume -Name lost-snapvol | New-ScpVolumeSnapshot -Name lost-snap -Wait -Verbose");
        r.Errors.Should().BeEmpty();
        r.Output.Single().Properties["Name"].Value.Should().Be("lost-snap");
        r.Verbose.Should().Contain(v => v.Contains("exactly one snapshot 'lost-snap'"));
        Sent("POST", "/v1/snapshots").Should().Be(1);
        Count(shell, "Get-ScpVolumeSnapshot -Name lost-snap").Should().Be(1);
    }

    [Fact]
    public void A_create_refused_with_503_is_checked_and_sent_again_once()
    {
        using var shell = _emu.Shell();
        _emu.Host.ClearRequests();
        _emu.Host.Faults.FailNext(1, 503, retryAfterSeconds: 0, method: "POST");
        var r = shell.Run("New-ScpVolume -Name after-503 -SizeGB 8 -Verbose");
        r.Errors.Should().BeEmpty();
        r.Verbose.Should().Contain(v => v.Contains("no volume 'after-503' exists") && v.Contains("sending it again"));
        Sent("POST", "/v1/volumes").Should().Be(2);
        Count(shell, "Get-ScpVolume -Name after-503").Should().Be(1);
    }

    [Fact]
    public void A_create_throttled_with_429_is_retried()
    {
        using var shell = _emu.Shell();
        _emu.Host.ClearRequests();
        _emu.Host.Faults.FailNext(1, 429, retryAfterSeconds: 0, method: "POST");
        var r = shell.Run("New-ScpVolume -Name after-429 -SizeGB 8");
        r.Errors.Should().BeEmpty();
        Sent("POST", "/v1/volumes").Should().Be(2);
        Count(shell, "Get-ScpVolume -Name after-429").Should().Be(1);
    }

    [Fact]
    public void A_lost_create_that_cannot_be_checked_says_the_volume_may_exist_and_how_to_check()
    {
        using var shell = _emu.Shell();
        _emu.Host.Faults.LoseNext(1, method: "POST");
        // The check is three calls of two attempts each (-MaximumRetryCount 1): all six fail.
        _emu.Host.Faults.FailNext(6, 503, retryAfterSeconds: 0, method: "GET");
        var r = shell.Run("New-ScpVolume -Name maybe-made -SizeGB 8 -MaximumRetryCount 1");
        var e = r.Errors.Single();
        e.Exception.Message.Should().Contain("may have been created").And.Contain("Get-ScpVolume -Name 'maybe-made'");
        e.ErrorDetails.RecommendedAction.Should().Contain("Get-ScpVolume -Name 'maybe-made'");
        e.CategoryInfo.Category.Should().Be(ErrorCategory.ConnectionError);
        _emu.Host.Faults.Reset();
        Count(shell, "Get-ScpVolume -Name maybe-made").Should().Be(1, "it was indeed made: the message was right to warn");
    }

    [Fact]
    public void Resize_ScpVolume_whose_answer_is_lost_succeeds_when_the_volume_has_the_size()
    {
        using var shell = _emu.Shell();
        shell.Run("New-ScpVolume -Name lost-resize -SizeGB 8 -Wait").Errors.Should().BeEmpty();
        _emu.Host.ClearRequests();
        _emu.Host.Faults.LoseNext(1, method: "PUT");
        var r = shell.Run("Get-ScpVolume -Name lost-resize | Resize-ScpVolume -SizeGB 16 -Wait -Verbose");
        r.Errors.Should().BeEmpty();
        r.Verbose.Should().Contain(v => v.Contains("answer was lost") && v.Contains("resize of volume"));
        // The retried PUT is refused (409 extending, or 400 same size): that refusal is our own earlier attempt.
        _emu.Host.Requests.Where(q => q.Method == "PUT").Select(q => q.Status).Should().HaveCount(2).And.StartWith(0)
            .And.Subject.Last().Should().BeOneOf(400, 409);
        shell.Run("(Get-ScpVolume -Name lost-resize).Size").Output.Single().BaseObject.Should().Be(16);
    }

    [Fact]
    public void Remove_ScpVolume_whose_answer_is_lost_succeeds_and_the_volume_is_gone()
    {
        using var shell = _emu.Shell();
        shell.Run("New-ScpVolume -Name lost-remove -SizeGB 8 -Wait").Errors.Should().BeEmpty();
        _emu.Host.ClearRequests();
        _emu.Host.Faults.LoseNext(1, method: "DELETE");
        var r = shell.Run("Get-ScpVolume -Name lost-remove | Remove-ScpVolume -Force -Wait -Verbose");
        r.Errors.Should().BeEmpty();
        // The retried DELETE is refused (409 deleting, or 404 already gone): that refusal is our own earlier attempt.
        _emu.Host.Requests.Where(q => q.Method == "DELETE").Select(q => q.Status).Should().HaveCount(2).And.StartWith(0)
            .And.Subject.Last().Should().BeOneOf(404, 409);
        Count(shell, "Get-ScpVolume -Name lost-remove").Should().Be(0);
    }

    [Fact]
    public void Remove_ScpVolumeSnapshot_whose_answer_is_lost_succeeds_and_the_snapshot_is_gone()
    {
        using var shell = _emu.Shell();
        shell.Run("New-ScpVolume -Name lost-snapdel -SizeGB 8 -Wait | New-ScpVolumeSnapshot -Name lost-snapdel-s -Wait").Errors.Should().BeEmpty();
        _emu.Host.ClearRequests();
        _emu.Host.Faults.LoseNext(1, method: "DELETE");
        var r = shell.Run("Get-ScpVolumeSnapshot -Name lost-snapdel-s | Remove-ScpVolumeSnapshot -Force -Wait");
        r.Errors.Should().BeEmpty();
        _emu.Host.Requests.Where(q => q.Method == "DELETE").Select(q => q.Status).Should().HaveCount(2).And.StartWith(0)
            .And.Subject.Last().Should().BeOneOf(404, 409);
        Count(shell, "Get-ScpVolumeSnapshot -Name lost-snapdel-s").Should().Be(0);
    }

    [Fact]
    public void Removing_a_volume_that_is_already_deleting_is_still_an_error_when_no_answer_was_lost()
    {
        using var shell = _emu.Shell();
        var id = shell.Run("(New-ScpVolume -Name del-twice -SizeGB 8 -Wait).Id").Output.Single().ToString();
        shell.Run($"Remove-ScpVolume -Id {id} -Force").Errors.Should().BeEmpty();
        var again = shell.Run($"Remove-ScpVolume -Id {id} -Force");
        again.Errors.Should().ContainSingle();
    }
}

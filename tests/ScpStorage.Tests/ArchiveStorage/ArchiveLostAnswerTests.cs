using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.ArchiveStorage;

/// <summary>A recovery whose answer is lost is neither a false failure nor a second recovery.</summary>
public sealed class ArchiveLostAnswerTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;
    public ArchiveLostAnswerTests(EmulatorFixture emu) { _emu = emu; }

    [Fact]
    public void A_recovery_whose_answer_was_lost_is_found_and_reported_once()
    {
        using var shell = _emu.Shell();
        var id = ArchiveSetup.ArchivedBucket(_emu, shell, "eng-lost", "l.txt");
        ArchiveSetup.ObsBucket(_emu, "eng-lost-target");
        ArchiveSetup.Admin(_emu, "PUT", "/run-delay", new { ms = 600000 });
        try
        {
            _emu.Host.Faults.LoseNext(1, method: "PUT");
            var r = shell.Run($"Get-ScpArchiveObject -BucketId {id} | Restore-ScpArchiveObject -TargetBucketName eng-lost-target -Force");

            r.Errors.Should().BeEmpty("the retry was refused because our own recovery was running, and the history shows it");
            var puts = _emu.Host.Requests.Where(q => q.Path.EndsWith("/recover-objects")).ToList();
            puts.Should().HaveCount(2, "the lost attempt and the refused retry");
            puts[0].HandlerStatus.Should().Be(202);
            puts[1].Status.Should().Be(409);
            var jobs = shell.Run($"Get-ScpArchiveRecoveryJob -BucketId {id}");
            jobs.Output.Should().ContainSingle("one recovery was started");
            r.Output.Single().Properties["Id"].Value.Should().Be(jobs.Output.Single().Properties["Id"].Value);
            shell.Run($"Get-ScpArchiveRecoveryJob -BucketId {id} | Stop-ScpArchiveRecoveryJob -Wait").Errors.Should().BeEmpty();
        }
        finally { ArchiveSetup.Admin(_emu, "DELETE", "/run-delay"); }
    }
}

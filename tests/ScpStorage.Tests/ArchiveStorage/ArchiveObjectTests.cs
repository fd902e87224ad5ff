using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.ArchiveStorage;

/// <summary>Objects, recovery and removal as an administrator uses them, witnessed by the emulator's request log.</summary>
public sealed class ArchiveObjectTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;
    public ArchiveObjectTests(EmulatorFixture emu) { _emu = emu; }

    private int Sent(string method, string pathPart) =>
        _emu.Host.Requests.Count(r => r.Service == "archivestorage" && r.Method == method && r.Path.Contains(pathPart));

    [Fact]
    public void Listed_objects_carry_their_bucket_and_pipe_into_one_recovery_request_that_Wait_returns_ended()
    {
        using var shell = _emu.Shell();
        var id = ArchiveSetup.ArchivedBucket(_emu, shell, "eng-restore", "docs/a.txt", "docs/b.txt", "top.txt");
        ArchiveSetup.ObsBucket(_emu, "eng-restore-target");
        var before = Sent("PUT", "/recover-objects");

        var r = shell.Run("Get-ScpArchiveBucket -Name eng-restore | Get-ScpArchiveObject -Path docs/ | Restore-ScpArchiveObject -TargetBucketName eng-restore-target -Force -Wait");

        r.Errors.Should().BeEmpty();
        Sent("PUT", "/recover-objects").Should().Be(before + 1, "the objects of one bucket go in one request");
        var job = r.Output.Single();
        job.TypeNames[0].Should().Be("ScpStorage.Core.ArchiveStorage.ScpArchiveRecoveryJob");
        job.Properties["State"].Value.Should().Be("SUCCESS");
        job.Properties["EndAt"].Value.Should().NotBeNull();
        job.Properties["BucketId"].Value.Should().Be(id);
        shell.Run($"Get-ScpArchiveObject -BucketId {id} | ForEach-Object BucketId").Output.Select(o => o.ToString()).Should().OnlyContain(b => b == id);
    }

    [Fact]
    public void WhatIf_sends_no_delete_and_a_confirmed_remove_sends_the_paths_of_one_bucket_in_one_request()
    {
        using var shell = _emu.Shell();
        var id = ArchiveSetup.ArchivedBucket(_emu, shell, "eng-remove", "x/1.txt", "x/2.txt");
        var before = Sent("DELETE", "/objects");

        shell.Run($"Get-ScpArchiveObject -BucketId {id} | Remove-ScpArchiveObject -WhatIf").Errors.Should().BeEmpty();
        Sent("DELETE", "/objects").Should().Be(before, "-WhatIf sends nothing");
        shell.Run($"Get-ScpArchiveObject -BucketId {id}").Output.Should().HaveCount(2);

        shell.Run($"Get-ScpArchiveObject -BucketId {id} | Remove-ScpArchiveObject -Force -Wait").Errors.Should().BeEmpty();
        Sent("DELETE", "/objects").Should().Be(before + 1, "both confirmed paths went in one request");
        shell.Run($"Get-ScpArchiveObject -BucketId {id}").Output.Should().BeEmpty();
    }

    [Fact]
    public void First_stops_paging_and_each_page_is_one_request()
    {
        using var shell = _emu.Shell();
        ArchiveSetup.Admin(_emu, "POST", "/seed", new { bucket_name = "eng-paging", objects = 450 });
        var id = shell.Run("(Get-ScpArchiveBucket -Name eng-paging).Id").Output.Single().ToString();
        var before = Sent("GET", "/objects");

        shell.Run($"Get-ScpArchiveObject -BucketId {id} -PageSize 100 -First 150").Output.Should().HaveCount(150);
        Sent("GET", "/objects").Should().Be(before + 2, "-First 150 with pages of 100 needs two pages, not five");

        var all = shell.Run($"Get-ScpArchiveObject -BucketId {id} -PageSize 200");
        all.Output.Should().HaveCount(450);
        all.Output.Select(o => o.Properties["ObjectName"].Value).Should().OnlyHaveUniqueItems();
        Sent("GET", "/objects").Should().Be(before + 2 + 3);
    }

    [Fact]
    public void A_missing_bucket_is_an_error_for_that_input_and_the_others_still_list()
    {
        using var shell = _emu.Shell();
        var id = ArchiveSetup.ArchivedBucket(_emu, shell, "eng-errors", "e.txt");
        var r = shell.Run($"'00000000-0000-0000-0000-000000000000', '{id}' | ForEach-Object {{ [pscustomobject]@{{ BucketId = $_ }} }} | Get-ScpArchiveObject");
        r.Errors.Should().ContainSingle().Which.Exception.Message.Should().Contain("404");
        r.Output.Should().ContainSingle().Which.Properties["ObjectName"].Value.Should().Be("e.txt");
    }

    [Fact]
    public void Restore_ScpSnapshot_given_an_archive_version_names_Restore_ScpArchiveObject_and_sends_nothing()
    {
        using var shell = _emu.Shell();
        var id = ArchiveSetup.ArchivedBucket(_emu, shell, "eng-snapshot", "s.txt");
        var before = _emu.Host.Requests.Count(r => r.Method == "PUT");
        var r = shell.Run($"Get-ScpArchiveObjectVersion -BucketId {id} -Path s.txt | Restore-ScpSnapshot -Force");
        r.Errors.Should().ContainSingle().Which.Exception.Message.Should().Contain("Restore-ScpArchiveObject");
        _emu.Host.Requests.Count(q => q.Method == "PUT").Should().Be(before);
    }

    [Fact]
    public void Versions_are_removed_per_object_in_one_request_and_AsJob_returns_a_job()
    {
        using var shell = _emu.Shell();
        var id = ArchiveSetup.ArchivedBucket(_emu, shell, "eng-versions", "v.txt");
        shell.Run($"$null = Set-ScpArchiveBucketVersioning -BucketId {id} -Enabled $true").Errors.Should().BeEmpty();
        ArchiveSetup.Admin(_emu, "POST", "/run-archiving?bucket_id=" + id);
        shell.Run("Start-Sleep -Milliseconds 400; $null = Get-ScpArchiveBucket -Name eng-versions").Errors.Should().BeEmpty();
        shell.Run($"Get-ScpArchiveObjectVersion -BucketId {id} -Path v.txt").Output.Should().HaveCount(2);
        var before = Sent("DELETE", "/object-versions");

        var job = shell.Run($"Get-ScpArchiveObjectVersion -BucketId {id} -Path v.txt | Where-Object {{ -not $_.Latest }} | Remove-ScpArchiveObjectVersion -Force -AsJob");
        job.Output.Single().TypeNames.Should().Contain(t => t.EndsWith("ScpJob"));
        shell.Run("$null = Get-Job | Wait-Job -Timeout 30; Get-Job | Receive-Job").Errors.Should().BeEmpty();
        Sent("DELETE", "/object-versions").Should().Be(before + 1);
        shell.Run($"Get-ScpArchiveObjectVersion -BucketId {id} -Path v.txt").Output.Should().ContainSingle()
            .Which.Properties["Latest"].Value.Should().Be(true);
    }
}

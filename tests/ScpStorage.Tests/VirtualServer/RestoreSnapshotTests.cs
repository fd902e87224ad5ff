using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.VirtualServer;

/// <summary>Restore-ScpSnapshot: reverting Virtual Server volumes to their snapshots, and the dispatch on the piped type.</summary>
public sealed class RestoreSnapshotTests : IClassFixture<EmulatorFixture>
{
    private const string Web01 = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f";
    private readonly EmulatorFixture _emu;

    public RestoreSnapshotTests(EmulatorFixture emu) { _emu = emu; }

    private int Reverts() => _emu.Host.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/revert"));

    /// <summary>A volume with one available snapshot; returns (volume id, snapshot id).</summary>
    private static (string Volume, string Snapshot) VolumeWithSnapshot(ModuleShell shell, string volume, string snapshot)
    {
        var r = shell.Run($"$v = New-ScpVolume -Name {volume} -SizeGB 8 -Wait; $s = $v | New-ScpVolumeSnapshot -Name {snapshot} -Wait; $v.Id; $s.Id");
        r.Errors.Should().BeEmpty();
        return (r.Output[0].ToString()!, r.Output[1].ToString()!);
    }

    [Fact]
    public void A_piped_snapshot_reverts_its_volume_and_Wait_returns_the_volume_available()
    {
        using var shell = _emu.Shell();
        var (volumeId, _) = VolumeWithSnapshot(shell, "rs-data01", "rs-pre-patch");
        var r = shell.Run("Get-ScpVolumeSnapshot -Name rs-pre-patch | Restore-ScpSnapshot -Force -Wait");
        r.Errors.Should().BeEmpty();
        var volume = r.Output.Single();
        volume.TypeNames[0].Should().Be("ScpStorage.Core.VirtualServer.ScpVolume");
        volume.Properties["Id"].Value.Should().Be(volumeId);
        volume.Properties["State"].Value.Should().Be("available");
        r.Progress.Should().NotBeEmpty("-Wait reports progress while the volume is reverting");
        Reverts().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Without_Wait_the_volume_is_returned_reverting_and_ById_needs_no_object()
    {
        using var shell = _emu.Shell();
        var (volumeId, snapshotId) = VolumeWithSnapshot(shell, "rs-byid", "rs-byid-snap");
        var r = shell.Run($"Restore-ScpSnapshot -SnapshotId {snapshotId} -Confirm:$false");
        r.Errors.Should().BeEmpty();
        r.Output.Single().Properties["State"].Value.Should().Be("reverting");
        r.Output.Single().Properties["Id"].Value.Should().Be(volumeId);
    }

    [Fact]
    public void Confirmation_names_the_volume_and_the_snapshot_and_WhatIf_sends_nothing()
    {
        using var shell = _emu.Shell();
        var (volumeId, snapshotId) = VolumeWithSnapshot(shell, "rs-confirm", "rs-confirm-snap");
        var before = Reverts();
        shell.Run("Get-ScpVolumeSnapshot -Name rs-confirm-snap | Restore-ScpSnapshot -WhatIf").Errors.Should().BeEmpty();
        Reverts().Should().Be(before, "-WhatIf sends no revert");

        var prompt = shell.Run("Get-ScpVolumeSnapshot -Name rs-confirm-snap | Restore-ScpSnapshot");
        prompt.FirstError.Should().NotBeNull("ConfirmImpact High asks, and this host cannot answer");
        Reverts().Should().Be(before, "an unanswered confirmation sends nothing");

        var forced = shell.Run("Get-ScpVolumeSnapshot -Name rs-confirm-snap | Restore-ScpSnapshot -Force -Wait -Verbose");
        forced.Errors.Should().BeEmpty();
        forced.Verbose.Should().Contain($"Revert on \"volume rs-confirm ({volumeId}) to snapshot rs-confirm-snap ({snapshotId})\" (-Force: not asking for confirmation).");
    }

    [Fact]
    public void An_unsupported_piped_type_is_InvalidArgument_naming_the_supported_kinds()
    {
        using var shell = _emu.Shell();
        shell.Run("$null = New-ScpVolume -Name rs-wrongtype -SizeGB 8 -Wait").Errors.Should().BeEmpty();
        var before = _emu.Host.Requests.Count(r => r.Method != "GET");
        var r = shell.Run("Get-ScpVolume -Name rs-wrongtype | Restore-ScpSnapshot -Force; 'abc' | Restore-ScpSnapshot -Force; 'goes on'");
        r.Errors.Should().HaveCount(2).And.OnlyContain(e => e.CategoryInfo.Category == ErrorCategory.InvalidArgument);
        r.Errors[0].Exception.Message.Should().Contain("ScpVolume").And.Contain("ScpVolumeSnapshot (Get-ScpVolumeSnapshot)");
        r.Errors[1].Exception.Message.Should().Contain("System.String");
        r.Output.Select(o => o.ToString()).Should().Equal("goes on");
        _emu.Host.Requests.Count(x => x.Method != "GET").Should().Be(before);
    }

    [Fact]
    public void A_missing_snapshot_id_is_ObjectNotFound()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("Restore-ScpSnapshot -SnapshotId 00000000-0000-0000-0000-000000000000 -Force; 'goes on'");
        r.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.ObjectNotFound);
        r.Output.Select(o => o.ToString()).Should().Equal("goes on");
    }

    [Fact]
    public void Reverting_an_in_use_volume_or_to_a_creating_snapshot_is_ResourceBusy()
    {
        using var shell = _emu.Shell();
        var (volumeId, _) = VolumeWithSnapshot(shell, "rs-inuse", "rs-inuse-snap");
        shell.Run($"$null = Invoke-ScpRestMethod virtualserver '/v1/volumes/{{volume_id}}/servers' -Method POST -PathParameters @{{ volume_id = '{volumeId}' }} "
            + $"-Body @{{ server_id = '{Web01}' }}; $i = 0; do {{ [System.Threading.Thread]::Sleep(50); $i++ }} while ((Get-ScpVolume -Id {volumeId}).State -ne 'in-use' -and $i -lt 100)")
            .Errors.Should().BeEmpty();
        var inUse = shell.Run("Get-ScpVolumeSnapshot -Name rs-inuse-snap | Restore-ScpSnapshot -Force; 'goes on'");
        inUse.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.ResourceBusy);
        inUse.Errors[0].FullyQualifiedErrorId.Should().StartWith("ScpInvalidState");
        inUse.Output.Select(o => o.ToString()).Should().Equal("goes on");

        shell.Run("$null = New-ScpVolume -Name rs-creating -SizeGB 8 -Wait").Errors.Should().BeEmpty();
        var creating = shell.Run("Get-ScpVolume -Name rs-creating | New-ScpVolumeSnapshot -Name rs-creating-snap | Restore-ScpSnapshot -Force");
        creating.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.ResourceBusy);
    }

    [Fact]
    public void A_400_from_SCP_is_InvalidArgument()
    {
        using var shell = _emu.Shell();
        VolumeWithSnapshot(shell, "rs-bad", "rs-bad-snap");
        _emu.Host.Faults.FailNext(1, 400, method: "POST");
        var r = shell.Run("Get-ScpVolumeSnapshot -Name rs-bad-snap | Restore-ScpSnapshot -Force");
        r.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.InvalidArgument);
        r.Errors[0].TargetObject.Should().BeOfType<ScpStorage.Core.VirtualServer.ScpVolumeSnapshot>();
    }

    [Fact]
    public void AsJob_reverts_each_piped_snapshot_in_its_own_child()
    {
        using var shell = _emu.Shell();
        var a = VolumeWithSnapshot(shell, "rs-job-a", "rs-job-snap");
        var b = VolumeWithSnapshot(shell, "rs-job-b", "rs-job-snap");
        var r = shell.Run("$job = Get-ScpVolumeSnapshot -Name rs-job-snap | Restore-ScpSnapshot -Force -Wait -AsJob; $job.ChildJobs.Count; "
            + "$null = $job | Wait-Job -Timeout 60; $job.State.ToString(); $job | Receive-Job | ForEach-Object { $_.Id + '=' + $_.State }");
        r.Errors.Should().BeEmpty();
        r.Output.Take(2).Select(o => o.ToString()).Should().Equal("2", "Completed");
        r.Output.Skip(2).Select(o => o.ToString()).Should().BeEquivalentTo($"{a.Volume}=available", $"{b.Volume}=available");
    }
}

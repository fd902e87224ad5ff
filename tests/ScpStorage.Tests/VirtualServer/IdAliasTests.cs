using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.VirtualServer;

/// <summary>
/// The per-kind spellings of -Id that scripts written before the shared cmdlet bases use
/// (`Get-ScpVolume -VolumeId x`, `Remove-ScpVolumeSnapshot -SnapshotId x`) still work, as
/// aliases only: -Id never binds another object's property from the pipeline.
/// </summary>
public sealed class IdAliasTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public IdAliasTests(EmulatorFixture emu) { _emu = emu; }

    [Theory]
    [InlineData("Get-ScpVolume", "VolumeId")]
    [InlineData("Remove-ScpVolume", "VolumeId")]
    [InlineData("Resize-ScpVolume", "VolumeId")]
    [InlineData("Set-ScpVolume", "VolumeId")]
    [InlineData("Mount-ScpVolume", "VolumeId")]
    [InlineData("Dismount-ScpVolume", "VolumeId")]
    [InlineData("Get-ScpVolumeSnapshot", "SnapshotId")]
    [InlineData("Set-ScpVolumeSnapshot", "SnapshotId")]
    [InlineData("Remove-ScpVolumeSnapshot", "SnapshotId")]
    [InlineData("Get-ScpVolumeType", "VolumeTypeId")]
    [InlineData("Get-ScpServer", "ServerId")]
    [InlineData("Get-ScpVolumeTransfer", "TransferId")]
    [InlineData("Remove-ScpVolumeTransfer", "TransferId")]
    [InlineData("Receive-ScpVolumeTransfer", "TransferId")]
    public void The_Id_parameter_keeps_its_per_kind_alias_and_takes_nothing_by_property_name(string command, string alias)
    {
        using var shell = _emu.Shell();
        var id = shell.Run($"(Get-Command {command}).Parameters['Id']");
        id.Errors.Should().BeEmpty();
        shell.Run($"(Get-Command {command}).Parameters['Id'].Aliases").Output.Select(o => o.ToString()).Should().Contain(alias);
        shell.Run($"(Get-Command {command}).Parameters['Id'].ParameterSets.Values | Where-Object ValueFromPipelineByPropertyName")
            .Output.Should().BeEmpty("a piped object's own Id or reference must not bind to -Id by property name");
    }

    [Fact]
    public void Old_spellings_read_and_remove_what_they_name()
    {
        using var shell = _emu.Shell();
        var volumeId = shell.Run("(New-ScpVolume -Name alias-vol -SizeGB 8 -Wait).Id").Output.Single().ToString();
        shell.Set("vid", volumeId);
        var read = shell.Run("Get-ScpVolume -VolumeId $vid | ForEach-Object Name");
        read.Errors.Should().BeEmpty();
        read.Output.Select(o => o.ToString()).Should().Equal("alias-vol");

        var snapshotId = shell.Run("(New-ScpVolumeSnapshot -VolumeId $vid -Name alias-snap -Wait).Id").Output.Single().ToString();
        shell.Set("sid", snapshotId);
        _emu.Host.ClearRequests();
        var remove = shell.Run("Remove-ScpVolumeSnapshot -SnapshotId $sid -Confirm:$false");
        remove.Errors.Should().BeEmpty();
        _emu.Host.Requests.Where(q => q.Method == "DELETE").Select(q => q.Path.Split('?')[0]).Should().Equal("/virtualserver/v1/snapshots/" + snapshotId);
    }
}

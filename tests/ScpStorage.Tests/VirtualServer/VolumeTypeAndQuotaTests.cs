using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.VirtualServer;

/// <summary>Get-ScpVolumeType and Get-ScpVolumeQuota against the emulator's fixed types and live counts.</summary>
public sealed class VolumeTypeAndQuotaTests : IClassFixture<EmulatorFixture>
{
    private const string HddId = "5d1f8c3e-0b7a-4f55-9a0e-2f5b6d7c8e91";
    private readonly EmulatorFixture _emu;

    public VolumeTypeAndQuotaTests(EmulatorFixture emu) { _emu = emu; }

    private static string[] Names(ShellResult r) => r.Output.Select(o => o.ToString()!).ToArray();

    [Fact]
    public void Types_list_by_wildcard_and_are_typed()
    {
        using var shell = _emu.Shell();
        var all = shell.Run("Get-ScpVolumeType");
        all.Errors.Should().BeEmpty();
        all.Output.Select(t => t.Properties["Name"].Value).Should().BeEquivalentTo(new[] { "SSD", "HDD", "SSD_KMS" });
        all.Output.Should().OnlyContain(t => t.TypeNames[0] == "ScpStorage.Core.VirtualServer.ScpVolumeType");
        all.Output.Select(t => t.Properties["Region"].Value).Should().OnlyContain(v => (string)v == "kr-west1");

        Names(shell.Run("Get-ScpVolumeType -Name ssd* | ForEach-Object Name")).Should().BeEquivalentTo("SSD", "SSD_KMS");
        Names(shell.Run("Get-ScpVolumeType HDD, SSD_KMS | ForEach-Object Name")).Should().BeEquivalentTo("HDD", "SSD_KMS");
    }

    [Fact]
    public void By_id_directly_and_by_property_name_through_the_pipeline()
    {
        using var shell = _emu.Shell();
        Names(shell.Run($"Get-ScpVolumeType -Id {HddId} | ForEach-Object Name")).Should().Equal("HDD");
        var piped = shell.Run($"[pscustomobject]@{{ VolumeTypeId = '{HddId}' }}, (Get-ScpVolumeType -Name SSD) | Get-ScpVolumeType | ForEach-Object Name");
        piped.Errors.Should().BeEmpty();
        Names(piped).Should().Equal("HDD", "SSD");
    }

    [Fact]
    public void Default_is_the_type_new_volumes_get()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("Get-ScpVolumeType -Default");
        r.Errors.Should().BeEmpty();
        r.Output.Single().Properties["Name"].Value.Should().Be("SSD");
        r.Output.Single().Properties["IsDefault"].Value.Should().Be(true);
        shell.Run("(New-ScpVolume -Name type-default -SizeGB 8 -Wait).VolumeType").Output.Single().ToString().Should().Be("SSD");
    }

    [Fact]
    public void Missing_types_are_ObjectNotFound_but_an_unmatched_wildcard_is_not_an_error()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("Get-ScpVolumeType -Name NVME; Get-ScpVolumeType -Id 00000000-0000-0000-0000-000000000000; 'goes on'");
        r.Errors.Should().HaveCount(2).And.OnlyContain(e => e.CategoryInfo.Category == ErrorCategory.ObjectNotFound);
        r.Output.Select(o => o.ToString()).Should().Equal("goes on");
        shell.Run("Get-ScpVolumeType -Name NV*").Errors.Should().BeEmpty();
    }

    [Fact]
    public void Quota_counts_what_is_in_use()
    {
        using var shell = _emu.Shell();
        var before = shell.Run("Get-ScpVolumeQuota");
        before.Errors.Should().BeEmpty();
        var quota = before.Output.Single();
        quota.TypeNames[0].Should().Be("ScpStorage.Core.VirtualServer.ScpVolumeQuota");
        quota.Properties["Region"].Value.Should().Be("kr-west1");
        var volumes = (long)shell.Run("(Get-ScpVolumeQuota).Volumes.InUse").Output.Single().BaseObject;
        var snapshots = (long)shell.Run("(Get-ScpVolumeQuota).Snapshots.InUse").Output.Single().BaseObject;
        var gb = (long)shell.Run("(Get-ScpVolumeQuota).Usages.InUse").Output.Single().BaseObject;

        shell.Run("New-ScpVolume -Name quota-vol -SizeGB 16 -Wait | New-ScpVolumeSnapshot -Name quota-snap -Wait").Errors.Should().BeEmpty();
        var after = shell.Run("$q = Get-ScpVolumeQuota; $q.Volumes.InUse; $q.Snapshots.InUse; $q.Usages.InUse; $q.PerVolumeSize.Limit; $q.Rows.Count");
        after.Output.Select(o => (object)o.BaseObject).Should().Equal(volumes + 1, snapshots + 1, gb + 16, 16384L, 4);
    }

    [Fact]
    public void Volume_types_complete_with_Tab()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("$line = 'New-ScpVolume -Name x -SizeGB 8 -VolumeType SS'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText");
        r.Output.Select(o => o.ToString()).Should().BeEquivalentTo("SSD", "SSD_KMS");
        var ids = shell.Run("$line = 'Get-ScpVolumeType -Id 5d1'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText");
        ids.Output.Select(o => o.ToString()).Should().Equal(HddId);
    }
}

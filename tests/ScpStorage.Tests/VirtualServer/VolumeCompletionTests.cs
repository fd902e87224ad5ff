using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.VirtualServer;

/// <summary>
/// An emulator with the volumes the completion tests complete, created once before any test
/// runs: completers keep SCP's answer for 30 seconds, so volumes created by a later test
/// would not be offered.
/// </summary>
public sealed class VolumeCompletionFixture : IAsyncLifetime
{
    public EmulatorFixture Emulator { get; } = new EmulatorFixture();

    /// <summary>Name → id of the volumes created for completion.</summary>
    public IReadOnlyDictionary<string, string> Volumes { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        await Emulator.InitializeAsync();
        using var shell = Emulator.Shell();
        var r = shell.Run("'tab-alpha', 'tab-beta', 'tab with space', 'other-gamma' | ForEach-Object { New-ScpVolume -Name $_ -SizeGB 8 } | ForEach-Object { $_.Name + '=' + $_.Id }");
        if (r.Errors.Count > 0) throw new InvalidOperationException("Creating the completion volumes failed: " + r.Errors[0]);
        Volumes = r.Output.Select(o => o.ToString()!.Split('=')).ToDictionary(p => p[0], p => p[1]);
    }

    public Task DisposeAsync() => Emulator.DisposeAsync();
}

/// <summary>Tab completion (TabExpansion2) of volume names, ids, volume types and regions.</summary>
public sealed class VolumeCompletionTests : IClassFixture<VolumeCompletionFixture>
{
    private readonly VolumeCompletionFixture _fx;

    public VolumeCompletionTests(VolumeCompletionFixture fx) { _fx = fx; }

    /// <summary>What Tab offers at the end of <paramref name="line"/> (CompletionText, in order).</summary>
    private List<string> Complete(string line)
    {
        using var shell = _fx.Emulator.Shell();
        shell.Set("line", line);
        var r = shell.Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText");
        r.Errors.Should().BeEmpty();
        return r.Output.Select(o => o.ToString()!).ToList();
    }

    [Fact]
    public void Get_ScpVolume_Name_completes_existing_volume_names_that_start_with_what_was_typed()
    {
        Complete("Get-ScpVolume -Name tab-").Should().Equal("tab-alpha", "tab-beta");
        Complete("Get-ScpVolume -Name TAB-B").Should().Equal("tab-beta");
        Complete("Get-ScpVolume oth").Should().Equal("other-gamma");
    }

    [Fact]
    public void Names_with_spaces_are_offered_quoted()
    {
        Complete("Get-ScpVolume -Name tab").Should().Equal("'tab with space'", "tab-alpha", "tab-beta");
        Complete("Remove-ScpVolume -Name 'tab w").Should().Equal("'tab with space'");
    }

    [Fact]
    public void Get_ScpVolume_Id_completes_volume_ids()
    {
        var all = Complete("Get-ScpVolume -Id ");
        all.Should().Contain(_fx.Volumes.Values);
        var id = _fx.Volumes["tab-alpha"];
        Complete("Get-ScpVolume -Id " + id.Substring(0, 8)).Should().Contain(id).And.OnlyContain(c => c.StartsWith(id.Substring(0, 8)));
        Complete("Remove-ScpVolume -Id " + id.Substring(0, 8)).Should().Contain(id, "the shared target base completes ids of its kind too");
    }

    [Fact]
    public void New_ScpVolume_VolumeType_completes_the_volume_types()
    {
        Complete("New-ScpVolume -Name x -SizeGB 8 -VolumeType ").Should().Equal("HDD", "SSD", "SSD_KMS");
        Complete("New-ScpVolume -Name x -SizeGB 8 -VolumeType ss").Should().Equal("SSD", "SSD_KMS");
    }

    [Fact]
    public void Region_completes_the_regions_of_the_environment()
    {
        Complete("Get-ScpVolume -Region kr-w").Should().Equal("kr-west1");
        Complete("Get-ScpVolume -Environment g -Region ").Should().Equal("kr-south1", "kr-south2", "kr-south3");
        Complete("New-ScpVolume -Name x -SizeGB 8 -Environment s -Region kr-").Should().Equal("kr-east1", "kr-west1");
    }

    [Fact]
    public void The_change_cmdlets_complete_volumes_and_servers()
    {
        Complete("Resize-ScpVolume -Name tab-a").Should().Equal("tab-alpha");
        Complete("Set-ScpVolume -Name other").Should().Equal("other-gamma");
        Complete("Mount-ScpVolume -Name tab-alpha -ServerName web").Should().Equal("web01", "web02");
        Complete("Dismount-ScpVolume -Name tab-alpha -ServerId 2a9b").Should().Equal("2a9be312-5d4b-4bc8-b2ae-35100fa9241f");
    }
}

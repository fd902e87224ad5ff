using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.ParallelFileStorage;

/// <summary>Parallel File Storage in a real PowerShell session: the map's pipelines, -WhatIf, shrinking asks, restore.</summary>
public sealed class PfsPipelineTests : IClassFixture<EmulatorFixture>
{
    private const string Node = "6f1e2d3c-0000-4000-8000-0000000a0002";
    private readonly EmulatorFixture _emu;

    public PfsPipelineTests(EmulatorFixture emu) { _emu = emu; }

    private int Mutations() => _emu.Host.Requests.Count(r => r.Service == "parallel-filestorage" && r.Method != "GET");

    private static void Ok(ShellResult r) => r.Errors.Should().BeEmpty(string.Join("; ", r.Errors.Select(e => e.ToString())));

    [Fact]
    public void Grow_snapshot_restore_grant_and_clean_up_through_the_pipeline()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("$v = New-ScpPfsVolume -Name pp_scratch -CapacityTB 10 -Wait"));
        var grown = shell.Run("Get-ScpPfsVolume pp_scratch | Resize-ScpPfsVolume -CapacityTB 30 -Wait");
        Ok(grown);
        grown.Output.Single().Properties["CapacityTB"].Value.Should().Be(30);

        var restored = shell.Run("Get-ScpPfsVolume pp_scratch | New-ScpPfsSnapshot -Wait | Restore-ScpSnapshot -Force -Wait");
        Ok(restored);
        restored.Output.Single().TypeNames[0].Should().Be("ScpStorage.Core.ParallelFileStorage.ScpPfsVolume");

        var granted = shell.Run($"Get-ScpPfsVolume pp_scratch | Add-ScpPfsAccessRule -ObjectId {Node} -Wait");
        Ok(granted);
        granted.Output.Single().Properties["ObjectName"].Value.Should().Be("gpu-node-02");
        Ok(shell.Run("Get-ScpPfsVolume pp_scratch | Get-ScpPfsAccessRule | Remove-ScpPfsAccessRule -Force -Wait"));
        shell.Run("Get-ScpPfsVolume pp_scratch | Get-ScpPfsAccessRule").Output.Should().BeEmpty();
        Ok(shell.Run("Get-ScpPfsVolume pp_scratch | Get-ScpPfsSnapshot | Remove-ScpPfsSnapshot -Force -Wait; Get-ScpPfsVolume pp_scratch | Remove-ScpPfsVolume -Force -Wait"));
        shell.Run("Get-ScpPfsVolume -Name pp_*").Output.Should().BeEmpty();
    }

    [Fact]
    public void WhatIf_sends_nothing_and_shrinking_asks_first()
    {
        using var shell = _emu.Shell();
        Ok(shell.Run("$v = New-ScpPfsVolume -Name pp_whatif -CapacityTB 10 -Wait"));
        var before = Mutations();
        Ok(shell.Run($"New-ScpPfsVolume -Name pp_whatif2 -CapacityTB 1 -WhatIf; $v | Resize-ScpPfsVolume -CapacityTB 20 -WhatIf; $v | New-ScpPfsSnapshot -WhatIf; $v | Add-ScpPfsAccessRule -ObjectId {Node} -WhatIf; $v | Remove-ScpPfsVolume -WhatIf"));
        Mutations().Should().Be(before);
        shell.Run("$v | Resize-ScpPfsVolume -CapacityTB 5").FirstError.Should().NotBeNull("shrinking asks, and this host cannot answer");
        Mutations().Should().Be(before);
        Ok(shell.Run("$v | Resize-ScpPfsVolume -CapacityTB 5 -Force -Wait"));
        Mutations().Should().Be(before + 1);
    }
}

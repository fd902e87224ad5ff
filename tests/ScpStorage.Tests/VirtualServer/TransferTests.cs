using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.VirtualServer;

/// <summary>Offering, listing, cancelling and accepting volume transfers; the auth key never leaks.</summary>
public sealed class TransferTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public TransferTests(EmulatorFixture emu) { _emu = emu; }

    private int Mutations() => _emu.Host.Requests.Count(r => r.Method != "GET");

    private static string[] Text(ShellResult r) => r.Output.Select(o => o.ToString()).ToArray();

    private static void Volumes(ModuleShell shell, params string[] names) =>
        shell.Run(string.Join("; ", names.Select(n => $"$null = New-ScpVolume -Name {n} -SizeGB 8 -Wait"))).Errors.Should().BeEmpty();

    private static string State(ModuleShell shell, string volume) => shell.Run($"(Get-ScpVolume -Name {volume}).State").Output.Single().ToString();

    [Fact]
    public void New_from_a_piped_volume_returns_the_transfer_with_its_auth_key_once()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "tr-new");
        var r = shell.Run("Get-ScpVolume -Name tr-new | New-ScpVolumeTransfer -Name to-partner");
        r.Errors.Should().BeEmpty();
        var t = r.Output.Single();
        t.TypeNames[0].Should().Be("ScpStorage.Core.VirtualServer.ScpVolumeTransfer");
        t.Properties["Name"].Value.Should().Be("to-partner");
        t.Properties["VolumeId"].Value.Should().Be(shell.Run("(Get-ScpVolume -Name tr-new).Id").Output.Single().ToString());
        ((string)t.Properties["AuthKey"].Value).Should().NotBeNullOrEmpty();
        t.ToString().Should().NotContain((string)t.Properties["AuthKey"].Value);
        State(shell, "tr-new").Should().Be("awaiting-transfer");
        var listed = shell.Run("Get-ScpVolumeTransfer -Name to-partner");
        listed.Output.Single().Properties["AuthKey"].Value.Should().BeNull("SCP shows the key only when the transfer is created");
    }

    [Fact]
    public void New_by_property_name_WhatIf_and_a_volume_that_is_not_available()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "tr-prop", "tr-wi");
        var before = Mutations();
        shell.Run("Get-ScpVolume -Name tr-wi | New-ScpVolumeTransfer -WhatIf").Errors.Should().BeEmpty();
        Mutations().Should().Be(before, "-WhatIf sends no mutating request");
        State(shell, "tr-wi").Should().Be("available");

        var r = shell.Run("Get-ScpVolume -Name tr-prop | ForEach-Object { [pscustomobject]@{ VolumeId = $_.Id } } | New-ScpVolumeTransfer -Name by-prop");
        r.Errors.Should().BeEmpty();
        r.Output.Single().Properties["Name"].Value.Should().Be("by-prop");
        var again = shell.Run("Get-ScpVolume -Name tr-prop | New-ScpVolumeTransfer; 'still running'");
        again.Errors.Should().ContainSingle("a volume already awaiting transfer cannot be offered twice")
            .Which.CategoryInfo.Category.Should().Be(ErrorCategory.ResourceBusy);
        Text(again).Should().Equal("still running");
    }

    [Fact]
    public void Get_by_wildcard_and_id_and_missing_ones_are_ObjectNotFound()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "tr-get-a", "tr-get-b");
        shell.Run("Get-ScpVolume -Name tr-get-a | New-ScpVolumeTransfer -Name get-one; Get-ScpVolume -Name tr-get-b | New-ScpVolumeTransfer -Name get-two").Errors.Should().BeEmpty();
        Text(shell.Run("Get-ScpVolumeTransfer -Name get-* | ForEach-Object Name")).Should().BeEquivalentTo("get-one", "get-two");
        var byId = shell.Run("Get-ScpVolumeTransfer -Name get-one | ForEach-Object { [pscustomobject]@{ TransferId = $_.Id } } | Get-ScpVolumeTransfer | ForEach-Object Name");
        byId.Errors.Should().BeEmpty();
        Text(byId).Should().Equal("get-one");
        shell.Run("Get-ScpVolumeTransfer -First 1").Output.Should().ContainSingle();
        var missing = shell.Run("Get-ScpVolumeTransfer -Name no-such-transfer; Get-ScpVolumeTransfer -Id 00000000-0000-0000-0000-000000000000; 'still running'");
        missing.Errors.Should().HaveCount(2).And.OnlyContain(e => e.CategoryInfo.Category == ErrorCategory.ObjectNotFound);
        Text(missing).Should().Equal("still running");
    }

    [Fact]
    public void Remove_cancels_with_Force_or_Confirm_false_and_the_volume_is_available_again()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "tr-rm-a", "tr-rm-b");
        shell.Run("Get-ScpVolume -Name tr-rm-a | New-ScpVolumeTransfer -Name rm-one; Get-ScpVolume -Name tr-rm-b | New-ScpVolumeTransfer -Name rm-two").Errors.Should().BeEmpty();
        var before = Mutations();
        shell.Run("Get-ScpVolumeTransfer -Name rm-* | Remove-ScpVolumeTransfer -WhatIf").Errors.Should().BeEmpty();
        Mutations().Should().Be(before);

        shell.Run("Get-ScpVolumeTransfer -Name rm-one | Remove-ScpVolumeTransfer -Confirm:$false").Errors.Should().BeEmpty();
        var forced = shell.Run("Remove-ScpVolumeTransfer -Id (Get-ScpVolumeTransfer -Name rm-two).Id -Force -Verbose");
        forced.Errors.Should().BeEmpty();
        forced.Verbose.Should().Contain(v => v.Contains("rm-two") && v.Contains("-Force"));
        State(shell, "tr-rm-a").Should().Be("available");
        State(shell, "tr-rm-b").Should().Be("available");
        shell.Run("Get-ScpVolumeTransfer -Name rm-*").Output.Should().BeEmpty();
        shell.Run("Remove-ScpVolumeTransfer -Id missing-transfer -Force").Errors.Single().CategoryInfo.Category.Should().Be(ErrorCategory.ObjectNotFound);
    }

    [Fact]
    public void Receive_with_the_key_returns_the_received_volume()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "tr-recv", "tr-recv-pipe");
        shell.Run("$t = Get-ScpVolume -Name tr-recv | New-ScpVolumeTransfer -Name recv-one").Errors.Should().BeEmpty();
        var r = shell.Run("Receive-ScpVolumeTransfer -Id $t.Id -AuthKey $t.AuthKey");
        r.Errors.Should().BeEmpty();
        var v = r.Output.Single();
        v.TypeNames[0].Should().Be("ScpStorage.Core.VirtualServer.ScpVolume");
        v.Properties["Name"].Value.Should().Be("tr-recv");
        v.Properties["State"].Value.Should().Be("available");
        shell.Run("Get-ScpVolumeTransfer -Name recv-one").Errors.Single().CategoryInfo.Category.Should().Be(ErrorCategory.ObjectNotFound, "an accepted transfer is gone");

        var piped = shell.Run("Get-ScpVolume -Name tr-recv-pipe | New-ScpVolumeTransfer | Receive-ScpVolumeTransfer -Confirm:$false | ForEach-Object Name");
        piped.Errors.Should().BeEmpty("the created transfer's AuthKey binds by property name");
        Text(piped).Should().Equal("tr-recv-pipe");
    }

    [Fact]
    public void A_wrong_key_is_InvalidArgument_and_WhatIf_accepts_nothing()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "tr-wrong");
        shell.Run("$t = Get-ScpVolume -Name tr-wrong | New-ScpVolumeTransfer -Name wrong-key").Errors.Should().BeEmpty();
        var before = Mutations();
        shell.Run("$t | Receive-ScpVolumeTransfer -WhatIf").Errors.Should().BeEmpty();
        Mutations().Should().Be(before);
        var r = shell.Run("Receive-ScpVolumeTransfer -Id $t.Id -AuthKey 0000000000000000; 'still running'");
        r.Errors.Should().ContainSingle().Which.CategoryInfo.Category.Should().Be(ErrorCategory.InvalidArgument);
        Text(r).Should().Equal("still running");
        State(shell, "tr-wrong").Should().Be("awaiting-transfer", "the transfer is still pending");
        shell.Run("Receive-ScpVolumeTransfer -Id 00000000-0000-0000-0000-000000000000 -AuthKey abc").Errors.Single()
            .CategoryInfo.Category.Should().Be(ErrorCategory.ObjectNotFound);
    }

    [Fact]
    public void The_auth_key_appears_in_no_stream_even_with_Debug_and_Verbose()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "tr-secret", "tr-secret-bad");
        var key = shell.Run("$t = Get-ScpVolume -Name tr-secret | New-ScpVolumeTransfer -Name secret-one; $t.AuthKey").Output.Single().ToString();
        var badKey = shell.Run("$u = Get-ScpVolume -Name tr-secret-bad | New-ScpVolumeTransfer -Name secret-two; $u.AuthKey").Output.Single().ToString();
        var wrong = new string(badKey.Reverse().ToArray());
        shell.Set("wrong", wrong);
        var runs = new[]
        {
            shell.Run("Receive-ScpVolumeTransfer -Id $u.Id -AuthKey $wrong -Debug -Verbose"),
            shell.Run("Receive-ScpVolumeTransfer -Id $t.Id -AuthKey $t.AuthKey -Debug -Verbose"),
        };
        runs[0].Errors.Should().ContainSingle();
        runs[1].Errors.Should().BeEmpty();
        runs[1].Output.Should().ContainSingle();
        var text = runs.SelectMany(r => r.AllText()).ToList();
        text.Should().Contain(t => t.Contains("auth_key"), "the accept body is logged at Debug, masked");
        text.Should().NotContain(t => t.Contains(key));
        text.Should().NotContain(t => t.Contains(wrong));
    }

    [Fact]
    public void AsJob_offers_every_piped_volume_as_a_child_and_bad_names_send_nothing()
    {
        using var shell = _emu.Shell();
        Volumes(shell, "tr-job-a", "tr-job-b", "tr-job-c");
        var r = shell.Run("$job = Get-ScpVolume -Name tr-job-* | New-ScpVolumeTransfer -AsJob; $job.ChildJobs.Count; $null = $job | Wait-Job -Timeout 60; $job.State.ToString(); @($job | Receive-Job | Where-Object { $_.AuthKey }).Count");
        r.Errors.Should().BeEmpty();
        Text(r).Should().Equal("3", "Completed", "3");
        shell.Run("(Get-ScpVolume -Name tr-job-*).State").Output.Select(o => o.ToString()).Should().Equal("awaiting-transfer", "awaiting-transfer", "awaiting-transfer");

        var before = _emu.Host.Requests.Count;
        var bad = shell.Run("New-ScpVolumeTransfer -VolumeId x -Name ''; New-ScpVolumeTransfer -VolumeId x -Name ('n' * 256); Get-ScpVolumeTransfer -First 0");
        bad.Errors.Should().HaveCount(3);
        _emu.Host.Requests.Count.Should().Be(before);
    }
}

using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.VirtualServer;

/// <summary>
/// The shared pipeline rule on the attachment and transfer cmdlets (issue 8 §2): plain strings bind
/// as ids, an object of another kind binds by its reference to the kind wanted, never by its own Id.
/// </summary>
public sealed class AttachmentPipelineShapeTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public AttachmentPipelineShapeTests(EmulatorFixture emu) { _emu = emu; }

    private static string NewVolume(ModuleShell shell, string name)
    {
        var r = shell.Run($"(New-ScpVolume -Name {name} -SizeGB 8 -Wait).Id");
        r.Errors.Should().BeEmpty();
        return r.Output.Single().ToString()!;
    }

    private static string ServerId(ModuleShell shell, string name) => shell.Run($"(Get-ScpServer -Name {name}).Id").Output.Single().ToString()!;

    [Fact]
    public void Volume_id_strings_piped_to_Add_ScpServerVolume_attach_those_volumes()
    {
        using var shell = _emu.Shell();
        var ids = new[] { NewVolume(shell, "ap-add-a"), NewVolume(shell, "ap-add-b") };
        shell.Set("ids", ids);
        shell.Set("sid", ServerId(shell, "web02"));
        var r = shell.Run("$ids | Add-ScpServerVolume -ServerId $sid -Wait | ForEach-Object VolumeId");
        r.Errors.Should().BeEmpty();
        r.Output.Select(o => o.ToString()).Should().Equal(ids);
    }

    [Fact]
    public void A_server_id_string_piped_to_Get_ScpServerVolume_lists_its_attachments()
    {
        using var shell = _emu.Shell();
        var id = NewVolume(shell, "ap-get");
        shell.Set("sid", ServerId(shell, "db01"));
        shell.Set("vid", id);
        shell.Run("Add-ScpServerVolume -VolumeId $vid -ServerId $sid -Wait").Errors.Should().BeEmpty();
        var r = shell.Run("$sid | Get-ScpServerVolume | ForEach-Object VolumeId");
        r.Errors.Should().BeEmpty();
        r.Output.Select(o => o.ToString()).Should().Contain(id);
    }

    [Fact]
    public void Piped_volumes_and_volume_ids_with_ServerId_are_detached_by_Remove_ScpServerVolume()
    {
        using var shell = _emu.Shell();
        var ids = new[] { NewVolume(shell, "ap-rm-a"), NewVolume(shell, "ap-rm-b") };
        shell.Set("ids", ids);
        shell.Set("sid", ServerId(shell, "web02"));
        shell.Run("$ids | Add-ScpServerVolume -ServerId $sid -Wait").Errors.Should().BeEmpty();

        _emu.Host.ClearRequests();
        var r = shell.Run("$ids[0] | Remove-ScpServerVolume -ServerId $sid -Confirm:$false -Wait; Get-ScpVolume -Name ap-rm-b | Remove-ScpServerVolume -ServerId $sid -Confirm:$false -Wait");
        r.Errors.Should().BeEmpty();
        _emu.Host.Requests.Where(q => q.Method == "DELETE").Select(q => q.Path.Split('?')[0].Split('/').Last()).Should().Equal(ids);
        shell.Run("Get-ScpVolume -Name ap-rm-* | ForEach-Object State").Output.Select(o => o.ToString()).Should().Equal("available", "available");
    }

    [Fact]
    public void A_piped_volume_never_gives_its_own_Id_to_Set_ScpServerVolume()
    {
        using var shell = _emu.Shell();
        NewVolume(shell, "ap-set");
        _emu.Host.ClearRequests();
        var r = shell.Run("Get-ScpVolume -Name ap-set | Set-ScpServerVolume -DeleteOnTermination $true");
        r.Errors.Should().ContainSingle().Which.ToString().Should().Contain("ServerId");
        _emu.Host.Requests.Where(q => q.Method != "GET").Should().BeEmpty();
    }

    [Fact]
    public void A_volume_id_string_piped_to_New_ScpVolumeTransfer_offers_that_volume()
    {
        using var shell = _emu.Shell();
        var id = NewVolume(shell, "ap-tr-new");
        shell.Set("vid", id);
        var r = shell.Run("$vid | New-ScpVolumeTransfer -Name ap-offer | ForEach-Object VolumeId");
        r.Errors.Should().BeEmpty();
        r.Output.Select(o => o.ToString()).Should().Equal(id);
    }

    [Fact]
    public void Receive_ScpVolumeTransfer_takes_a_piped_transfer_id_and_never_a_piped_volume_s_own_Id()
    {
        using var shell = _emu.Shell();
        NewVolume(shell, "ap-tr-recv");
        shell.Run("$t = Get-ScpVolume -Name ap-tr-recv | New-ScpVolumeTransfer").Errors.Should().BeEmpty();

        _emu.Host.ClearRequests();
        var wrong = shell.Run("Get-ScpVolume -Name ap-tr-recv | Receive-ScpVolumeTransfer -AuthKey $t.AuthKey -Confirm:$false");
        wrong.Errors.Should().ContainSingle().Which.ToString().Should().Contain("TransferId");
        _emu.Host.Requests.Where(q => q.Method != "GET").Should().BeEmpty("a volume's own Id is not a transfer id");

        var r = shell.Run("$t.Id | Receive-ScpVolumeTransfer -AuthKey $t.AuthKey -Confirm:$false | ForEach-Object Name");
        r.Errors.Should().BeEmpty();
        r.Output.Select(o => o.ToString()).Should().Equal("ap-tr-recv");
    }
}

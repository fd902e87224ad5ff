using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.VirtualServer;

/// <summary>
/// The pipeline shapes administrators type (issue 8 §2): CSV rows into New-, plain strings into
/// Get-/Remove-, and an object of another kind binding by its reference to this kind.
/// </summary>
public sealed class PipelineShapeTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public PipelineShapeTests(EmulatorFixture emu) { _emu = emu; }

    private string NewVolume(ModuleShell shell, string name, int size = 8)
    {
        var r = shell.Run($"(New-ScpVolume -Name {name} -SizeGB {size} -Wait).Id");
        r.Errors.Should().BeEmpty();
        return r.Output.Single().ToString()!;
    }

    [Fact]
    public void Import_Csv_rows_create_one_volume_each_with_their_name_size_and_type()
    {
        using var shell = _emu.Shell();
        var csv = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"scp-new-{System.Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllLines(csv, new[] { "Name,SizeGB,VolumeType", "csv-a,8,HDD", "csv-b,16,SSD" });
        shell.Set("csv", csv);
        ShellResult r;
        try { r = shell.Run("Import-Csv -LiteralPath $csv | New-ScpVolume -Wait"); }
        finally { System.IO.File.Delete(csv); }
        r.Errors.Should().BeEmpty();
        r.Output.Select(o => $"{o.Properties["Name"].Value}/{o.Properties["Size"].Value}/{o.Properties["VolumeType"].Value}/{o.Properties["State"].Value}")
            .Should().Equal("csv-a/8/HDD/available", "csv-b/16/SSD/available");
    }

    [Fact]
    public void Plain_strings_bind_as_ids_or_names_to_Get_ScpVolume()
    {
        using var shell = _emu.Shell();
        var id = NewVolume(shell, "str-get");
        shell.Set("id", id);
        var r = shell.Run("$id | Get-ScpVolume | ForEach-Object Name");
        r.Errors.Should().BeEmpty();
        r.Output.Select(o => o.ToString()).Should().Equal("str-get");

        var byName = shell.Run("'str-g*' | Get-ScpVolume | ForEach-Object Id");
        byName.Errors.Should().BeEmpty();
        byName.Output.Select(o => o.ToString()).Should().Equal(id);
    }

    [Fact]
    public void Piped_id_strings_remove_those_volumes()
    {
        using var shell = _emu.Shell();
        var ids = new[] { NewVolume(shell, "str-rm-a"), NewVolume(shell, "str-rm-b") };
        shell.Set("ids", ids);
        var r = shell.Run("$ids | Remove-ScpVolume -Confirm:$false");
        r.Errors.Should().BeEmpty();
        _emu.Host.Requests.Where(q => q.Method == "DELETE" && q.Status is >= 200 and < 300).Select(q => q.Path.Split('?')[0].Split('/').Last())
            .Should().Contain(ids);
        shell.Run("Get-ScpVolume -Name str-rm-* | Where-Object State -ne 'deleting'").Output.Should().BeEmpty();
    }

    [Fact]
    public void A_piped_snapshot_binds_its_VolumeId_to_Get_ScpVolume_never_its_own_Id()
    {
        using var shell = _emu.Shell();
        var volumeId = NewVolume(shell, "ref-vol");
        shell.Set("vid", volumeId);
        shell.Run("New-ScpVolumeSnapshot -VolumeId $vid -Name ref-snap -Wait").Errors.Should().BeEmpty();

        var r = shell.Run("Get-ScpVolumeSnapshot -Name ref-snap | Get-ScpVolume | ForEach-Object Id");
        r.Errors.Should().BeEmpty();
        r.Output.Select(o => o.ToString()).Should().Equal(volumeId);
    }

    [Fact]
    public void A_piped_snapshot_makes_Remove_ScpVolume_target_its_volume()
    {
        using var shell = _emu.Shell();
        var volumeId = NewVolume(shell, "ref-rm-vol");
        shell.Set("vid", volumeId);
        shell.Run("New-ScpVolumeSnapshot -VolumeId $vid -Name ref-rm-snap -Wait").Errors.Should().BeEmpty();

        var snapshotId = shell.Run("(Get-ScpVolumeSnapshot -Name ref-rm-snap).Id").Output.Single().ToString();
        _emu.Host.ClearRequests();
        var r = shell.Run("Get-ScpVolumeSnapshot -Name ref-rm-snap | Remove-ScpVolume -Cascade -Confirm:$false");
        r.Errors.Should().BeEmpty();
        var deletes = _emu.Host.Requests.Where(q => q.Method == "DELETE").Select(q => q.Path.Split('?')[0]).ToList();
        deletes.Should().Equal("/virtualserver/v1/volumes/" + volumeId);
        deletes.Should().NotContain(d => d.Contains(snapshotId!));
    }

    [Fact]
    public void A_piped_volume_binds_its_volume_type_to_Get_ScpVolumeType()
    {
        using var shell = _emu.Shell();
        shell.Run("New-ScpVolume -Name ref-type -SizeGB 8 -VolumeType HDD").Errors.Should().BeEmpty();
        var r = shell.Run("Get-ScpVolume -Name ref-type | Get-ScpVolumeType | ForEach-Object Name");
        r.Errors.Should().BeEmpty();
        r.Output.Select(o => o.ToString()).Should().Equal("HDD");
    }

    [Fact]
    public void A_piped_object_of_another_kind_without_a_reference_is_a_clear_error_and_nothing_is_read()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("Get-ScpVolumeType -Default | Get-ScpVolumeSnapshot");
        r.Errors.Should().ContainSingle().Which.ToString().Should().Contain("SnapshotId");
    }

    [Fact]
    public void The_rule_holds_for_Set_cmdlets_a_piped_snapshot_renames_its_volume_and_an_id_string_binds_a_snapshot()
    {
        using var shell = _emu.Shell();
        var volumeId = NewVolume(shell, "ref-set-vol");
        shell.Set("vid", volumeId);
        var snapshotId = shell.Run("(New-ScpVolumeSnapshot -VolumeId $vid -Name ref-set-snap -Wait).Id").Output.Single().ToString();
        shell.Set("sid", snapshotId);

        var rename = shell.Run("Get-ScpVolumeSnapshot -Name ref-set-snap | Set-ScpVolume -NewName ref-set-renamed -PassThru | ForEach-Object Id");
        rename.Errors.Should().BeEmpty();
        rename.Output.Select(o => o.ToString()).Should().Equal(volumeId);
        shell.Run("(Get-ScpVolume -Id $vid).Name").Output.Single().ToString().Should().Be("ref-set-renamed");

        _emu.Host.ClearRequests();
        var describe = shell.Run("$sid | Set-ScpVolumeSnapshot -Description 'piped id'");
        describe.Errors.Should().BeEmpty();
        _emu.Host.Requests.Where(q => q.Method == "PUT").Select(q => q.Path.Split('?')[0]).Should().Equal("/virtualserver/v1/snapshots/" + snapshotId);
    }
}

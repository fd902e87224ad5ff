using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Output;

/// <summary>
/// Export-Csv and ConvertTo-Csv write a property with the value's own ToString(), not the
/// module's views: list and key → value properties must read as text ("srv-1 (/dev/vdb); srv-2",
/// "env=prod; team=db"), not as a .NET type name, and still index and enumerate as before.
/// </summary>
public sealed class CsvColumnTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public CsvColumnTests(EmulatorFixture emu) { _emu = emu; }

    // A volume as SCP may answer it (tags as [{key, value}]), decoded by the module's serializer.
    private const string Decoded = @"
        $json = '{""id"":""v-1"",""name"":""data"",""servers"":[{""id"":""srv-1"",""device"":""/dev/vdb""},{""id"":""srv-2""}],' +
                '""tags"":[{""key"":""env"",""value"":""prod""},{""key"":""team"",""value"":""db""}],""volume_image_metadata"":{""os"":""linux""}}'
        $v = [ScpStorage.Core.ScpJson]::Decode[ScpStorage.Core.VirtualServer.ScpVolume]([ScpStorage.Core.ScpJson]::Parse($json))";

    [Fact]
    public void Volume_Servers_and_Tags_columns_are_readable_text()
    {
        using var shell = _emu.Shell();
        var r = shell.Run(Decoded + "; $row = $v | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv; $row.Servers; $row.Tags; $row.ImageMetadata");
        r.Errors.Should().BeEmpty();
        r.Output.Select(o => o.ToString()).Should().Equal("srv-1 (/dev/vdb); srv-2", "env=prod; team=db", "os=linux");
    }

    [Fact]
    public void The_collections_still_index_count_and_enumerate()
    {
        using var shell = _emu.Shell();
        var r = shell.Run(Decoded + "; $v.Servers.Count; $v.Servers[1].ServerId; ($v.Servers | ForEach-Object ServerId) -join ','; $v.Tags['team']; $v.Tags.Count");
        r.Errors.Should().BeEmpty();
        r.Output.Select(o => o.ToString()).Should().Equal("2", "srv-2", "srv-1,srv-2", "db", "2");
    }

    [Fact]
    public void An_attached_volume_and_a_server_export_their_lists_as_text()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("$v = New-ScpVolume -Name csv-att -SizeGB 8 -Wait | Mount-ScpVolume -ServerName web01 -Wait; " +
                          "($v | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv).Servers; $v.Servers[0].ToString(); " +
                          "$s = Get-ScpServer -Name web01; ($s | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv).IpAddresses; $s.IpAddresses -join '; '; " +
                          "($s | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv).VolumeIds; $s.VolumeIds -join '; '; $v.Id");
        r.Errors.Should().BeEmpty();
        var text = r.Output.Select(o => o.ToString()).ToArray();
        text[0].Should().Be(text[1]).And.MatchRegex(@"^\S+ \(/dev/vd[a-z]+\)$");
        text[2].Should().Be(text[3]).And.NotBeEmpty();
        text[4].Should().Be(text[5]).And.Contain(text[6], "the volume just attached is among web01's volumes");
    }
}

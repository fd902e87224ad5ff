using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.ArchiveStorage;

/// <summary>Every Archive output type renders through its views at 80 and 120 columns and serializes readably.</summary>
public sealed class ArchiveOutputTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;
    public ArchiveOutputTests(EmulatorFixture emu) { _emu = emu; }

    [Fact]
    public void Each_output_type_has_a_table_that_fits_80_columns_and_exports_to_csv_and_json()
    {
        using var shell = _emu.Shell();
        var id = ArchiveSetup.ArchivedBucket(_emu, shell, "eng-output", "out/file-with-a-rather-long-name.txt");
        shell.Run("$b = Get-ScpArchiveBucket -Name eng-output; $items = @($b, ($b | Get-ScpArchiveBucketEncryption), ($b | Get-ScpArchiveBucketVersioning), " +
                  "($b | Get-ScpArchiveObject), ($b | Get-ScpArchiveObject | Get-ScpArchiveObjectVersion), ($b | Get-ScpArchivingPolicy), " +
                  "($b | Get-ScpArchivingJob -Detailed))").Errors.Should().BeEmpty();
        foreach (var type in new[] { "ScpArchiveBucket", "ScpArchiveBucketEncryption", "ScpArchiveBucketVersioning", "ScpArchiveObject", "ScpArchiveObjectVersion", "ScpArchivingPolicy", "ScpArchivingJob" })
        {
            var select = $"$items | Where-Object {{ $_.GetType().Name -eq '{type}' }}";
            var table = shell.Run($"{select} | Out-String -Width 80");
            table.Errors.Should().BeEmpty();
            var lines = table.Output.Single().ToString()!.Split('\n').Where(l => l.Trim().Length > 0).ToList();
            lines.Should().OnlyContain(l => l.TrimEnd().Length <= 80, type);
            lines[0].Should().NotContain(type, $"{type} has a view (no default property dump)");
            shell.Run($"{select} | Out-String -Width 120").Errors.Should().BeEmpty();
            shell.Run($"{select} | Format-List | Out-String").Output.Single().ToString().Should().Contain(type == "ScpArchiveBucket" ? "Id" : "BucketId", type);
            var csv = shell.Run($"{select} | ConvertTo-Csv -NoTypeInformation");
            csv.Errors.Should().BeEmpty();
            string.Join("\n", csv.Output).Should().NotContain("System.Collections", type);
            shell.Run($"{select} | ConvertTo-Json -Depth 4").Errors.Should().BeEmpty();
        }
        shell.Run($"Get-ScpArchiveObject -BucketId {id} | Out-String -Width 80").Output.Single().ToString().Should().Contain("file-with-a-rather-long");
    }
}

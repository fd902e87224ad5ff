using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Output;

/// <summary>
/// The default table and list views of every output type, rendered through Out-String at 80 and
/// 120 columns as a console shows them: nothing wider than the console, one header line (no
/// label split over two), the columns an admin scans, and never a secret.
/// </summary>
public sealed class ViewTests : IClassFixture<OutputSamples>
{
    private readonly OutputSamples _s;

    public ViewTests(OutputSamples samples) { _s = samples; }

    private string Render(string type, string format, int width)
    {
        var r = _s.Shell.Run($"$o.{type} | {format} | Out-String -Width {width}");
        r.FirstError.Should().BeNull();
        return (string)r.Output.Single().BaseObject;
    }

    // Table columns at 80 columns (what must fit) and the extra ones that show from 120 on.
    private static readonly Dictionary<string, (string[] At80, string[] From120)> TableColumns = new()
    {
        ["ScpVolume"] = (new[] { "Name", "State", "SizeGB", "VolumeType", "AttachedTo", "CreatedAt" }, new[] { "Id" }),
        ["ScpVolumeSnapshot"] = (new[] { "Name", "State", "SizeGB", "CreatedAt", "Volume" }, new[] { "Id" }),
        ["ScpVolumeType"] = (new[] { "Name", "Multiattach", "Description" }, new[] { "Id" }),
        ["ScpVolumeTransfer"] = (new[] { "Name", "VolumeId" }, new[] { "Id" }),
        ["ScpServer"] = (new[] { "Name", "State", "ServerType", "IP", "Volumes", "CreatedAt" }, new[] { "Id" }),
        ["ScpServerVolume"] = (new[] { "VolumeId", "Device", "DeleteOnTermination", "Server" }, new string[0]),
        ["ScpVolumeAttachment"] = (new[] { "ServerId", "Device", "AttachedAt" }, new string[0]),
        ["ScpQuotaUsage"] = (new[] { "Quota", "InUse", "Reserved", "Limit", "Available" }, new string[0]),
        ["ScpRetryOptions"] = (new[] { "MaxAttempts", "BaseDelay", "MaxDelay", "MaxTotalTime" }, new string[0]),
    };

    [Theory]
    [MemberData(nameof(OutputSamples.TypeData), MemberType = typeof(OutputSamples))]
    public void Default_view_fits_80_and_120_columns_and_shows_no_secret(string type)
    {
        foreach (var width in new[] { 80, 120 })
        {
            var text = Render(type, "Write-Output", width);
            OutputSamples.Lines(text).Should().OnlyContain(l => l.Length <= width, $"the default view of {type} must fit {width} columns:\n{text}");
            foreach (var secret in _s.Secrets) text.Should().NotContain(secret);
        }
    }

    [Theory]
    [MemberData(nameof(OutputSamples.TypeData), MemberType = typeof(OutputSamples))]
    public void List_view_shows_no_secret(string type)
    {
        var text = Render(type, "Format-List", 120);
        text.Should().NotBeNullOrWhiteSpace();
        foreach (var secret in _s.Secrets) text.Should().NotContain(secret);
        var all = Render(type, "Format-List -Property *", 120);
        all.Should().NotContain(ModuleShell.DemoSecret, "not even Format-List * shows the session's secret key");
    }

    [Theory]
    [MemberData(nameof(TableTypes))]
    public void Table_has_one_header_line_and_the_columns_an_admin_scans(string type)
    {
        var (at80, from120) = TableColumns[type];
        foreach (var width in new[] { 80, 120 })
        {
            var lines = OutputSamples.Lines(Render(type, "Format-Table", width));
            lines.Length.Should().BeGreaterThan(2);
            lines[1].Trim().Should().MatchRegex("^[- ]+$", $"one header line, then the dashes ({type} at {width}):\n{string.Join("\n", lines)}");
            var header = lines[0].Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
            header.Should().Contain(at80);
            if (width == 120 && from120.Length > 0) header.Should().Contain(from120);
            else if (from120.Length > 0) header.Should().NotContain(from120, "the full id only shows from 120 columns on, never cut short");
            lines.Should().NotContain(l => l.Contains('\u2026') && l.Contains('-') && Regex.IsMatch(l, "[0-9a-f]{8}-[0-9a-f]{1,3}\u2026"), "no id is cut short");
        }
    }

    /// <summary>
    /// Every sample's own table view (the module's, read from the loaded format data) at 80 and
    /// 120 columns: each header word is a whole label of the view, never one cut short or split over
    /// two lines; at 120 every column shows; at 80 every column but the last (the full id, shown
    /// from 120 on) shows; and no id is cut to a few characters and an ellipsis.
    /// </summary>
    [Theory]
    [MemberData(nameof(OutputSamples.TypeData), MemberType = typeof(OutputSamples))]
    public void Table_shows_every_column_whole_at_120_and_all_but_the_last_at_80(string type)
    {
        var typeName = (string)_s.Shell.Run($"@($o.{type})[0].GetType().FullName").Output.Single().BaseObject;
        var table = FormatDataTests.Views(_s.Shell, typeName).Select(v => v.Control).OfType<System.Management.Automation.TableControl>().FirstOrDefault();
        if (table == null) { type.Should().Be("ScpJob", "only the job uses PowerShell's own view"); return; }
        var labels = FormatDataTests.Headers(table).Select(h => h.Label).ToArray();
        var words = labels.SelectMany(l => l.Split(' ')).ToHashSet();
        foreach (var width in new[] { 80, 120 })
        {
            var text = Render(type, "Format-Table", width);
            var lines = OutputSamples.Lines(text);
            lines[1].Trim().Should().MatchRegex("^[- ]+$", $"one header line, then the dashes ({type} at {width}):\n{text}");
            var header = lines[0].Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
            header.Should().OnlyContain(w => words.Contains(w), $"every header of {type} at {width} is a whole label of its view:\n{text}");
            header.Should().Contain(width == 120 ? labels : labels.Take(labels.Length - 1), $"{type} at {width}:\n{text}");
            lines.Skip(2).Should().NotContain(l => Regex.IsMatch(l, @"(^|\s)[0-9a-f-]+\u2026"), $"no id of {type} is cut short at {width}:\n{text}");
        }
    }

    public static TheoryData<string> TableTypes()
    {
        var d = new TheoryData<string>();
        foreach (var t in TableColumns.Keys) d.Add(t);
        return d;
    }

    [Fact]
    public void Volume_row_shows_what_an_admin_scans()
    {
        var lines = OutputSamples.Lines(Render("ScpVolume", "Format-Table", 80));
        var row = lines[2];
        row.Should().StartWith("out-vol").And.Contain("in-use").And.Contain("16").And.Contain("2a9be312", "attached to web01 (short id)");
        row.Should().MatchRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}");
    }

    [Fact]
    public void Archive_object_rows_show_the_whole_object_path_at_80_columns()
    {
        var r = _s.Shell.Run($"Get-ScpArchiveObject -BucketId $o.ScpArchiveBucket.Id | Out-String -Width 80");
        r.FirstError.Should().BeNull();
        OutputSamples.Lines((string)r.Output.Single().BaseObject).Should().Contain(l => l.StartsWith(OutputSamples.ArchivedObject + " "));
    }

    [Fact]
    public void No_always_empty_column_in_volume_type_and_transfer_listings()
    {
        var types = OutputSamples.Lines((string)_s.Shell.Run("Get-ScpVolumeType | Out-String -Width 120").Output.Single().BaseObject);
        types[0].Should().NotContain("Default", "SCP's list of volume types does not say which is the default");
        var transfers = OutputSamples.Lines((string)_s.Shell.Run("Get-ScpVolumeTransfer | Out-String -Width 120").Output.Single().BaseObject);
        transfers[0].Should().NotContain("CreatedAt", "SCP's list of transfers carries no creation time");
        transfers.Should().Contain(l => l.StartsWith("out-transfer"));
        _s.Shell.Run("(Get-ScpVolumeTransfer -Name out-transfer).CreatedAt").Output.Single().Should().BeNull("the help promises CreatedAt only for a transfer read by id");
        _s.Shell.Run("(Get-ScpVolumeTransfer -Id $o.ScpVolumeTransfer.Id).CreatedAt").Output.Single().Should().NotBeNull();
    }
}

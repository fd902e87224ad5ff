using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using Xunit;

namespace ScpStorage.HelpBuilder.Tests;

/// <summary>Malformed pages must fail loudly with file and line; about topics and the template must compile.</summary>
public sealed class ValidationTests
{
    private const string Header = "---\nexternal help file: ScpStorage.dll-Help.xml\nModule Name: ScpStorage\nschema: 2.0.0\n---\n\n";

    private static HelpFormatException Fails(string markdown, string file = "Get-Thing.md")
    {
        Action act = () => CommandPageParser.Parse(file, Header + markdown);
        return act.Should().Throw<HelpFormatException>().Which;
    }

    [Fact]
    public void Missing_synopsis_names_file_and_title_line()
    {
        HelpFormatException ex = Fails("# Get-Thing\n\n## DESCRIPTION\nText.\n");
        ex.File.Should().Be("Get-Thing.md");
        ex.Line.Should().Be(7);
        ex.Message.Should().Contain("## SYNOPSIS");
        ex.ToString().Should().StartWith("Get-Thing.md(7): error SCPHELP001:");
    }

    [Fact]
    public void Parameter_without_yaml_block_names_the_parameter_heading_line()
    {
        HelpFormatException ex = Fails("# Get-Thing\n\n## SYNOPSIS\nS.\n\n## PARAMETERS\n\n### -Path\nThe path.\n\n### CommonParameters\nx\n");
        ex.Line.Should().Be(14);
        ex.Message.Should().Contain("-Path").And.Contain("yaml");
    }

    [Fact]
    public void Example_without_code_block_names_the_example_heading_line()
    {
        HelpFormatException ex = Fails("# Get-Thing\n\n## SYNOPSIS\nS.\n\n## EXAMPLES\n\n### Example 1: Nothing\nJust words.\n");
        ex.Line.Should().Be(14);
        ex.Message.Should().Contain("Example 1: Nothing").And.Contain("code block");
    }

    [Theory]
    [InlineData("## PARAMETER\nx\n", "unknown section")]
    [InlineData("## PARAMETERS\n### -X\n```yaml\nType: String\nParameter Sets: (All)\nRequried: True\n```\n", "unknown parameter key 'Requried'")]
    [InlineData("## PARAMETERS\n### -X\n```yaml\nType: String\nParameter Sets: (All)\nRequired: Yes\nPosition: Named\nAccept pipeline input: False\nAccept wildcard characters: False\n```\n", "'Required' must be True or False")]
    [InlineData("## SYNTAX\n### A\n```\nGet-Thing\n```\n## PARAMETERS\n### -X\n```yaml\nType: String\nParameter Sets: B\nRequired: True\nPosition: Named\nAccept pipeline input: False\nAccept wildcard characters: False\n```\n", "names set 'B'")]
    [InlineData("## EXAMPLES\n```powershell\nGet-Thing\n```\n", "must follow a '### Example")]
    [InlineData("## NOTES\n```\nnever closed\n", "never closed")]
    public void Other_mistakes_are_reported(string body, string expected)
    {
        Fails("# Get-Thing\n\n## SYNOPSIS\nS.\n\n" + body).Message.Should().Contain(expected);
    }

    [Fact]
    public void Title_must_match_file_name()
    {
        Fails("# Get-Other\n\n## SYNOPSIS\nS.\n").Message.Should().Contain("does not match the file name");
    }

    [Fact]
    public void Program_reports_every_broken_page_and_writes_nothing()
    {
        using var docs = new TempDir();
        using var outDir = new TempDir();
        string bad1 = docs.Write("Get-One.md", Header + "# Get-One\n\n## DESCRIPTION\nx\n");
        string bad2 = docs.Write("Get-Two.md", Header + "# Get-Two\n\n## SYNOPSIS\nS.\n\n## EXAMPLES\n\n### Example 1\nNo code.\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int exit = Program.Run(new[] { docs.Path, outDir.Path }, stdout, stderr);

        exit.Should().Be(1);
        stdout.ToString().Should().Contain($"{bad1}(7): error SCPHELP001:").And.Contain($"{bad2}(14): error SCPHELP001:");
        stderr.ToString().Should().Contain("2 error(s)");
        Directory.GetFiles(outDir.Path).Should().BeEmpty();
    }

    [Fact]
    public void Program_usage_error_without_arguments()
    {
        var stderr = new StringWriter();
        Program.Run(Array.Empty<string>(), new StringWriter(), stderr).Should().Be(2);
        stderr.ToString().Should().Contain("usage:");
    }

    [Fact]
    public void About_topic_puts_short_description_on_line_5()
    {
        (string name, string text) = AboutTopicWriter.Render("about_ScpStorage.md", File.ReadAllText(TempDir.TestData("about_ScpStorage.md")));
        name.Should().Be("about_ScpStorage.help.txt");
        string[] lines = text.Split('\n');
        lines[0].Should().Be("TOPIC");
        lines[1].Should().Be("    about_ScpStorage");
        lines[3].Should().Be("SHORT DESCRIPTION");

        // PowerShell's HelpFileHelpInfo uses the 5th line as the synopsis shown by Get-Help about_*.
        lines[4].Trim().Should().Be("Manages SCP storage volumes and snapshots from PowerShell.");
        lines.Should().OnlyContain(l => l.Length <= 80);
        text.Should().Contain("        $env:SCP_ENDPOINT = 'https://storage.example.invalid'\n");
        text.Should().Contain("    - Create a snapshot with New-ScpSnapshot, which waits until the snapshot is\n      complete unless you pass -NoWait.\n");
    }

    [Theory]
    [InlineData("# about_X\n\n## SHORT DESCRIPTION\nText.\n")]
    [InlineData("# about_X\n\n## about_Y\n\n## SHORT DESCRIPTION\nText.\n")]
    [InlineData("# about_X\n\n### about_X\n\n## SHORT DESCRIPTION\nText.\n")]
    public void About_topic_without_its_name_as_second_heading_fails(string markdown)
    {
        // PlatyPS 0.14 skips such a page without a word; the compiler says where and what.
        Action act = () => AboutTopicWriter.Render("about_X.md", markdown);
        act.Should().Throw<HelpFormatException>().Which.ToString().Should().Contain("## about_X").And.StartWith("about_X.md(3)");
    }

    [Fact]
    public void Every_about_page_in_docs_has_the_PlatyPS_shape()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "ScpStorage.sln"))) root = root.Parent!;
        var pages = Directory.GetFiles(Path.Combine(root.FullName, "docs"), "about_*.md");
        pages.Should().NotBeEmpty();
        foreach (string page in pages)
        {
            string[] lines = File.ReadAllLines(page).Where(l => l.StartsWith("#")).ToArray();
            lines[1].Should().Be("## " + Path.GetFileNameWithoutExtension(page), page);
            AboutTopicWriter.Render(page, File.ReadAllText(page)).Text.Should().StartWith("TOPIC\n");
        }
    }

    [Fact]
    public void About_topic_without_short_description_first_fails()
    {
        Action act = () => AboutTopicWriter.Render("about_X.md", "# about_X\n\n## about_X\n\n## LONG DESCRIPTION\nText.\n");
        act.Should().Throw<HelpFormatException>().Which.Message.Should().Contain("SHORT DESCRIPTION");
    }

    [Fact]
    public void Template_compiles_with_every_section()
    {
        // TEMPLATE.md documents New-ScpSnapshot; the compiler wants the file named after the cmdlet.
        using var docs = new TempDir();
        using var outDir = new TempDir();
        File.Copy(TempDir.TestData("TEMPLATE.md"), Path.Combine(docs.Path, "New-ScpSnapshot.md"));

        CompileResult result = HelpCompiler.Compile(docs.Path, outDir.Path);

        result.Errors.Should().BeEmpty();
        XElement command = XDocument.Load(Path.Combine(outDir.Path, "ScpStorage.dll-Help.xml")).Root!.Elements().Single();
        XNamespace cmd = MamlWriter.Command;
        command.Element(cmd + "syntax")!.Elements(cmd + "syntaxItem").Should().HaveCount(2);
        command.Element(cmd + "parameters")!.Elements(cmd + "parameter").Should().HaveCount(7);
        command.Element(cmd + "examples")!.Elements(cmd + "example").Should().HaveCount(2);
        foreach (string section in new[] { "inputTypes", "returnValues", "relatedLinks" })
        {
            command.Element(cmd + section)!.HasElements.Should().BeTrue(section);
        }

        command.ToString().Should().NotContain("TEMPLATE for docs", "HTML comments are authoring notes");
        command.Descendants(cmd + "parameterValueGroup").Should().NotBeEmpty("-Tier lists Accepted values");
    }
}

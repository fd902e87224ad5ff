using System.IO;
using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using Xunit;

namespace ScpStorage.HelpBuilder.Tests;

/// <summary>Compiles TestData/Get-ScpVolume.md and checks the MAML shape Get-Help relies on.</summary>
public sealed class MamlOutputTests
{
    private static readonly XNamespace Maml = MamlWriter.Maml;
    private static readonly XNamespace Command = MamlWriter.Command;
    private static readonly XNamespace Dev = MamlWriter.Dev;

    private static XElement CompileSample()
    {
        string path = TempDir.TestData("Get-ScpVolume.md");
        CommandHelp help = CommandPageParser.Parse(path, File.ReadAllText(path));
        XDocument doc = MamlWriter.Build(new[] { help });
        doc.Root!.Name.Should().Be(MamlWriter.Msh + "helpItems");
        doc.Root.Attribute("schema")!.Value.Should().Be("maml");
        return doc.Root.Elements(Command + "command").Should().ContainSingle().Subject;
    }

    private static string[] Paras(XElement? parent) => parent!.Elements(Maml + "para").Select(p => p.Value).ToArray();

    private static XElement Param(XElement parent, string name) =>
        parent.Elements(Command + "parameter").Single(p => p.Element(Maml + "name")!.Value == name);

    [Fact]
    public void Details_hold_name_verb_noun_and_synopsis()
    {
        XElement details = CompileSample().Element(Command + "details")!;
        details.Element(Command + "name")!.Value.Should().Be("Get-ScpVolume");
        details.Element(Command + "verb")!.Value.Should().Be("Get");
        details.Element(Command + "noun")!.Value.Should().Be("ScpVolume");
        Paras(details.Element(Maml + "description")).Should().Equal("Gets block storage volumes from an SCP storage endpoint.");
    }

    [Fact]
    public void Description_paragraphs_are_joined_and_stripped_of_markdown()
    {
        Paras(CompileSample().Element(Maml + "description")).Should().Equal(
            "The Get-ScpVolume cmdlet gets volumes visible to the current SCP session. Without parameters it returns every attached volume.",
            "Use -Name to filter by name (wildcards allowed) or -Id to get exactly one volume. Detached volumes are hidden unless you add -IncludeDetached.");
    }

    [Fact]
    public void Syntax_has_one_item_per_parameter_set_with_that_sets_parameters()
    {
        var items = CompileSample().Element(Command + "syntax")!.Elements(Command + "syntaxItem").ToList();
        items.Should().HaveCount(2);
        items.Should().OnlyContain(i => i.Element(Maml + "name")!.Value == "Get-ScpVolume");
        string[] Names(XElement item) => item.Elements(Command + "parameter").Select(p => p.Element(Maml + "name")!.Value).ToArray();
        Names(items[0]).Should().Equal("Name", "IncludeDetached");
        Names(items[1]).Should().Equal("Id", "IncludeDetached");

        // A switch inside syntax has no parameterValue, otherwise Get-Help prints "-IncludeDetached <SwitchParameter>".
        Param(items[0], "IncludeDetached").Element(Command + "parameterValue").Should().BeNull();
        Param(items[0], "Name").Element(Command + "parameterValue")!.Value.Should().Be("String[]");
    }

    [Fact]
    public void Parameters_carry_the_yaml_attributes()
    {
        XElement parameters = CompileSample().Element(Command + "parameters")!;
        parameters.Elements(Command + "parameter").Select(p => p.Element(Maml + "name")!.Value).Should().Equal("Id", "IncludeDetached", "Name");

        XElement name = Param(parameters, "Name");
        name.Attribute("required")!.Value.Should().Be("false");
        name.Attribute("globbing")!.Value.Should().Be("true");
        name.Attribute("pipelineInput")!.Value.Should().Be("True (ByPropertyName, ByValue)");
        name.Attribute("position")!.Value.Should().Be("0");
        name.Attribute("aliases")!.Value.Should().Be("VolumeName, N");
        name.Attribute("variableLength")!.Value.Should().Be("true");
        Paras(name.Element(Maml + "description")).Should().Equal("Specifies volume names. Wildcards are permitted.");
        name.Element(Command + "parameterValue")!.Value.Should().Be("String[]");
        name.Element(Dev + "type")!.Element(Maml + "name")!.Value.Should().Be("String[]");
        name.Element(Dev + "defaultValue")!.Value.Should().Be("None");

        XElement id = Param(parameters, "Id");
        id.Attribute("required")!.Value.Should().Be("true");
        id.Attribute("position")!.Value.Should().Be("named");
        id.Attribute("pipelineInput")!.Value.Should().Be("True (ByPropertyName)");
        id.Attribute("aliases")!.Value.Should().Be("VolumeId");

        XElement sw = Param(parameters, "IncludeDetached");
        sw.Attribute("aliases")!.Value.Should().Be("none");
        sw.Attribute("globbing")!.Value.Should().Be("false");
        sw.Element(Command + "parameterValue")!.Value.Should().Be("SwitchParameter");
        sw.Element(Dev + "defaultValue")!.Value.Should().Be("False");
    }

    [Fact]
    public void Examples_have_padded_title_code_and_remarks()
    {
        var examples = CompileSample().Element(Command + "examples")!.Elements(Command + "example").ToList();
        examples.Should().HaveCount(2);
        examples[0].Element(Maml + "title")!.Value.Should().MatchRegex("^-+ Example 1: Get all attached volumes -+$");
        examples[0].Element(Dev + "code")!.Value.Should().Be(@"PS C:\> Get-ScpVolume");
        Paras(examples[0].Element(Dev + "remarks")).Should().Equal("This command gets every attached volume.");

        // Both fenced blocks (command + output) form the code; the intro paragraph leads the remarks.
        examples[1].Element(Dev + "code")!.Value.Should().StartWith(@"PS C:\> 'db-*', 'web-01' | Get-ScpVolume -IncludeDetached" + "\n\nName    Id");
        Paras(examples[1].Element(Dev + "remarks")).Should().Equal(
            "Volumes are often named per environment.",
            "Names are piped in; db-* matches every volume whose name starts with db-.",
            "The second paragraph of remarks.");
    }

    [Fact]
    public void Inputs_outputs_notes_and_links_are_emitted()
    {
        XElement command = CompileSample();
        command.Element(Command + "inputTypes")!.Elements(Command + "inputType")
            .Select(t => t.Element(Dev + "type")!.Element(Maml + "name")!.Value)
            .Should().Equal("System.String[]", "ScpStorage.ScpVolume");
        XElement output = command.Element(Command + "returnValues")!.Elements(Command + "returnValue").Should().ContainSingle().Subject;
        output.Element(Dev + "type")!.Element(Maml + "name")!.Value.Should().Be("ScpStorage.ScpVolume");
        Paras(output.Element(Maml + "description")).Should().Equal("One object per matching volume.");

        Paras(command.Element(Maml + "alertSet")!.Element(Maml + "alert")).Should().Equal(
            "Results are cached for the lifetime of the session.", "Use -Verbose to see the API calls.");

        var links = command.Element(Command + "relatedLinks")!.Elements(Maml + "navigationLink")
            .Select(l => (Text: l.Element(Maml + "linkText")!.Value, Uri: l.Element(Maml + "uri")!.Value)).ToList();
        links.Should().Equal(
            ("Online Version:", "https://example.invalid/scpstorage/Get-ScpVolume"),
            ("Online docs", "https://example.invalid/scpstorage/Get-ScpVolume"),
            ("Remove-ScpVolume", string.Empty),
            ("about_ScpStorage", string.Empty));
    }

    [Fact]
    public void Compile_writes_maml_and_about_files_byte_identically_on_rerun()
    {
        using var docs = new TempDir();
        using var outDir = new TempDir();
        File.Copy(TempDir.TestData("Get-ScpVolume.md"), Path.Combine(docs.Path, "Get-ScpVolume.md"));
        File.Copy(TempDir.TestData("about_ScpStorage.md"), Path.Combine(docs.Path, "about_ScpStorage.md"));
        docs.Write("README.md", "# Not help\n");

        CompileResult first = HelpCompiler.Compile(docs.Path, outDir.Path);
        first.Errors.Should().BeEmpty();
        first.Skipped.Select(Path.GetFileName).Should().Equal("README.md");
        byte[] maml = File.ReadAllBytes(Path.Combine(outDir.Path, "ScpStorage.dll-Help.xml"));
        byte[] about = File.ReadAllBytes(Path.Combine(outDir.Path, "about_ScpStorage.help.txt"));

        HelpCompiler.Compile(docs.Path, outDir.Path).Errors.Should().BeEmpty();
        File.ReadAllBytes(Path.Combine(outDir.Path, "ScpStorage.dll-Help.xml")).Should().Equal(maml);
        File.ReadAllBytes(Path.Combine(outDir.Path, "about_ScpStorage.help.txt")).Should().Equal(about);
        maml.Should().NotContain((byte)'\r');
        maml.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
    }
}

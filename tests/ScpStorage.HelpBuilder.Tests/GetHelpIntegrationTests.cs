using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using FluentAssertions;
using Xunit;

namespace ScpStorage.HelpBuilder.Tests;

/// <summary>Stand-in for the real cmdlet so PowerShell has something to attach the MAML to.</summary>
[Cmdlet(VerbsCommon.Get, "ScpVolume", DefaultParameterSetName = "ByName")]
public sealed class GetScpVolumeCommand : PSCmdlet
{
    [Parameter(ParameterSetName = "ByName", Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [Alias("VolumeName", "N")]
    public string[]? Name { get; set; }

    [Parameter(ParameterSetName = "ById", Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("VolumeId")]
    public string? Id { get; set; }

    [Parameter]
    public SwitchParameter IncludeDetached { get; set; }
}

/// <summary>
/// Feeds our MAML to PowerShell 7's own help system (System.Management.Automation), which is
/// the reader that matters: it looks for &lt;ModuleBase&gt;/en-US/&lt;assembly&gt;.dll-Help.xml.
/// </summary>
public sealed class GetHelpIntegrationTests
{
    [Fact]
    public void PowerShell_Get_Help_reads_the_generated_maml()
    {
        string assembly = typeof(GetScpVolumeCommand).Assembly.Location;
        string helpDir = Path.Combine(Path.GetDirectoryName(assembly)!, "en-US");
        Directory.CreateDirectory(helpDir);
        string page = TempDir.TestData("Get-ScpVolume.md");
        MamlWriter.Save(
            MamlWriter.Build(new[] { CommandPageParser.Parse(page, File.ReadAllText(page)) }),
            Path.Combine(helpDir, Path.GetFileName(assembly) + "-Help.xml"));

        CultureInfo previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("en-US");
        try
        {
            using PowerShell ps = PowerShell.Create(InitialSessionState.CreateDefault2());
            ps.AddScript("param($dll) Import-Module $dll; Get-Help Get-ScpVolume -Full").AddArgument(assembly);
            PSObject help = ps.Invoke().Should().ContainSingle().Subject;
            ps.Streams.Error.Should().BeEmpty();

            dynamic h = help;
            ((string)h.Category).Should().Be("Cmdlet", "a generated stub would mean our file was not loaded");
            ((string)h.Synopsis).Should().Be("Gets block storage volumes from an SCP storage endpoint.");

            ps.Commands.Clear();
            ps.AddScript("$h = Get-Help Get-ScpVolume -Full; @($h.syntax.syntaxItem).Count; @($h.examples.example).Count;" +
                         "$p = Get-Help Get-ScpVolume -Parameter Name; $p.globbing; $p.pipelineInput; $p.aliases;" +
                         "@($h.relatedLinks.navigationLink)[0].uri");
            ps.Invoke().Select(o => o.ToString()).Should().Equal(
                "2", "2", "true", "True (ByPropertyName, ByValue)", "VolumeName, N", "https://example.invalid/scpstorage/Get-ScpVolume");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

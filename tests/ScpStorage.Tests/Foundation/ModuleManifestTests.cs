using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Foundation;

/// <summary>The built module folder is complete, its manifest valid and honest about what it exports.</summary>
public sealed class ModuleManifestTests
{
    [Fact]
    public void Test_ModuleManifest_accepts_the_built_manifest()
    {
        using var shell = new ModuleShell();
        var r = shell.Run($"Test-ModuleManifest -Path '{RepoPaths.Manifest}'");
        r.Errors.Should().BeEmpty();
        r.Terminating.Should().BeNull();
        var manifest = r.Output.Single();
        manifest.Properties["Name"].Value.Should().Be("ScpStorage");
        ((System.Collections.IEnumerable)manifest.Properties["CompatiblePSEditions"].Value).Cast<object>().Select(o => o.ToString())
            .Should().BeEquivalentTo("Desktop", "Core");
        manifest.Properties["PowerShellVersion"].Value!.ToString().Should().Be("5.1");
    }

    [Fact]
    public void Manifest_version_is_the_one_version_of_Directory_Build_props()
    {
        var props = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props"));
        var version = props.Descendants("Version").Single().Value;
        using var shell = new ModuleShell();
        var r = shell.Run("(Get-Module ScpStorage).Version.ToString()");
        r.Output.Single().BaseObject.Should().Be(version);
        var assembly = AssemblyName.GetAssemblyName(Path.Combine(RepoPaths.ModuleFolder, "ScpStorage.dll"));
        assembly.Version!.ToString(3).Should().Be(version);
    }

    [Fact]
    public void Exported_cmdlets_are_exactly_the_cmdlets_the_assembly_defines()
    {
        using var shell = new ModuleShell();
        var exported = shell.Run("Get-Command -Module ScpStorage | ForEach-Object Name").Output.Select(o => o.BaseObject.ToString()).ToList();
        var defined = shell.Run("(Get-Module ScpStorage).ImplementingAssembly.GetTypes() | Where-Object { $_.IsPublic -and -not $_.IsAbstract } | ForEach-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } | ForEach-Object { $_.VerbName + '-' + $_.NounName }")
            .Output.Select(o => o.BaseObject.ToString()).ToList();
        defined.Should().NotBeEmpty();
        exported.Should().BeEquivalentTo(defined, "CmdletsToExport must list every cmdlet and nothing else");
    }

    [Fact]
    public void Module_folder_holds_manifest_assemblies_format_type_data_help_and_emulator()
    {
        foreach (var file in new[] { "ScpStorage.psd1", "ScpStorage.dll", "ScpStorage.Core.dll", "Newtonsoft.Json.dll",
                     "ScpStorage.format.ps1xml", "ScpStorage.types.ps1xml", "en-US/ScpStorage.dll-Help.xml", "emulator/ScpStorage.Emulator.dll" })
            File.Exists(Path.Combine(RepoPaths.ModuleFolder, file)).Should().BeTrue($"{file} belongs in the module folder");
    }

    [Fact]
    public void Import_exposes_the_session_cmdlets_and_only_approved_verbs()
    {
        using var shell = new ModuleShell();
        var names = shell.Run("Get-Command -Module ScpStorage | ForEach-Object Name").Output.Select(o => o.ToString()).ToList();
        names.Should().Contain(new[] { "Connect-ScpAccount", "Get-ScpContext", "Disconnect-ScpAccount", "Set-ScpRetryPolicy", "Invoke-ScpRestMethod", "Start-ScpEmulator", "Stop-ScpEmulator" });
        var verbs = shell.Run("Get-Command -Module ScpStorage | ForEach-Object Verb").Output.Select(o => o.ToString()).Distinct().ToList();
        var approved = typeof(System.Management.Automation.VerbsCommon).Assembly.GetTypes()
            .Where(t => t.Namespace == "System.Management.Automation" && t.Name.StartsWith("Verbs", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields()).Select(f => f.GetValue(null)?.ToString()).ToHashSet();
        verbs.Should().OnlyContain(v => approved.Contains(v));
    }
}

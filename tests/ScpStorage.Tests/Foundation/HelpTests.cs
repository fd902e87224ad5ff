using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Foundation;

/// <summary>Every exported cmdlet has real help: a synopsis, every parameter described, two examples or more.</summary>
public sealed class HelpTests
{
    private static readonly HashSet<string> Common = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable", "WarningVariable",
        "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable", "WhatIf", "Confirm",
    };

    public static IEnumerable<object[]> Cmdlets()
    {
        using var shell = new ModuleShell();
        return shell.Run("Get-Command -Module ScpStorage | ForEach-Object Name").Output.Select(o => new object[] { o.ToString() }).ToList();
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Get_Help_shows_synopsis_every_parameter_and_examples(string cmdlet)
    {
        using var shell = new ModuleShell();
        var synopsis = shell.Run($"(Get-Help {cmdlet} -Full).Synopsis").Output.Single().ToString()!.Trim();
        synopsis.Should().NotBeNullOrEmpty();
        synopsis.Should().NotStartWith(cmdlet + " ", "a generated syntax line is not a synopsis");

        var documented = shell.Run($"(Get-Help {cmdlet} -Full).parameters.parameter | ForEach-Object {{ $_.name + '=' + (($_.description | ForEach-Object Text) -join ' ') }}")
            .Output.Select(o => o.ToString()!).Where(s => !s.StartsWith("=")).ToDictionary(s => s.Split('=')[0], s => s.Substring(s.IndexOf('=') + 1));
        var actual = shell.Run($"(Get-Command {cmdlet}).Parameters.Keys").Output.Select(o => o.ToString()!).Where(p => !Common.Contains(p));
        foreach (var p in actual)
        {
            documented.Should().ContainKey(p, $"{cmdlet} -{p} needs a help entry");
            documented[p].Trim().Should().NotBeEmpty($"{cmdlet} -{p} needs a description");
        }
        documented.Keys.Where(k => !Common.Contains(k)).Should().BeSubsetOf(actual, "help must not document parameters that do not exist");

        var examples = shell.Run($"@((Get-Help {cmdlet} -Full).examples.example).Count").Output.Single().BaseObject;
        ((int)examples).Should().BeGreaterOrEqualTo(2);
    }
}

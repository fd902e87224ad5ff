using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation.Language;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Foundation;

/// <summary>
/// The PowerShell the project ships but cannot run here (build.ps1 needs pwsh, the Pester files
/// need Pester) at least parses with the real PowerShell parser.
/// </summary>
public sealed class ScriptSyntaxTests
{
    public static IEnumerable<object[]> Scripts() =>
        new[] { "build.ps1" }
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "examples"), "*.ps1").Select(f => Path.GetRelativePath(RepoPaths.Root, f)))
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Pester"), "*.ps1").Select(f => Path.GetRelativePath(RepoPaths.Root, f)))
            .Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script_parses_without_errors(string relativePath)
    {
        Parser.ParseFile(Path.Combine(RepoPaths.Root, relativePath), out _, out var errors);
        errors.Select(e => $"{e.Extent.StartLineNumber}: {e.Message}").Should().BeEmpty();
    }
}

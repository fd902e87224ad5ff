using System.IO;
using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Output;

/// <summary>
/// What the built module folder (and so the package, which zips the Release one) carries: SQLite's
/// native library only for the platforms PowerShell 7 runs on, and per configuration its own folder.
/// build.ps1 -Task Package checks the zip the same way (no .pdb there either).
/// </summary>
public sealed class ModuleLayoutTests
{
    public static readonly string[] PowerShellPlatforms =
        { "linux-arm64", "linux-musl-x64", "linux-x64", "osx-arm64", "osx-x64", "win-arm64", "win-x64", "win-x86" };

    [Fact]
    public void Emulator_carries_native_SQLite_only_for_PowerShell_platforms()
    {
        var runtimes = Path.Combine(RepoPaths.ModuleFolder, "emulator", "runtimes");
        Directory.GetDirectories(runtimes).Select(Path.GetFileName).OrderBy(n => n)
            .Should().Equal(PowerShellPlatforms);
        Directory.GetFiles(runtimes, "*", SearchOption.AllDirectories).Should().HaveCount(PowerShellPlatforms.Length,
            "one e_sqlite3 library per platform");
    }

    [Fact]
    public void Module_assemblies_come_without_pdb_and_the_configuration_has_its_own_folder()
    {
        Directory.GetFiles(RepoPaths.ModuleFolder, "*.pdb").Should().BeEmpty();
        var expected = typeof(ModuleLayoutTests).Assembly.Location.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}")
            ? Path.Combine(RepoPaths.Root, "out", "Release", "ScpStorage")
            : Path.Combine(RepoPaths.Root, "out", "ScpStorage");
        RepoPaths.ModuleFolder.Should().Be(expected);
    }
}

using System;
using System.IO;

namespace ScpStorage.Tests.Harness;

/// <summary>Where the repository and the built module are, found from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The module folder the build lays out (out/ScpStorage).</summary>
    public static string ModuleFolder => Path.Combine(Root, "out", "ScpStorage");

    public static string Manifest => Path.Combine(ModuleFolder, "ScpStorage.psd1");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScpStorage.sln"))) return dir.FullName;
        throw new InvalidOperationException("ScpStorage.sln not found above " + AppContext.BaseDirectory);
    }
}

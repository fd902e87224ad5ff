using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ScpStorage.Tests.Harness;

/// <summary>Where the repository and the built module are, found from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The module folder the build laid out for the configuration these tests were built in
    /// (out/ScpStorage for Debug, out/Release/ScpStorage for Release; see Directory.Build.props).
    /// </summary>
    public static string ModuleFolder { get; } = FindModuleFolder();

    public static string Manifest => Path.Combine(ModuleFolder, "ScpStorage.psd1");

    private static string FindModuleFolder()
    {
        var stamped = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ModuleOutDir")?.Value;
        return string.IsNullOrEmpty(stamped)
            ? Path.Combine(Root, "out", "ScpStorage")
            : Path.GetFullPath(stamped!).TrimEnd('/', '\\');
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScpStorage.sln"))) return dir.FullName;
        throw new InvalidOperationException("ScpStorage.sln not found above " + AppContext.BaseDirectory);
    }
}

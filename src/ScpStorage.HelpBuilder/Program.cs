using System;
using System.IO;

namespace ScpStorage.HelpBuilder;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Entry point with injectable writers so tests can assert on messages without touching Console.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 2)
        {
            stderr.WriteLine("usage: ScpStorage.HelpBuilder <docsDir> <outDir>");
            stderr.WriteLine("  Compiles PlatyPS-schema markdown (docs/Verb-Noun.md, docs/about_*.md) into");
            stderr.WriteLine("  <outDir>/ScpStorage.dll-Help.xml (MAML) and <outDir>/about_*.help.txt.");
            return 2;
        }

        string docsDir = Path.GetFullPath(args[0]);
        string outDir = Path.GetFullPath(args[1]);
        if (!Directory.Exists(docsDir))
        {
            stderr.WriteLine($"error SCPHELP002: docs directory '{docsDir}' does not exist.");
            return 2;
        }

        CompileResult result = HelpCompiler.Compile(docsDir, outDir);
        foreach (HelpFormatException error in result.Errors)
        {
            // Canonical "file(line): error CODE: message" on stdout, which MSBuild's Exec task parses.
            stdout.WriteLine(error.ToString());
        }

        if (result.Errors.Count > 0)
        {
            stderr.WriteLine($"ScpStorage.HelpBuilder: {result.Errors.Count} error(s); no help files were written.");
            return 1;
        }

        foreach (string skipped in result.Skipped)
        {
            stdout.WriteLine($"ScpStorage.HelpBuilder: skipped {Path.GetFileName(skipped)} (not Verb-Noun.md or about_*.md)");
        }

        foreach (string written in result.Written)
        {
            stdout.WriteLine($"ScpStorage.HelpBuilder: wrote {written}");
        }

        return 0;
    }
}

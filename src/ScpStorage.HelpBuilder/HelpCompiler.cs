using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ScpStorage.HelpBuilder;

/// <summary>Result of compiling a docs folder: files written, or every problem found.</summary>
public sealed record CompileResult(IReadOnlyList<string> Written, IReadOnlyList<HelpFormatException> Errors, IReadOnlyList<string> Skipped);

/// <summary>
/// docs/*.md -> outDir/&lt;external help file&gt; + outDir/about_*.help.txt.
/// All pages are checked before anything is written, and every broken page is reported in one
/// run, so a build never leaves half-updated help behind and authors fix everything at once.
/// </summary>
public static class HelpCompiler
{
    public const string DefaultHelpFileName = "ScpStorage.dll-Help.xml";

    private static readonly Regex CommandFile = new(@"^[A-Za-z]+-[A-Za-z0-9]+\.md$");

    public static CompileResult Compile(string docsDir, string outDir)
    {
        var errors = new List<HelpFormatException>();
        var skipped = new List<string>();
        var commands = new List<CommandHelp>();
        var abouts = new List<(string FileName, string Text)>();

        // Ordinal sort: the MAML command order must not depend on file system enumeration order.
        var files = Directory.GetFiles(docsDir, "*.md").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal);
        foreach (string path in files)
        {
            string name = Path.GetFileName(path);
            try
            {
                string text = File.ReadAllText(path, Encoding.UTF8);
                if (name.StartsWith("about_", StringComparison.OrdinalIgnoreCase))
                {
                    abouts.Add(AboutTopicWriter.Render(path, text));
                }
                else if (CommandFile.IsMatch(name))
                {
                    commands.Add(CommandPageParser.Parse(path, text));
                }
                else
                {
                    // README.md, the PlatyPS module page (ScpStorage.md), ... are not Get-Help content.
                    skipped.Add(path);
                }
            }
            catch (HelpFormatException ex)
            {
                errors.Add(ex);
            }
        }

        string helpFileName = ResolveHelpFileName(commands, errors);
        if (errors.Count > 0)
        {
            return new CompileResult(Array.Empty<string>(), errors, skipped);
        }

        Directory.CreateDirectory(outDir);
        var written = new List<string>();
        string maml = Path.Combine(outDir, helpFileName);
        MamlWriter.Save(MamlWriter.Build(commands), maml);
        written.Add(maml);
        foreach (var (fileName, text) in abouts)
        {
            string target = Path.Combine(outDir, fileName);
            File.WriteAllText(target, text, new UTF8Encoding(false));
            written.Add(target);
        }

        // A deleted docs/about_X.md must not keep shipping an old about_X.help.txt.
        foreach (string stale in Directory.GetFiles(outDir, "about_*.help.txt"))
        {
            if (!abouts.Any(a => a.FileName.Equals(Path.GetFileName(stale), StringComparison.OrdinalIgnoreCase)))
            {
                File.Delete(stale);
            }
        }

        return new CompileResult(written, errors, skipped);
    }

    /// <summary>
    /// All cmdlets of a binary module live in one MAML file named after the assembly; a page
    /// that names a different file would silently be unreachable by Get-Help, so that is an error.
    /// </summary>
    private static string ResolveHelpFileName(List<CommandHelp> commands, List<HelpFormatException> errors)
    {
        CommandHelp? first = commands.FirstOrDefault(c => c.HelpFileName is not null);
        string name = first?.HelpFileName ?? DefaultHelpFileName;
        foreach (CommandHelp c in commands.Where(c => c.HelpFileName is not null && c.HelpFileName != name))
        {
            errors.Add(new HelpFormatException(c.File, c.HelpFileNameLine,
                $"'external help file: {c.HelpFileName}' differs from '{name}' in {Path.GetFileName(first!.File)}; one module has one help file."));
        }

        if (name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || !name.EndsWith("-Help.xml", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new HelpFormatException(first!.File, first.HelpFileNameLine, $"'external help file: {name}' must be a file name ending in -Help.xml."));
        }

        return name;
    }
}

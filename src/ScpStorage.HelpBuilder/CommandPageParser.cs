using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ScpStorage.HelpBuilder;

/// <summary>
/// Maps a PlatyPS schema 2.0.0 cmdlet page onto <see cref="CommandHelp"/>. Strict on purpose:
/// PlatyPS's own converter drops content it does not understand, and a silently missing
/// example or parameter is worse than a failed build.
/// </summary>
public static partial class CommandPageParser
{
    private static readonly string[] KnownSections =
    {
        "SYNOPSIS", "SYNTAX", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS",
    };

    public static CommandHelp Parse(string file, string text) => Parse(MarkdownDocument.Parse(file, text));

    public static CommandHelp Parse(MarkdownDocument doc)
    {
        string file = doc.File;
        if (doc.Blocks.Count == 0 || doc.Blocks[0] is not { Kind: BlockKind.Heading, Level: 1 } title)
        {
            int line = doc.Blocks.Count > 0 ? doc.Blocks[0].Line : 1;
            throw new HelpFormatException(file, line, "a cmdlet page must start with a '# Verb-Noun' title after the front matter.");
        }

        if (!CommandName().IsMatch(title.Text))
        {
            throw new HelpFormatException(file, title.Line, $"title '# {title.Text}' is not a Verb-Noun cmdlet name.");
        }

        string stem = Path.GetFileNameWithoutExtension(file);
        if (!stem.Equals(title.Text, StringComparison.OrdinalIgnoreCase))
        {
            throw new HelpFormatException(file, title.Line, $"title '# {title.Text}' does not match the file name '{Path.GetFileName(file)}'.");
        }

        doc.FrontMatter.TryGetValue("external help file", out var helpFile);
        doc.FrontMatter.TryGetValue("online version", out var online);
        var help = new CommandHelp
        {
            File = file,
            Name = title.Text,
            HelpFileName = string.IsNullOrEmpty(helpFile.Value) ? null : helpFile.Value,
            HelpFileNameLine = helpFile.Line,
            OnlineVersion = string.IsNullOrEmpty(online.Value) ? null : online.Value,
        };

        var sections = SplitSections(file, doc.Blocks, title);
        if (!sections.TryGetValue("SYNOPSIS", out var synopsis))
        {
            throw new HelpFormatException(file, title.Line, $"'{title.Text}' has no '## SYNOPSIS' section; Get-Help shows it as the one-line summary.");
        }

        help.Synopsis.AddRange(MarkdownText.ToParagraphs(synopsis.Body));
        if (help.Synopsis.Count == 0)
        {
            throw new HelpFormatException(file, synopsis.Heading.Line, "'## SYNOPSIS' is empty.");
        }

        if (sections.TryGetValue("DESCRIPTION", out var description))
        {
            help.Description.AddRange(MarkdownText.ToParagraphs(description.Body));
        }

        if (sections.TryGetValue("NOTES", out var notes))
        {
            help.Notes.AddRange(MarkdownText.ToParagraphs(notes.Body));
        }

        if (sections.TryGetValue("SYNTAX", out var syntax))
        {
            // The fenced syntax text itself is ignored, as PlatyPS does: syntax items are rebuilt
            // from the parameter metadata so they can never disagree with the PARAMETERS section.
            foreach (Block h in syntax.Body.Where(b => b.Kind == BlockKind.Heading))
            {
                string set = Regex.Replace(h.Text, @"\s*\(Default\)\s*$", string.Empty, RegexOptions.IgnoreCase);
                help.SyntaxSets.Add(set);
            }
        }

        if (sections.TryGetValue("EXAMPLES", out var examples))
        {
            foreach (var (heading, body) in Subsections(file, examples, "### Example 1: Title"))
            {
                help.Examples.Add(ParseExample(file, heading, body));
            }
        }

        if (sections.TryGetValue("PARAMETERS", out var parameters))
        {
            foreach (var (heading, body) in Subsections(file, parameters, "### -ParameterName"))
            {
                if (ParameterHeading().Match(heading.Text) is { Success: true } m)
                {
                    help.Parameters.Add(ParseParameter(file, heading, m.Groups[1].Value, body));
                }
                else if (!CommonParameters().IsMatch(heading.Text))
                {
                    throw new HelpFormatException(file, heading.Line, $"'### {heading.Text}' under PARAMETERS must be '### -ParameterName' or '### CommonParameters'.");
                }
            }
        }

        foreach (var (key, list) in new[] { ("INPUTS", help.Inputs), ("OUTPUTS", help.Outputs) })
        {
            if (sections.TryGetValue(key, out var types))
            {
                foreach (var (heading, body) in Subsections(file, types, "### TypeName"))
                {
                    list.Add(new TypeHelp(MarkdownText.Inline(heading.Text), MarkdownText.ToParagraphs(body)));
                }
            }
        }

        CheckParameterSets(help);
        if (sections.TryGetValue("RELATED LINKS", out var links))
        {
            help.Links.AddRange(links.Body.Where(b => b.Kind == BlockKind.Paragraph).SelectMany(b => b.Lines).Select(ParseLink));
        }

        return help;
    }

    private static Dictionary<string, (Block Heading, List<Block> Body)> SplitSections(string file, IReadOnlyList<Block> blocks, Block title)
    {
        var sections = new Dictionary<string, (Block, List<Block>)>(StringComparer.OrdinalIgnoreCase);
        List<Block>? current = null;
        foreach (Block block in blocks.Skip(1))
        {
            if (block is { Kind: BlockKind.Heading, Level: 1 })
            {
                throw new HelpFormatException(file, block.Line, $"second '# {block.Text}' title; one cmdlet per page.");
            }

            if (block is { Kind: BlockKind.Heading, Level: 2 })
            {
                string name = block.Text.ToUpperInvariant();
                if (!KnownSections.Contains(name))
                {
                    throw new HelpFormatException(file, block.Line, $"unknown section '## {block.Text}'; expected one of {string.Join(", ", KnownSections)}.");
                }

                current = new List<Block>();
                if (!sections.TryAdd(name, (block, current)))
                {
                    throw new HelpFormatException(file, block.Line, $"section '## {name}' appears twice.");
                }
            }
            else if (current is null)
            {
                throw new HelpFormatException(file, block.Line, $"text after '# {title.Text}' must be inside a '## SECTION'.");
            }
            else
            {
                current.Add(block);
            }
        }

        return sections;
    }

    /// <summary>Splits a section's body at its ### headings; stray text before the first one is an error.</summary>
    private static IEnumerable<(Block Heading, List<Block> Body)> Subsections(string file, (Block Heading, List<Block> Body) section, string expected)
    {
        (Block Heading, List<Block> Body)? current = null;
        foreach (Block block in section.Body)
        {
            if (block is { Kind: BlockKind.Heading, Level: 3 })
            {
                if (current is { } done)
                {
                    yield return done;
                }

                current = (block, new List<Block>());
            }
            else if (current is null)
            {
                throw new HelpFormatException(file, block.Line, $"text under '## {section.Heading.Text}' must follow a '{expected}' heading.");
            }
            else
            {
                current.Value.Body.Add(block);
            }
        }

        if (current is { } last)
        {
            yield return last;
        }
    }

    private static ExampleHelp ParseExample(string file, Block heading, List<Block> body)
    {
        int firstCode = body.FindIndex(b => b.Kind == BlockKind.Code);
        if (firstCode < 0)
        {
            throw new HelpFormatException(file, heading.Line, $"example '{heading.Text}' has no fenced code block (```powershell ... ```).");
        }

        // All code blocks (command, then typical output) form dev:code. Text before the first code
        // block goes into the remarks ahead of the rest: MAML's <maml:introduction> is printed on
        // the same line as the code (it is meant for a "PS C:\>" prompt), so prose there reads badly.
        string code = string.Join("\n\n", body.Where(b => b.Kind == BlockKind.Code).Select(b => b.Text));
        var remarks = MarkdownText.ToParagraphs(body.Where(b => b.Kind != BlockKind.Code));
        return new ExampleHelp(MarkdownText.Inline(heading.Text), code, remarks);
    }

    private static ParameterHelp ParseParameter(string file, Block heading, string name, List<Block> body)
    {
        var parameter = new ParameterHelp { Name = name, Line = heading.Line };
        foreach (Block block in body)
        {
            if (block.Kind == BlockKind.Code && block.Info.Equals("yaml", StringComparison.OrdinalIgnoreCase))
            {
                parameter.Metadata.Add(ParameterYaml.Parse(file, block));
            }
        }

        if (parameter.Metadata.Count == 0)
        {
            throw new HelpFormatException(file, heading.Line, $"parameter '-{name}' has no ```yaml block (Type, Parameter Sets, Required, Position, ...).");
        }

        parameter.Description.AddRange(MarkdownText.ToParagraphs(body.Where(b => !(b.Kind == BlockKind.Code && b.Info.Equals("yaml", StringComparison.OrdinalIgnoreCase)))));
        return parameter;
    }

    /// <summary>A parameter naming a set that ## SYNTAX does not list is almost always a typo.</summary>
    private static void CheckParameterSets(CommandHelp help)
    {
        if (help.SyntaxSets.Count == 0)
        {
            return;
        }

        foreach (ParameterHelp p in help.Parameters)
        {
            foreach (ParameterMetadata meta in p.Metadata)
            {
                string? unknown = meta.Sets.FirstOrDefault(s => !help.SyntaxSets.Contains(s, StringComparer.OrdinalIgnoreCase));
                if (unknown is not null)
                {
                    throw new HelpFormatException(help.File, meta.Line, $"parameter '-{p.Name}' names set '{unknown}', but ## SYNTAX only lists: {string.Join(", ", help.SyntaxSets)}.");
                }
            }
        }
    }

    private static LinkHelp ParseLink(string line)
    {
        Match m = LinkLine().Match(line.Trim());
        string text = m.Success ? m.Groups[1].Value : line.Trim();
        string target = m.Success ? m.Groups[2].Value : line.Trim();

        // PowerShell's help reader only accepts absolute URIs (Get-Help -Online uses the first
        // one); relative links such as Get-Other.md are kept as text so the name still shows.
        bool absolute = MarkdownText.IsAbsoluteUri(target);
        if (!m.Success)
        {
            return absolute ? new LinkHelp(string.Empty, target) : new LinkHelp(text, string.Empty);
        }

        return new LinkHelp(text, absolute ? target : string.Empty);
    }

    [GeneratedRegex(@"^[A-Za-z]+-[A-Za-z0-9]+$")]
    private static partial Regex CommandName();

    [GeneratedRegex(@"^-([A-Za-z_][A-Za-z0-9_]*)$")]
    private static partial Regex ParameterHeading();

    [GeneratedRegex(@"^<?(Workflow)?CommonParameters>?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommonParameters();

    [GeneratedRegex(@"^\[([^\]]*)\]\(([^)]*)\)$")]
    private static partial Regex LinkLine();
}

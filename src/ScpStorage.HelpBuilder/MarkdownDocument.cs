using System;
using System.Collections.Generic;

namespace ScpStorage.HelpBuilder;

public enum BlockKind
{
    Heading,
    Paragraph,
    Code,
}

/// <summary>One markdown block. Line is 1-based (the heading, first text line or opening fence).</summary>
public sealed record Block(BlockKind Kind, int Line, int Level, string Text, string Info, IReadOnlyList<string> Lines);

/// <summary>
/// The tiny slice of CommonMark that PlatyPS pages use: YAML front matter, ATX headings,
/// fenced code blocks and paragraphs. A full markdown parser would be a dependency and
/// would still need PlatyPS-specific structure on top, so we only split into blocks here and
/// keep line numbers for error messages.
/// </summary>
public sealed class MarkdownDocument
{
    private MarkdownDocument(string file, Dictionary<string, (string Value, int Line)> frontMatter, List<Block> blocks)
    {
        File = file;
        FrontMatter = frontMatter;
        Blocks = blocks;
    }

    public string File { get; }

    /// <summary>Front matter keys, lower-cased (PlatyPS writes "external help file", "online version", ...).</summary>
    public IReadOnlyDictionary<string, (string Value, int Line)> FrontMatter { get; }

    public IReadOnlyList<Block> Blocks { get; }

    public static MarkdownDocument Parse(string file, string text)
    {
        // Normalise line endings first so output never depends on how git checked the file out.
        string[] lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var frontMatter = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        int i = 0;
        if (lines.Length > 0 && lines[0].TrimEnd() == "---")
        {
            i = 1;
            while (i < lines.Length && lines[i].TrimEnd() != "---")
            {
                string line = lines[i];
                if (line.Trim().Length > 0)
                {
                    int colon = line.IndexOf(':');
                    if (colon <= 0)
                    {
                        throw new HelpFormatException(file, i + 1, $"front matter line '{line.Trim()}' is not 'key: value'.");
                    }

                    frontMatter[line.Substring(0, colon).Trim()] = (line.Substring(colon + 1).Trim(), i + 1);
                }

                i++;
            }

            if (i == lines.Length)
            {
                throw new HelpFormatException(file, 1, "front matter starts with '---' but is never closed by a second '---' line.");
            }

            i++;
        }

        return new MarkdownDocument(file, frontMatter, ReadBlocks(file, lines, i));
    }

    private static List<Block> ReadBlocks(string file, string[] lines, int start)
    {
        var blocks = new List<Block>();
        var paragraph = new List<string>();
        int paragraphLine = 0;

        void FlushParagraph()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new Block(BlockKind.Paragraph, paragraphLine, 0, string.Join("\n", paragraph), string.Empty, paragraph.ToArray()));
                paragraph.Clear();
            }
        }

        for (int i = start; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd();
            string trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                FlushParagraph();
                string fence = trimmed.Substring(0, 3);
                int open = i;
                int indent = line.Length - trimmed.Length;
                var code = new List<string>();
                for (i++; i < lines.Length && !lines[i].Trim().StartsWith(fence, StringComparison.Ordinal); i++)
                {
                    // Strip the fence's own indentation (CommonMark rule) but keep the code's.
                    string codeLine = lines[i].TrimEnd();
                    int strip = Math.Min(indent, codeLine.Length - codeLine.TrimStart().Length);
                    code.Add(codeLine.Substring(strip));
                }

                if (i == lines.Length)
                {
                    throw new HelpFormatException(file, open + 1, $"code block opened with {fence} is never closed.");
                }

                blocks.Add(new Block(BlockKind.Code, open + 1, 0, string.Join("\n", code), trimmed.Substring(3).Trim(), code));
            }
            else if (trimmed.StartsWith("<!--", StringComparison.Ordinal))
            {
                // HTML comments are authoring notes (TEMPLATE.md uses them); they never reach Get-Help.
                FlushParagraph();
                int open = i;
                while (i < lines.Length && !lines[i].Contains("-->", StringComparison.Ordinal))
                {
                    i++;
                }

                if (i == lines.Length)
                {
                    throw new HelpFormatException(file, open + 1, "HTML comment '<!--' is never closed with '-->'.");
                }
            }
            else if (IsHeading(trimmed, out int level, out string headingText))
            {
                FlushParagraph();
                blocks.Add(new Block(BlockKind.Heading, i + 1, level, headingText, string.Empty, Array.Empty<string>()));
            }
            else if (trimmed.Length == 0)
            {
                FlushParagraph();
            }
            else
            {
                if (paragraph.Count == 0)
                {
                    paragraphLine = i + 1;
                }

                paragraph.Add(line);
            }
        }

        FlushParagraph();
        return blocks;
    }

    private static bool IsHeading(string line, out int level, out string text)
    {
        level = 0;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }

        // "#hashtag" is text, not a heading: CommonMark needs a space after the hashes.
        if (level == 0 || level > 6 || (level < line.Length && line[level] != ' '))
        {
            text = string.Empty;
            return false;
        }

        text = line.Substring(level).Trim().TrimEnd('#').Trim();
        return true;
    }
}

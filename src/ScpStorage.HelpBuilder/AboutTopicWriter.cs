using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ScpStorage.HelpBuilder;

/// <summary>
/// Renders docs/about_*.md into the classic about_*.help.txt layout:
/// <code>
/// TOPIC
///     about_ScpStorage
///
/// SHORT DESCRIPTION
///     One sentence.
/// </code>
/// The layout is not cosmetic: PowerShell's HelpFileHelpInfo takes the 5th line of the file as
/// the topic's synopsis (what "Get-Help about_*" lists), so SHORT DESCRIPTION must come first.
/// </summary>
public static class AboutTopicWriter
{
    private const int Width = 80;
    private const string Indent = "    ";

    /// <summary>Returns (output file name, text).</summary>
    public static (string FileName, string Text) Render(string file, string markdown)
    {
        MarkdownDocument doc = MarkdownDocument.Parse(file, markdown);
        string topic = Path.GetFileNameWithoutExtension(file);
        var blocks = doc.Blocks.ToList();
        if (blocks.Count == 0 || blocks[0] is not { Kind: BlockKind.Heading, Level: 1 } title
            || !title.Text.Equals(topic, StringComparison.OrdinalIgnoreCase))
        {
            throw new HelpFormatException(file, blocks.Count > 0 ? blocks[0].Line : 1, $"an about page must start with '# {topic}'.");
        }

        blocks.RemoveAt(0);

        // PlatyPS 0.14's about schema wants the name again as the second heading, "## about_X";
        // PlatyPS skips a page without it silently, so the compiler refuses it. The name is
        // already in TOPIC, so the heading itself is not rendered.
        if (blocks.Count == 0 || blocks[0] is not { Kind: BlockKind.Heading, Level: 2 } second
            || !second.Text.Equals(topic, StringComparison.OrdinalIgnoreCase))
        {
            throw new HelpFormatException(file, blocks.Count > 0 ? blocks[0].Line : title.Line,
                $"the second heading of an about page must be '## {topic}' (PlatyPS 0.14 schema; PlatyPS skips the page without it).");
        }

        blocks.RemoveAt(0);

        if (blocks.Count == 0 || blocks[0] is not { Kind: BlockKind.Heading, Level: <= 2 } first
            || !first.Text.Equals("SHORT DESCRIPTION", StringComparison.OrdinalIgnoreCase))
        {
            throw new HelpFormatException(file, blocks.Count > 0 ? blocks[0].Line : title.Line,
                "the first section of an about page must be 'SHORT DESCRIPTION' (Get-Help uses line 5 of the .help.txt as the synopsis).");
        }

        if (blocks.Count < 2 || blocks[1].Kind != BlockKind.Paragraph)
        {
            throw new HelpFormatException(file, first.Line, "'SHORT DESCRIPTION' must be followed by a paragraph.");
        }

        var sb = new StringBuilder();
        sb.Append("TOPIC\n").Append(Indent).Append(title.Text).Append('\n');
        bool afterHeading = false;
        foreach (Block block in blocks)
        {
            // Blank line between blocks, but a heading's text follows it directly.
            if (!afterHeading)
            {
                sb.Append('\n');
            }

            afterHeading = block.Kind == BlockKind.Heading;
            switch (block.Kind)
            {
                case BlockKind.Heading when block.Level <= 2:
                    sb.Append(MarkdownText.Inline(block.Text).ToUpperInvariant()).Append('\n');
                    break;
                case BlockKind.Heading:
                    sb.Append(Indent).Append(MarkdownText.Inline(block.Text)).Append('\n');
                    break;
                case BlockKind.Code:
                    foreach (string line in block.Lines)
                    {
                        sb.Append(line.Length == 0 ? string.Empty : Indent + Indent + line).Append('\n');
                    }

                    break;
                default:
                    foreach (string item in MarkdownText.JoinLines(block.Lines).Split('\n'))
                    {
                        Wrap(sb, item);
                    }

                    break;
            }
        }

        return (topic + ".help.txt", sb.ToString());
    }

    /// <summary>Greedy word wrap at 80 columns; list items get a hanging indent under their text.</summary>
    private static void Wrap(StringBuilder sb, string text)
    {
        int marker = text.IndexOf(' ');
        bool isList = marker > 0 && (text[0] is '-' or '*' or '+' || char.IsDigit(text[0])) && marker <= 4;
        string hanging = isList ? Indent + new string(' ', marker + 1) : Indent;
        var line = new StringBuilder(Indent);
        bool empty = true;
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                sb.Append(line).Append('\n');
                line.Clear().Append(hanging);
                empty = true;
            }

            line.Append(empty ? string.Empty : " ").Append(word);
            empty = false;
        }

        sb.Append(line).Append('\n');
    }
}

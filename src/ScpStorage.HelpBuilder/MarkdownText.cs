using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace ScpStorage.HelpBuilder;

/// <summary>
/// Turns markdown blocks into the plain paragraphs Get-Help prints. The console shows raw text,
/// so inline markup (`code`, **bold**, [links](...), backslash escapes) is removed rather than
/// shown literally; soft-wrapped lines are re-joined so the console can re-wrap to its width.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>One string per paragraph. Code blocks keep their line breaks.</summary>
    public static List<string> ToParagraphs(IEnumerable<Block> blocks)
    {
        var result = new List<string>();
        foreach (Block block in blocks)
        {
            if (block.Kind == BlockKind.Code)
            {
                result.Add(block.Text);
            }
            else if (block.Kind == BlockKind.Heading)
            {
                // A sub-heading inside free text (e.g. "### Limits" in DESCRIPTION) stays as a short paragraph.
                result.Add(Inline(block.Text).ToUpperInvariant());
            }
            else
            {
                result.Add(JoinLines(block.Lines));
            }
        }

        return result;
    }

    /// <summary>
    /// Joins a paragraph's lines. List items keep one line each (with wrapped continuation
    /// lines folded into them) because re-flowing a list into one sentence destroys it.
    /// </summary>
    public static string JoinLines(IReadOnlyList<string> lines)
    {
        var items = new List<StringBuilder>();
        foreach (string raw in lines)
        {
            string line = raw.Trim();
            if (items.Count == 0 || ListItem().IsMatch(line))
            {
                items.Add(new StringBuilder(Inline(line)));
            }
            else
            {
                items[^1].Append(' ').Append(Inline(line));
            }
        }

        return string.Join("\n", items);
    }

    public static string Inline(string text)
    {
        // Code spans are literal: split them out first so escapes/markup inside them survive.
        var sb = new StringBuilder();
        int pos = 0;
        foreach (Match m in CodeSpan().Matches(text))
        {
            sb.Append(Markup(text.Substring(pos, m.Index - pos)));
            sb.Append(m.Groups[2].Value.Trim());
            pos = m.Index + m.Length;
        }

        sb.Append(Markup(text.Substring(pos)));
        return sb.ToString();
    }

    /// <summary>
    /// Absolute URI with a scheme. "/docs/x" is rejected explicitly because .NET treats it as an
    /// absolute file URI on Linux but not on Windows, and the output must not depend on the OS.
    /// </summary>
    public static bool IsAbsoluteUri(string text) =>
        !text.StartsWith('/') && Uri.TryCreate(text, UriKind.Absolute, out _);

    private static string Markup(string text)
    {
        text = Link().Replace(text, m =>
        {
            string label = m.Groups[1].Value;
            string target = m.Groups[2].Value;
            bool absolute = IsAbsoluteUri(target);
            return absolute && target != label ? $"{label} ({target})" : label;
        });
        text = Bold().Replace(text, "$2");
        return Escape().Replace(text, "$1");
    }

    [GeneratedRegex(@"^([-*+]|\d+[.)])\s")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"(`+)(.+?)\1")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\[([^\]]*)\]\(([^)\s]*)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__)(.+?)\1")]
    private static partial Regex Bold();

    // CommonMark's escapable ASCII punctuation; "\U" in C:\Users is deliberately left alone.
    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!<>|])")]
    private static partial Regex Escape();
}

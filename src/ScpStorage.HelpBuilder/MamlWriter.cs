using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ScpStorage.HelpBuilder;

/// <summary>
/// Writes the MAML that PowerShell's CommandHelpProvider loads for binary cmdlets
/// (&lt;ModuleBase&gt;/&lt;culture&gt;/&lt;Assembly&gt;.dll-Help.xml). Element shapes follow what PlatyPS's
/// New-ExternalHelp emits, because that is the shape Windows PowerShell 5.1 and PowerShell 7
/// format views were written against. Notes on the reader this targets:
/// - helpItems is matched by local name and needs schema="maml" or nothing is loaded;
/// - each command is cached under details/name, which must equal the cmdlet name;
/// - text inside maml:para and atomic elements is trimmed by the reader, so indentation is free.
/// </summary>
public static class MamlWriter
{
    public static readonly XNamespace Msh = "http://msh";
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    public static readonly XNamespace MSHelp = "http://msdn.microsoft.com/mshelp";

    public static XDocument Build(IEnumerable<CommandHelp> commands) =>
        new(new XDeclaration("1.0", "utf-8", null),
            new XElement(Msh + "helpItems", new XAttribute("schema", "maml"), commands.Select(CommandElement)));

    /// <summary>UTF-8 without BOM, LF line ends, fixed indentation: byte-identical on every OS.</summary>
    public static void Save(XDocument document, string path)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        stream.WriteByte((byte)'\n');
    }

    private static XElement CommandElement(CommandHelp c)
    {
        int dash = c.Name.IndexOf('-');
        return new XElement(Command + "command",
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            new XAttribute(XNamespace.Xmlns + "MSHelp", MSHelp),
            new XElement(Command + "details",
                new XElement(Command + "name", c.Name),
                new XElement(Command + "verb", c.Name.Substring(0, dash)),
                new XElement(Command + "noun", c.Name.Substring(dash + 1)),
                new XElement(Maml + "description", Paras(c.Synopsis))),
            new XElement(Maml + "description", Paras(c.Description)),
            new XElement(Command + "syntax", SyntaxItems(c)),
            new XElement(Command + "parameters", c.Parameters.Select(p => Parameter(p, p.Metadata[0], inSyntax: false))),
            new XElement(Command + "inputTypes", c.Inputs.Select(t => TypeElement("inputType", t))),
            new XElement(Command + "returnValues", c.Outputs.Select(t => TypeElement("returnValue", t))),
            new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paras(c.Notes))),
            new XElement(Command + "examples", c.Examples.Select(Example)),
            new XElement(Command + "relatedLinks", Links(c)));
    }

    private static IEnumerable<XElement> Paras(IEnumerable<string> paragraphs) =>
        paragraphs.Select(p => new XElement(Maml + "para", p));

    /// <summary>
    /// One syntaxItem per parameter set. The markdown's own syntax blocks are not trusted; like
    /// PlatyPS we rebuild from metadata. Order mimics Get-Command -Syntax: positional parameters
    /// by position, then mandatory named ones, then optional ones (page order within each group).
    /// </summary>
    private static IEnumerable<XElement> SyntaxItems(CommandHelp c)
    {
        List<string> sets = c.SyntaxSets.Count > 0
            ? c.SyntaxSets
            : c.Parameters.SelectMany(p => p.Metadata).SelectMany(m => m.Sets).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (sets.Count == 0)
        {
            sets = new List<string> { "__AllParameterSets" };
        }

        foreach (string set in sets)
        {
            var members = c.Parameters
                .Select((p, index) => (p, index, meta: p.Metadata.FirstOrDefault(m => m.AppliesTo(set) || IsAllSets(set))))
                .Where(x => x.meta is not null)
                .OrderBy(x => x.meta!.Position == "named" ? 1 : 0)
                .ThenBy(x => x.meta!.Position == "named" ? 0 : int.Parse(x.meta!.Position, System.Globalization.CultureInfo.InvariantCulture))
                .ThenBy(x => x.meta!.Required ? 0 : 1)
                .ThenBy(x => x.index);
            yield return new XElement(Command + "syntaxItem",
                new XElement(Maml + "name", c.Name),
                members.Select(x => Parameter(x.p, x.meta!, inSyntax: true)));
        }
    }

    private static bool IsAllSets(string set) => set.Equals("__AllParameterSets", StringComparison.OrdinalIgnoreCase);

    private static XElement Parameter(ParameterHelp p, ParameterMetadata m, bool inSyntax)
    {
        bool isSwitch = ParameterYaml.IsSwitch(m.Type);
        bool isArray = m.Type.EndsWith("[]", StringComparison.Ordinal);
        return new XElement(Command + "parameter",
            new XAttribute("required", m.Required ? "true" : "false"),
            new XAttribute("variableLength", isArray ? "true" : "false"),
            new XAttribute("globbing", m.Globbing ? "true" : "false"),
            new XAttribute("pipelineInput", m.PipelineInput),
            new XAttribute("position", m.Position),
            new XAttribute("aliases", m.Aliases.Count > 0 ? string.Join(", ", m.Aliases) : "none"),
            new XElement(Maml + "name", p.Name),
            new XElement(Maml + "description", Paras(p.Description)),

            // Accepted values show as {A | B} in the syntax line; only meaningful inside syntaxItem.
            inSyntax && m.AcceptedValues.Count > 0
                ? new XElement(Command + "parameterValueGroup", m.AcceptedValues.Select(v =>
                    new XElement(Command + "parameterValue", new XAttribute("required", "false"), new XAttribute("variableLength", "false"), v)))
                : null,

            // In syntax a switch must have no parameterValue, else Get-Help prints "-Force <SwitchParameter>".
            inSyntax && isSwitch
                ? null
                : new XElement(Command + "parameterValue",
                    new XAttribute("required", isSwitch ? "false" : "true"),
                    new XAttribute("variableLength", isArray ? "true" : "false"),
                    m.Type),
            new XElement(Dev + "type", new XElement(Maml + "name", m.Type), new XElement(Maml + "uri")),
            new XElement(Dev + "defaultValue", isSwitch && m.DefaultValue == "None" ? "False" : m.DefaultValue));
    }

    private static XElement TypeElement(string kind, TypeHelp t) =>
        new(Command + kind,
            new XElement(Dev + "type", new XElement(Maml + "name", t.Name)),
            new XElement(Maml + "description", Paras(t.Description)));

    private static XElement Example(ExampleHelp e) =>
        new(Command + "example",
            new XElement(Maml + "title", PadTitle(e.Title)),
            new XElement(Dev + "code", e.Code),
            new XElement(Dev + "remarks", Paras(e.Remarks)));

    /// <summary>
    /// Get-Help prints the title as-is with no separator of its own; the dash banner is the
    /// convention in PowerShell's own help and what PlatyPS produces (about 64 columns).
    /// </summary>
    public static string PadTitle(string title)
    {
        int padLength = (64 - title.Length - 2) / 2;
        if (title.StartsWith('-') || padLength < 5)
        {
            return title;
        }

        string pad = new('-', padLength);
        return $"{pad} {title} {pad}";
    }

    private static IEnumerable<XElement> Links(CommandHelp c)
    {
        // PlatyPS turns "online version:" into a first link; Get-Help -Online opens the first absolute URI.
        var links = new List<LinkHelp>();
        if (c.OnlineVersion is { } online && MarkdownText.IsAbsoluteUri(online))
        {
            links.Add(new LinkHelp("Online Version:", online));
        }

        links.AddRange(c.Links);
        return links.Select(l => new XElement(Maml + "navigationLink",
            new XElement(Maml + "linkText", l.Text),
            new XElement(Maml + "uri", l.Uri)));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace ScpStorage.HelpBuilder;

/// <summary>
/// Reads the ```yaml block under "### -Name". PlatyPS only ever writes flat "Key: value" lines,
/// so that is all we accept; unknown or misspelt keys are errors because a typo such as
/// "Requried: True" would otherwise silently produce wrong help.
/// </summary>
public static class ParameterYaml
{
    private static readonly string[] RequiredKeys =
    {
        "Type", "Parameter Sets", "Required", "Position", "Accept pipeline input", "Accept wildcard characters",
    };

    private static readonly string[] OptionalKeys = { "Aliases", "Accepted values", "Default value", "Applicable" };

    public static ParameterMetadata Parse(string file, Block code)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < code.Lines.Count; i++)
        {
            string line = code.Lines[i].Trim();
            int lineNo = code.Line + 1 + i;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw new HelpFormatException(file, lineNo, $"yaml line '{line}' is not 'Key: value'.");
            }

            string key = line.Substring(0, colon).Trim();
            if (!RequiredKeys.Concat(OptionalKeys).Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw new HelpFormatException(file, lineNo, $"unknown parameter key '{key}'; expected {string.Join(", ", RequiredKeys.Concat(OptionalKeys))}.");
            }

            if (!values.TryAdd(key, line.Substring(colon + 1).Trim()))
            {
                throw new HelpFormatException(file, lineNo, $"parameter key '{key}' appears twice.");
            }
        }

        foreach (string key in RequiredKeys)
        {
            if (!values.ContainsKey(key))
            {
                throw new HelpFormatException(file, code.Line, $"parameter yaml block is missing '{key}:'.");
            }
        }

        string position = values["Position"];
        if (!position.Equals("Named", StringComparison.OrdinalIgnoreCase) && !(int.TryParse(position, out int p) && p >= 0))
        {
            throw new HelpFormatException(file, code.Line, $"Position must be 'Named' or a number, not '{position}'.");
        }

        string pipeline = values["Accept pipeline input"];
        if (!pipeline.StartsWith("True", StringComparison.OrdinalIgnoreCase) && !pipeline.StartsWith("False", StringComparison.OrdinalIgnoreCase))
        {
            throw new HelpFormatException(file, code.Line, $"'Accept pipeline input' must be False or True (ByValue, ByPropertyName), not '{pipeline}'.");
        }

        string sets = values["Parameter Sets"];
        return new ParameterMetadata(
            code.Line,
            NormaliseType(values["Type"]),
            sets.Equals("(All)", StringComparison.OrdinalIgnoreCase) ? Array.Empty<string>() : List(sets),
            List(values.GetValueOrDefault("Aliases", string.Empty)),
            List(values.GetValueOrDefault("Accepted values", string.Empty)),
            Bool(file, code.Line, "Required", values["Required"]),
            position.Equals("Named", StringComparison.OrdinalIgnoreCase) ? "named" : position,
            values.GetValueOrDefault("Default value", string.Empty) is { Length: > 0 } d ? d : "None",
            pipeline,
            Bool(file, code.Line, "Accept wildcard characters", values["Accept wildcard characters"]));
    }

    public static bool IsSwitch(string type) => type == "SwitchParameter";

    // Get-Help prints parameterValue verbatim; PowerShell's own MAML says SwitchParameter, never "switch".
    private static string NormaliseType(string type) =>
        type.Equals("switch", StringComparison.OrdinalIgnoreCase)
        || type.Equals("System.Management.Automation.SwitchParameter", StringComparison.OrdinalIgnoreCase)
            ? "SwitchParameter"
            : type;

    private static IReadOnlyList<string> List(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Bool(string file, int line, string key, string value) =>
        bool.TryParse(value, out bool b) ? b : throw new HelpFormatException(file, line, $"'{key}' must be True or False, not '{value}'.");
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace ScpStorage.HelpBuilder;

/// <summary>Everything one cmdlet page says, already cleaned of markdown. Text lists hold one entry per paragraph.</summary>
public sealed class CommandHelp
{
    public required string File { get; init; }

    public required string Name { get; init; }

    public string? HelpFileName { get; init; }

    public int HelpFileNameLine { get; init; }

    public string? OnlineVersion { get; init; }

    public List<string> Synopsis { get; } = new();

    public List<string> Description { get; } = new();

    /// <summary>Parameter set names in ## SYNTAX order, "(Default)" suffix removed.</summary>
    public List<string> SyntaxSets { get; } = new();

    public List<ParameterHelp> Parameters { get; } = new();

    public List<ExampleHelp> Examples { get; } = new();

    public List<TypeHelp> Inputs { get; } = new();

    public List<TypeHelp> Outputs { get; } = new();

    public List<string> Notes { get; } = new();

    public List<LinkHelp> Links { get; } = new();
}

public sealed class ParameterHelp
{
    public required string Name { get; init; }

    public required int Line { get; init; }

    public List<string> Description { get; } = new();

    /// <summary>One entry per ```yaml block; PlatyPS writes several when the parameter differs between sets.</summary>
    public List<ParameterMetadata> Metadata { get; } = new();
}

/// <param name="Sets">Parameter set names; empty means "(All)".</param>
public sealed record ParameterMetadata(
    int Line,
    string Type,
    IReadOnlyList<string> Sets,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AcceptedValues,
    bool Required,
    string Position,
    string DefaultValue,
    string PipelineInput,
    bool Globbing)
{
    public bool AppliesTo(string set) => Sets.Count == 0 || Sets.Contains(set, StringComparer.OrdinalIgnoreCase);
}

public sealed record ExampleHelp(string Title, string Code, IReadOnlyList<string> Remarks);

public sealed record TypeHelp(string Name, IReadOnlyList<string> Description);

public sealed record LinkHelp(string Text, string Uri);

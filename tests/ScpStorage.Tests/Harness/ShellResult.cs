using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace ScpStorage.Tests.Harness;

/// <summary>Everything one pipeline produced, stream by stream.</summary>
public sealed class ShellResult
{
    public required IReadOnlyList<PSObject> Output { get; init; }
    public required IReadOnlyList<ErrorRecord> Errors { get; init; }
    public required IReadOnlyList<string> Verbose { get; init; }
    public required IReadOnlyList<string> Debug { get; init; }
    public required IReadOnlyList<string> Warnings { get; init; }
    public required IReadOnlyList<ProgressRecord> Progress { get; init; }
    public required IReadOnlyList<string> Information { get; init; }
    /// <summary>A terminating error, if the pipeline ended with one.</summary>
    public RuntimeException? Terminating { get; init; }

    /// <summary>The error that ended a statement or the script: a cmdlet's terminating error inside a script only ends its statement.</summary>
    public ErrorRecord? FirstError => Terminating?.ErrorRecord ?? Errors.FirstOrDefault();

    /// <summary>Every bit of text a user could see from this run (for secret scans).</summary>
    public IEnumerable<string> AllText() =>
        Output.Select(o => o?.ToString() ?? "")
            .Concat(Output.SelectMany(o => o?.Properties.Where(p => p is PSProperty || p is PSNoteProperty).Select(p => p.Value?.ToString() ?? "") ?? Enumerable.Empty<string>()))
            .Concat(Errors.SelectMany(ErrorText))
            .Concat(Verbose).Concat(Debug).Concat(Warnings).Concat(Information)
            .Concat(Progress.Select(p => p.Activity + " " + p.StatusDescription))
            .Concat(Terminating == null ? Enumerable.Empty<string>() : ErrorText(Terminating.ErrorRecord).Append(Terminating.ToString()));

    public static IEnumerable<string> ErrorText(ErrorRecord e)
    {
        yield return e.ToString();
        yield return e.FullyQualifiedErrorId;
        yield return e.ErrorDetails?.Message ?? "";
        yield return e.ErrorDetails?.RecommendedAction ?? "";
        yield return e.TargetObject?.ToString() ?? "";
        for (var x = e.Exception; x != null; x = x.InnerException) yield return x.ToString();
    }
}

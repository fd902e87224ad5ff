using System;

namespace ScpStorage.HelpBuilder;

/// <summary>
/// A problem in a help page, pinned to a file and 1-based line.
/// <see cref="ToString"/> uses MSBuild's canonical "file(line): error CODE: text" shape so that,
/// when the tool runs from Help.targets, the Exec task surfaces it as a real build error that
/// IDEs can jump to.
/// </summary>
public sealed class HelpFormatException : Exception
{
    public HelpFormatException(string file, int line, string message)
        : base(message)
    {
        File = file;
        Line = line;
    }

    public string File { get; }

    public int Line { get; }

    public override string ToString() => $"{File}({Line}): error SCPHELP001: {Message}";
}

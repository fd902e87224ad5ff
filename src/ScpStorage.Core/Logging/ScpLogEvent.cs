using System;

namespace ScpStorage.Core.Logging
{
    /// <summary>How loud a log event is; the module maps these to PowerShell streams.</summary>
    public enum ScpLogLevel
    {
        /// <summary>Request/response details, config sources: PowerShell's Debug stream.</summary>
        Debug,
        /// <summary>One line per HTTP attempt, retries, waits: PowerShell's Verbose stream.</summary>
        Verbose,
        /// <summary>Something the user should act on (an expired pinned version): Warning stream.</summary>
        Warning,
    }

    /// <summary>
    /// One log line from Core. Core never writes to a console or to PowerShell; whoever calls it
    /// supplies a sink. Messages are already redacted when they are created.
    /// </summary>
    public sealed class ScpLogEvent
    {
        public ScpLogEvent(ScpLogLevel level, string message) { Level = level; Message = message; }
        public ScpLogLevel Level { get; }
        public string Message { get; }
        public override string ToString() => Level + ": " + Message;
    }

    /// <summary>Helpers for sinks that may be null.</summary>
    public static class ScpLog
    {
        public static void Write(this Action<ScpLogEvent>? sink, ScpLogLevel level, string message) =>
            sink?.Invoke(new ScpLogEvent(level, message));
    }
}

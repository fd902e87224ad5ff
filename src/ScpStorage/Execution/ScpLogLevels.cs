using System.Management.Automation;
using ScpStorage.Core.Logging;

namespace ScpStorage.Execution
{
    /// <summary>
    /// Which of Core's log levels the user will see for one cmdlet call: -Verbose/-Debug or the
    /// caller's $VerbosePreference/$DebugPreference. Jobs take the levels of the call that
    /// started them.
    /// </summary>
    public sealed class ScpLogLevels
    {
        private ScpLogLevels(bool verbose, bool debug) { Verbose = verbose; Debug = debug; }

        public bool Verbose { get; }
        public bool Debug { get; }

        public bool IsEnabled(ScpLogLevel level) =>
            level == ScpLogLevel.Warning || (level == ScpLogLevel.Verbose ? Verbose : Debug);

        /// <summary>Reads the call's preferences; call on the pipeline thread.</summary>
        public static ScpLogLevels Of(PSCmdlet cmdlet) =>
            new ScpLogLevels(Wants(cmdlet, "Verbose", "VerbosePreference"), Wants(cmdlet, "Debug", "DebugPreference"));

        private static bool Wants(PSCmdlet cmdlet, string parameter, string preference)
        {
            if (cmdlet.MyInvocation.BoundParameters.TryGetValue(parameter, out var bound))
                return ((SwitchParameter)bound).IsPresent;
            var value = cmdlet.SessionState.PSVariable.GetValue(preference);
            return value is ActionPreference p ? p != ActionPreference.SilentlyContinue && p != ActionPreference.Ignore
                : value != null && !string.Equals(value.ToString(), "SilentlyContinue", System.StringComparison.OrdinalIgnoreCase);
        }
    }
}

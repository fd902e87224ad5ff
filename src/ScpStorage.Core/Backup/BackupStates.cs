using System;
using System.Collections.Generic;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Core.Backup
{
    /// <summary>
    /// Backup's states. SCP documents only a few, so every wait names what it waits FOR: jobs and
    /// restores end on their documented terminal values; backups and agents on AVAILABLE. An
    /// undocumented value never ends a wait as success; one that reads as an error (ERROR,
    /// FAILED…) ends it as a failure.
    /// </summary>
    public static class BackupStates
    {
        /// <summary>Backup jobs: INPROGRESS → SUCCESS | PARTIAL_SUCCESS (warning) | FAILED.</summary>
        public static readonly BackupTerminalStates Job = new BackupTerminalStates(new[] { "SUCCESS", "PARTIAL_SUCCESS" }, new[] { "FAILED" });

        /// <summary>Restores: INPROGRESS → COMPLETED | PARTIAL_SUCCESS (warning) | FAILED.</summary>
        public static readonly BackupTerminalStates Restore = new BackupTerminalStates(new[] { "COMPLETED", "PARTIAL_SUCCESS" }, new[] { "FAILED" });

        /// <summary>The terminal value that is a success with a warning, for jobs and restores.</summary>
        public const string PartialSuccess = "PARTIAL_SUCCESS";

        /// <summary>Backups, agents and schedules are usable in this state (the only one documented).</summary>
        public const string Available = "AVAILABLE";

        /// <summary>A target-state wait: AVAILABLE succeeds, anything reading as an error fails, anything else is pending.</summary>
        public static ScpWaitStatus AvailableOrPending(string? state) =>
            string.Equals(state, Available, StringComparison.OrdinalIgnoreCase) ? ScpWaitStatus.Succeeded
            : LooksFailed(state) ? ScpWaitStatus.Failed : ScpWaitStatus.Pending;

        internal static bool LooksFailed(string? state) =>
            state != null && (state.IndexOf("ERROR", StringComparison.OrdinalIgnoreCase) >= 0 || state.IndexOf("FAIL", StringComparison.OrdinalIgnoreCase) >= 0);
    }

    /// <summary>A history state machine that ends on documented terminal values.</summary>
    public sealed class BackupTerminalStates
    {
        private readonly HashSet<string> _success;
        private readonly HashSet<string> _failure;

        public BackupTerminalStates(IEnumerable<string> success, IEnumerable<string> failure)
        {
            _success = new HashSet<string>(success, StringComparer.OrdinalIgnoreCase);
            _failure = new HashSet<string>(failure, StringComparer.OrdinalIgnoreCase);
        }

        public ScpWaitStatus Classify(string? state) =>
            state != null && _success.Contains(state) ? ScpWaitStatus.Succeeded
            : state != null && _failure.Contains(state) ? ScpWaitStatus.Failed : ScpWaitStatus.Pending;
    }
}

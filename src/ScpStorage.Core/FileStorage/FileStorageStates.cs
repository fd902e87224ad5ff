using System;
using System.Collections.Generic;
using System.Linq;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Core.FileStorage
{
    /// <summary>
    /// States of a service that documents only the state it ends in (File and Parallel File
    /// Storage: <c>available</c>, <c>active</c>). Unlike <see cref="ScpStateTable"/>, which takes
    /// an unknown state as settled, a wait here succeeds only on an explicitly named state, fails
    /// on any state starting with <c>error</c>, and keeps polling on anything else (an unknown
    /// state is never taken as "done").
    /// </summary>
    public sealed class ScpSettledStates
    {
        private readonly HashSet<string> _settled;

        public ScpSettledStates(params string[] settled)
        {
            _settled = new HashSet<string>(settled, StringComparer.OrdinalIgnoreCase);
        }

        public IReadOnlyCollection<string> Settled => _settled;

        public static bool IsError(string? state) => state != null && state.StartsWith("error", StringComparison.OrdinalIgnoreCase);

        public ScpWaitStatus Classify(string? state) =>
            IsError(state) ? ScpWaitStatus.Failed : state != null && _settled.Contains(state) ? ScpWaitStatus.Succeeded : ScpWaitStatus.Pending;

        public override string ToString() => string.Join(", ", _settled.OrderBy(s => s));
    }

    /// <summary>
    /// File Storage's states. SCP documents volume and snapshot <c>available</c>, access rule
    /// <c>active</c> and replication status <c>creating</c> only; everything else is an inference
    /// (see docs/design.md, File Storage).
    /// </summary>
    public static class FileStorageStates
    {
        public static readonly ScpSettledStates Volume = new ScpSettledStates("available");
        public static readonly ScpSettledStates Snapshot = new ScpSettledStates("available");
        public static readonly ScpSettledStates AccessRule = new ScpSettledStates("active");

        /// <summary>A replication has settled once its status is no longer <c>creating</c> (the only documented value) and not an error.</summary>
        public static ScpWaitStatus Replication(string? status) =>
            ScpSettledStates.IsError(status) ? ScpWaitStatus.Failed
            : status == null || string.Equals(status, "creating", StringComparison.OrdinalIgnoreCase) ? ScpWaitStatus.Pending
            : ScpWaitStatus.Succeeded;
    }
}

using System;
using System.Collections.Generic;

namespace ScpStorage.Core.Waiting
{
    /// <summary>
    /// One service's resource states: which are in progress, which are errors. A state in
    /// neither set is settled. Compared case-insensitively (SCP mixes <c>available</c> and <c>AVAILABLE</c>).
    /// </summary>
    public sealed class ScpStateTable
    {
        private readonly HashSet<string> _transitional;
        private readonly HashSet<string> _error;

        public ScpStateTable(IEnumerable<string> transitional, IEnumerable<string> error)
        {
            _transitional = new HashSet<string>(transitional, StringComparer.OrdinalIgnoreCase);
            _error = new HashSet<string>(error, StringComparer.OrdinalIgnoreCase);
        }

        public bool IsTransitional(string? state) => state != null && _transitional.Contains(state);
        public bool IsError(string? state) => state != null && _error.Contains(state);

        /// <summary>Classifies a state for a wait that ends when the resource settles.</summary>
        public ScpWaitStatus Settled(string? state) =>
            IsError(state) ? ScpWaitStatus.Failed : IsTransitional(state) || state == null ? ScpWaitStatus.Pending : ScpWaitStatus.Succeeded;
    }
}

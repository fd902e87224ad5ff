using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ScpStorage.Core.Reconcile
{
    /// <summary>
    /// How to find what a create asked for when its answer was lost: the candidates SCP holds now
    /// (by the name the caller gave and the parent), each with its id and creation time. The
    /// reconciler keeps those created since the call began and decides from how many there are.
    /// </summary>
    public sealed class ScpCreateLookup<T>
    {
        /// <param name="what">What was asked for, for messages: <c>volume 'data-1'</c>.</param>
        /// <param name="howToCheck">What a user runs to see for themselves: <c>Get-ScpVolume -Name 'data-1'</c>.</param>
        /// <param name="find">Lists the resources that match the request (name and parent), whatever their age.</param>
        /// <param name="id">The id of a candidate, for messages.</param>
        /// <param name="createdAt">When a candidate was created; null when SCP does not say (then it counts as new).</param>
        public ScpCreateLookup(string what, string howToCheck, Func<CancellationToken, Task<IReadOnlyList<T>>> find,
            Func<T, string> id, Func<T, DateTimeOffset?> createdAt)
        {
            What = what ?? throw new ArgumentNullException(nameof(what));
            HowToCheck = howToCheck ?? throw new ArgumentNullException(nameof(howToCheck));
            Find = find ?? throw new ArgumentNullException(nameof(find));
            Id = id ?? throw new ArgumentNullException(nameof(id));
            CreatedAt = createdAt ?? throw new ArgumentNullException(nameof(createdAt));
        }

        public string What { get; }
        public string HowToCheck { get; }
        public Func<CancellationToken, Task<IReadOnlyList<T>>> Find { get; }
        public Func<T, string> Id { get; }
        public Func<T, DateTimeOffset?> CreatedAt { get; }

        /// <summary>
        /// Set when a found resource cannot stand in for the lost answer (a transfer's auth key is
        /// only in the create's answer): the error says this instead of adopting it.
        /// </summary>
        public string? CannotAdopt { get; set; }
    }
}

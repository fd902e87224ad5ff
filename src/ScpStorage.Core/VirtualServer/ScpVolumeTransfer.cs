using System;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>
    /// A pending volume transfer. <see cref="AuthKey"/> is a credential: SCP shows it only in the
    /// create answer, and whoever holds it (with the id) can take the volume. It is never part of
    /// <see cref="ToString"/> or the default views.
    /// </summary>
    public sealed class ScpVolumeTransfer : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        public string? VolumeId { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        /// <summary>The key the receiver needs to accept the transfer; only set on the object returned by create.</summary>
        public string? AuthKey { get; internal set; }

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }
}

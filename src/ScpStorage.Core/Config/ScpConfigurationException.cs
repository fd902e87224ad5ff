using System;

namespace ScpStorage.Core.Config
{
    /// <summary>Settings are missing or contradictory; the message says what to set.</summary>
    public sealed class ScpConfigurationException : Exception
    {
        public ScpConfigurationException(string message, Exception? inner = null) : base(message, inner) { }
    }
}

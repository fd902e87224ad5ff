using System;

namespace ScpStorage.Core.Config
{
    /// <summary>Settings are missing or contradictory; the message says what to set.</summary>
    public sealed class ScpConfigurationException : Exception
    {
        public ScpConfigurationException(string message, Exception? inner = null) : base(message, inner) { }

        /// <summary>A setting given with a value that cannot work (e.g. -EndpointUrl 'not a url'); names the setting.</summary>
        public static ScpConfigurationException InvalidValue(string setting, string message) =>
            new ScpConfigurationException(message) { InvalidSetting = setting };

        /// <summary>The parameter, variable or file key whose value is invalid; null when something is missing instead.</summary>
        public string? InvalidSetting { get; private set; }
    }
}

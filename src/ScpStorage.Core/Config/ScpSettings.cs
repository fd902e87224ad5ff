using System;
using System.Collections.Generic;

namespace ScpStorage.Core.Config
{
    /// <summary>
    /// One layer of configuration as a source supplies it: any field may be missing. The
    /// resolver stacks layers (call parameters, session, environment, config files) and takes
    /// the identity whole from the first layer with a key pair (see <see cref="ScpConfigResolver"/>).
    /// </summary>
    public sealed class ScpSettings
    {
        public string? AccessKey { get; set; }
        public ScpSecret? SecretKey { get; set; }
        public string? AccountId { get; set; }
        public ScpSecret? AuthToken { get; set; }
        public string? Region { get; set; }
        public string? Environment { get; set; }
        /// <summary>Endpoint template, e.g. <c>http://127.0.0.1:8642/{service}</c>.</summary>
        public string? EndpointUrl { get; set; }
        public string? AuthUrl { get; set; }
        public string? Profile { get; set; }
        public string? Language { get; set; }
        /// <summary>Pinned API versions per service (service → version).</summary>
        public IDictionary<string, string>? ApiVersions { get; set; }
        public ScpRetryOptions? Retry { get; set; }

        /// <summary>
        /// True for the session Start-ScpEmulator sets up: a complete emulator identity and target
        /// that nothing from the environment or the files may fill.
        /// </summary>
        public bool EmulatorSession { get; set; }

        /// <summary>A shallow copy, so a session's layer can be handed to a job unchanged.</summary>
        public ScpSettings Clone() => (ScpSettings)MemberwiseClone();
    }

    /// <summary>A named layer of settings, in precedence order.</summary>
    public sealed class ScpSettingsLayer
    {
        public ScpSettingsLayer(string source, ScpSettings settings, bool selfContained = false, bool isProfile = false)
        {
            Source = source; Settings = settings; SelfContained = selfContained; IsProfile = isProfile;
        }
        /// <summary>Where the layer came from, as shown in -Debug (e.g. "environment (SCP_*)").</summary>
        public string Source { get; }
        public ScpSettings Settings { get; }
        /// <summary>A profile or the emulator session: when it gives the identity, no lower layer adds anything.</summary>
        public bool SelfContained { get; }
        /// <summary>A named profile's files (~/.scpconf/profiles/NAME).</summary>
        public bool IsProfile { get; }
        /// <summary>The folder of a files layer (default files or a profile); null for other layers.</summary>
        public string? Folder { get; set; }
        /// <summary>Things the user should fix that do not stop the call (e.g. a world-readable credentials file).</summary>
        public IList<string> Warnings { get; } = new List<string>();
    }
}

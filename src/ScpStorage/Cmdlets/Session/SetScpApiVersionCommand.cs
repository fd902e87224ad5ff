using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.Config;
using ScpStorage.Session;

namespace ScpStorage.Cmdlets.Session
{
    /// <summary>
    /// Pins the API version sent to one SCP service for this session (or removes the pin).
    /// A pinned version past its Not Before date draws a warning on every call.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ScpApiVersion", DefaultParameterSetName = Pin)]
    [OutputType(typeof(ScpApiVersion))]
    public sealed class SetScpApiVersionCommand : PSCmdlet
    {
        private const string Pin = "Pin";
        private const string Unpin = "Unpin";

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateSet(ScpApiVersions.VirtualServer, ScpApiVersions.BareMetalBlockStorage, ScpApiVersions.FileStorage,
            ScpApiVersions.ParallelFileStorage, ScpApiVersions.Backup, ScpApiVersions.ArchiveStorage)]
        public string Service { get; set; } = "";

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = Pin)]
        [ValidatePattern(@"^\d+\.\d+$")]
        [ArgumentCompleter(typeof(Completion.ApiVersionCompleter))]
        public string Version { get; set; } = "";

        /// <summary>Remove the pin: the service's CURRENT version is used again.</summary>
        [Parameter(Mandatory = true, ParameterSetName = Unpin)]
        public SwitchParameter Current { get; set; }

        protected override void EndProcessing()
        {
            Service = Service.ToLowerInvariant(); // pins are keyed by SCP's own lower-case service names
            var settings = ScpModuleState.Current.Settings ??= new ScpSettings();
            var pins = settings.ApiVersions == null ? new Dictionary<string, string>() : new Dictionary<string, string>(settings.ApiVersions);
            if (ParameterSetName == Unpin)
            {
                pins.Remove(Service);
                settings.ApiVersions = pins;
                WriteObject(ScpApiVersions.Current(Service));
                return;
            }
            var known = ScpApiVersions.Find(Service, Version);
            if (known == null)
                WriteWarning($"SCP does not document version {Version} of {Service}. Known: {string.Join(", ", ScpApiVersions.Of(Service).Select(v => v.Version))}.");
            else if (known.IsExpired(System.DateTimeOffset.UtcNow))
                WriteWarning($"{known.HeaderValue} is past its Not Before date ({known.NotBefore:yyyy-MM-dd}); SCP no longer serves it.");
            pins[Service] = Version;
            settings.ApiVersions = pins;
            WriteObject(known ?? new ScpApiVersion(Service, Version, false, null));
        }
    }
}

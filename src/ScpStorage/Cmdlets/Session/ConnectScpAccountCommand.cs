using System.Management.Automation;
using System.Net;
using System.Security;
using ScpStorage.Core.Config;
using ScpStorage.Errors;
using ScpStorage.Session;

namespace ScpStorage.Cmdlets.Session
{
    /// <summary>
    /// Sets the credentials, region, environment and endpoint that later calls in this session
    /// use, from parameters or from a stored profile. Sends no request: it checks that the
    /// settings are complete and shows the resulting context.
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "ScpAccount", DefaultParameterSetName = ByKeys)]
    [OutputType(typeof(ScpContext))]
    public sealed class ConnectScpAccountCommand : PSCmdlet
    {
        private const string ByKeys = "ByKeys";
        private const string ByProfile = "ByProfile";

        [Parameter(ParameterSetName = ByKeys, Position = 0)]
        public string? AccessKey { get; set; }

        [Parameter(ParameterSetName = ByKeys, Position = 1)]
        public SecureString? SecretKey { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ByProfile)]
        [ArgumentCompleter(typeof(Completion.ProfileCompleter))]
        public string Profile { get; set; } = "";

        [Parameter]
        public string? AccountId { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(Completion.RegionCompleter))]
        public string? Region { get; set; }

        [Parameter]
        [ValidateSet("s", "g", "e", IgnoreCase = true)]
        public string? Environment { get; set; }

        /// <summary>Endpoint template, e.g. http://127.0.0.1:8642/{service} for the emulator.</summary>
        [Parameter]
        public string? EndpointUrl { get; set; }

        [Parameter]
        public SecureString? AuthToken { get; set; }

        [Parameter]
        [ValidateSet("en-US", "ko-KR")]
        public string? Language { get; set; }

        protected override void EndProcessing()
        {
            var state = ScpModuleState.Current;
            var previous = state.Settings;
            // An account id or token belongs to one key pair; given alone it would be attached to
            // keys from another source, which the identity rule forbids.
            if ((AccessKey == null || SecretKey == null) && (AccountId != null || AuthToken != null))
            {
                ThrowTerminatingError(new ErrorRecord(new PSArgumentException(
                    $"-{(AccountId != null ? "AccountId" : "AuthToken")} belongs to a key pair: give -AccessKey and -SecretKey with it, or put all of them in a profile."),
                    "ScpIdentityIncomplete", ErrorCategory.InvalidArgument, null));
                return;
            }
            var settings = new ScpSettings
            {
                AccessKey = AccessKey, AccountId = AccountId, Region = Region, Environment = Environment?.ToLowerInvariant(),
                EndpointUrl = EndpointUrl, Language = Language, Profile = ParameterSetName == ByProfile ? Profile : null,
                SecretKey = Secret(SecretKey), AuthToken = Secret(AuthToken),
                // Retry settings and version pins are session choices of their own; a new login keeps them.
                Retry = previous?.Retry, ApiVersions = previous?.ApiVersions,
            };
            ScpConnection connection;
            try
            {
                connection = ScpConfigResolver.ForProcess().Resolve(null, settings);
            }
            catch (ScpConfigurationException e)
            {
                ThrowTerminatingError(ScpErrorRecords.From(e, null));
                return;
            }
            foreach (var warning in connection.Warnings) WriteWarning(warning);
            state.Settings = settings;
            WriteVerbose($"Connected: {connection}; identity from {connection.IdentitySource}.");
            WriteObject(new ScpContext(connection));
        }

        private static ScpSecret? Secret(SecureString? s) => s == null ? null : new ScpSecret(new NetworkCredential("", s).Password);
    }
}

using System.Management.Automation;
using ScpStorage.Session;

namespace ScpStorage.Cmdlets.Session
{
    /// <summary>Forgets the session's credentials and settings (environment variables and files still apply).</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "ScpAccount")]
    [OutputType(typeof(void))]
    public sealed class DisconnectScpAccountCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            var state = ScpModuleState.Current;
            if (state.Settings == null) WriteVerbose("No session settings to clear.");
            // Credentials and endpoints go; retry policy and version pins are session choices that stay.
            state.Settings = state.Settings == null ? null : new Core.Config.ScpSettings { Retry = state.Settings.Retry, ApiVersions = state.Settings.ApiVersions };
        }
    }
}

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
            state.Settings = null;
        }
    }
}

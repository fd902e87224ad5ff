using System.Management.Automation;
using ScpStorage.Core.Config;
using ScpStorage.Session;

namespace ScpStorage.Cmdlets.Emulator
{
    /// <summary>
    /// Stops the emulator this session started, disconnects the session from it, and says which
    /// identity calls use from now on (never a silent fall-back to production settings).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "ScpEmulator", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class StopScpEmulatorCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            var state = ScpModuleState.Current;
            var emulator = state.Emulator;
            if (emulator == null)
            {
                WriteVerbose("No emulator was started by this session.");
                return;
            }
            if (!ShouldProcess(emulator.BaseUrl, "Stop the ScpStorage emulator")) return;
            if (!emulator.Stop()) WriteWarning($"The emulator at {emulator.BaseUrl} did not stop when asked and was ended forcibly.");
            state.Emulator = null;
            if (state.Settings != null && state.Settings.EmulatorSession)
                state.Settings = new ScpSettings { Retry = state.Settings.Retry, ApiVersions = state.Settings.ApiVersions };
            WriteVerbose($"Emulator at {emulator.BaseUrl} stopped.");
            ReportIdentityNowInForce(state.Settings);
        }

        /// <summary>A warning when another identity takes over (it may be production); Verbose when none is configured.</summary>
        private void ReportIdentityNowInForce(ScpSettings? session)
        {
            ScpConnection now;
            try { now = ScpConfigResolver.ForProcess().Resolve(null, session); }
            catch (ScpConfigurationException)
            {
                WriteVerbose("No SCP identity is configured now: calls need Connect-ScpAccount, SCP_* variables or ~/.scpconf.");
                return;
            }
            WriteWarning($"The session no longer uses the emulator. Calls now use access key {now.AccessKey} from {now.IdentitySource}, " +
                $"region {now.Region} in environment {now.Environment}, at {now.DescribeTarget()}.");
        }
    }
}

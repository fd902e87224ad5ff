using System.Management.Automation;
using ScpStorage.Session;

namespace ScpStorage.Cmdlets.Emulator
{
    /// <summary>Stops the emulator this session started and disconnects the session from it.</summary>
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
            if (state.Settings?.EndpointUrl == emulator.EndpointUrl)
                state.Settings = new Core.Config.ScpSettings { Retry = state.Settings.Retry, ApiVersions = state.Settings.ApiVersions };
            WriteVerbose($"Emulator at {emulator.BaseUrl} stopped.");
        }
    }
}

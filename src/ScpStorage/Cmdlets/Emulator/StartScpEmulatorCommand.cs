using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Threading;
using ScpStorage.Core.Config;
using ScpStorage.Errors;
using ScpStorage.Session;

namespace ScpStorage.Cmdlets.Emulator
{
    /// <summary>
    /// Starts the bundled SCP emulator as a child process on a free loopback port, waits until
    /// it answers, and points this session at it with the demo key pair.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "ScpEmulator", SupportsShouldProcess = true)]
    [OutputType(typeof(ScpEmulatorInfo))]
    public sealed class StartScpEmulatorCommand : PSCmdlet
    {
        private readonly CancellationTokenSource _cts = new CancellationTokenSource();

        /// <summary>Port to listen on; 0 (the default) picks a free one.</summary>
        [Parameter]
        [ValidateRange(0, 65535)]
        public int Port { get; set; }

        /// <summary>SQLite file holding the emulator's state (kept across restarts).</summary>
        [Parameter]
        public string? DatabasePath { get; set; }

        /// <summary>Keep state in a SQLite file (DatabasePath, or scpstorage-emulator.db in the temp folder) instead of memory.</summary>
        [Parameter]
        public SwitchParameter Persistent { get; set; }

        /// <summary>How long transitional states (creating, attaching, ...) last, in milliseconds.</summary>
        [Parameter]
        [ValidateRange(0, 600000)]
        public int TransitionDelayMilliseconds { get; set; } = 2000;

        [Parameter]
        [ValidateRange(0, 1000000)]
        public int SeedVolumes { get; set; }

        [Parameter]
        [ValidateRange(0, 1000000)]
        public int SeedSnapshots { get; set; }

        /// <summary>The emulator's dll or folder (default: the one shipped in the module's emulator folder).</summary>
        [Parameter]
        public string? EmulatorPath { get; set; }

        [Parameter]
        [ValidateRange(1, 600)]
        public int StartTimeoutSeconds { get; set; } = 60;

        protected override void StopProcessing() => _cts.Cancel();

        protected override void EndProcessing()
        {
            var state = ScpModuleState.Current;
            if (state.Emulator != null && !state.Emulator.HasExited)
            {
                WriteError(new ErrorRecord(new InvalidOperationException($"An emulator started by this session is already running at {state.Emulator.BaseUrl}. Stop it with Stop-ScpEmulator first."),
                    "ScpEmulatorAlreadyRunning", ErrorCategory.ResourceExists, state.Emulator.BaseUrl));
                return;
            }
            string dll;
            try { dll = ScpEmulatorProcess.Locate(MyInvocation.MyCommand.Module?.ModuleBase ?? AppContext.BaseDirectory, EmulatorPath); }
            catch (FileNotFoundException e) { ThrowTerminatingError(new ErrorRecord(e, "ScpEmulatorNotFound", ErrorCategory.ObjectNotFound, EmulatorPath)); return; }

            string? db = Persistent || DatabasePath != null
                ? GetUnresolvedProviderPathFromPSPath(DatabasePath ?? Path.Combine(Path.GetTempPath(), "scpstorage-emulator.db"))
                : null;
            if (!ShouldProcess(db ?? "in-memory state", "Start the ScpStorage emulator")) return;
            if (Port != 0 && !ScpEmulatorProcess.IsPortFree(Port))
            {
                ThrowTerminatingError(new ErrorRecord(new InvalidOperationException(
                        $"Port {Port} on 127.0.0.1 is already in use. Choose another -Port, or leave it out to use a free one."),
                    "ScpEmulatorPortInUse", ErrorCategory.ResourceUnavailable, Port));
                return;
            }

            var args = new List<string>
            {
                "--host", "127.0.0.1", "--port", Port.ToString(CultureInfo.InvariantCulture),
                "--access-key", ScpEmulatorProcess.DemoAccessKey, "--account-id", ScpEmulatorProcess.DemoAccountId,
                // The emulator ends with this process even when it is killed and runs no exit hook.
                "--parent-pid", System.Diagnostics.Process.GetCurrentProcess().Id.ToString(CultureInfo.InvariantCulture),
                "--transition-delay", TransitionDelayMilliseconds.ToString(CultureInfo.InvariantCulture),
                "--seed-volumes", SeedVolumes.ToString(CultureInfo.InvariantCulture),
                "--seed-snapshots", SeedSnapshots.ToString(CultureInfo.InvariantCulture),
            };
            if (db != null) { args.Add("--db"); args.Add("\"" + db + "\""); } else args.Add("--in-memory");

            // The secret travels in the child's environment, never on its command line (visible in ps).
            var environment = new Dictionary<string, string> { ["SCP_EMULATOR_SECRET_KEY"] = ScpEmulatorProcess.DemoSecretKey };
            WriteVerbose($"Starting {dll} {string.Join(" ", args)}");
            ScpEmulatorProcess emulator;
            try
            {
                emulator = ScpEmulatorProcess.Start(dll, string.Join(" ", args), environment, TimeSpan.FromSeconds(StartTimeoutSeconds), _cts.Token);
            }
            catch (Exception e) when (e is InvalidOperationException || e is TimeoutException || e is System.ComponentModel.Win32Exception)
            {
                ThrowTerminatingError(new ErrorRecord(e, "ScpEmulatorStartFailed", ErrorCategory.OpenError, dll));
                return;
            }
            state.Emulator = emulator;
            var previous = state.Settings;
            state.Settings = new ScpSettings
            {
                AccessKey = ScpEmulatorProcess.DemoAccessKey, SecretKey = new ScpSecret(ScpEmulatorProcess.DemoSecretKey),
                AccountId = ScpEmulatorProcess.DemoAccountId, Region = "kr-west1", Environment = "e",
                EndpointUrl = emulator.EndpointUrl, Retry = previous?.Retry, ApiVersions = previous?.ApiVersions,
                // A complete identity and target of its own: no token, account or endpoint from
                // the environment or ~/.scpconf ever reaches the emulator.
                EmulatorSession = true,
            };
            WriteVerbose($"Emulator listening on {emulator.BaseUrl}; this session now uses it (endpoint {emulator.EndpointUrl}).");
            WriteObject(new ScpEmulatorInfo(emulator, ScpEmulatorProcess.DemoAccessKey, ScpEmulatorProcess.DemoAccountId, db));
        }
    }
}

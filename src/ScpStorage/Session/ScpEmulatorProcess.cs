using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;

namespace ScpStorage.Session
{
    /// <summary>
    /// The bundled emulator running as a child process: started with `dotnet`, ready once it
    /// printed its address and answers /_emulator/health, stopped with its process tree.
    /// </summary>
    public sealed class ScpEmulatorProcess
    {
        public const string DemoAccessKey = "demo-access-key";
        public const string DemoSecretKey = "demo-secret-key";
        public const string DemoAccountId = "demo-account";

        private static readonly Regex Listening = new Regex(@"listening on (http://\S+)", RegexOptions.IgnoreCase);
        private readonly Process _process;

        // Emulators this process started: ended when the process exits, so closing pwsh never
        // leaves an emulator running in the background.
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Process> Running =
            new System.Collections.Concurrent.ConcurrentDictionary<int, Process>();
        private static int _exitHooked;

        private ScpEmulatorProcess(Process process, string baseUrl)
        {
            _process = process; BaseUrl = baseUrl;
            Running[process.Id] = process;
            if (Interlocked.Exchange(ref _exitHooked, 1) == 0)
                AppDomain.CurrentDomain.ProcessExit += (_, __) => { foreach (var p in Running.Values) Kill(p); };
        }

        public string BaseUrl { get; }
        public int ProcessId => _process.Id;
        public bool HasExited => _process.HasExited;
        /// <summary>The emulator keeps one state per region and environment, named by a path prefix
        /// (its <c>RegionPrefix</c>), so `-Region kr-east1` reaches kr-east1's state.</summary>
        public string EndpointUrl => BaseUrl + "/{environment}/{region}/{service}";

        /// <summary>Finds the emulator next to the module (emulator/ScpStorage.Emulator.dll).</summary>
        public static string Locate(string moduleBase, string? path)
        {
            var candidate = path ?? System.Environment.GetEnvironmentVariable("SCP_EMULATOR_PATH")
                ?? Path.Combine(moduleBase, "emulator", "ScpStorage.Emulator.dll");
            if (Directory.Exists(candidate)) candidate = Path.Combine(candidate, "ScpStorage.Emulator.dll");
            if (!File.Exists(candidate))
                throw new FileNotFoundException($"The ScpStorage emulator was not found at '{candidate}'. Build the module (dotnet build) or pass -EmulatorPath.", candidate);
            return candidate;
        }

        /// <param name="environment">Variables for the child only: the secret key travels here, never on
        /// the command line, which every user of the machine can read (ps, /proc/PID/cmdline).</param>
        public static ScpEmulatorProcess Start(string dll, string arguments, System.Collections.Generic.IDictionary<string, string> environment,
            TimeSpan timeout, CancellationToken ct)
        {
            var info = new ProcessStartInfo(DotnetHost(), $"\"{dll}\" {arguments}")
            {
                UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, CreateNoWindow = true,
                WorkingDirectory = Path.GetDirectoryName(dll),
            };
            foreach (var kv in environment) info.Environment[kv.Key] = kv.Value;
            var process = Process.Start(info) ?? throw new InvalidOperationException("The emulator process could not be started.");
            var address = new TaskCompletionSourceString();
            var stderr = new System.Text.StringBuilder();
            process.OutputDataReceived += (_, e) => { var m = e.Data == null ? null : Listening.Match(e.Data); if (m != null && m.Success) address.Set(m.Groups[1].Value.TrimEnd('/')); };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (stderr) stderr.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var deadline = DateTime.UtcNow + timeout;
            string? url = null;
            while (url == null)
            {
                if (process.HasExited)
                {
                    process.WaitForExit(); // drains the redirected streams
                    throw new InvalidOperationException($"The emulator exited with code {process.ExitCode}: {LastLine(stderr)}");
                }
                if (DateTime.UtcNow > deadline || ct.IsCancellationRequested) { Kill(process); throw new TimeoutException("The emulator did not report its address in time."); }
                url = address.Wait(100);
            }
            var emulator = new ScpEmulatorProcess(process, url);
            emulator.WaitHealthy(deadline, ct);
            return emulator;
        }

        /// <summary>
        /// Asks the emulator to shut down (it flushes its state and releases the port), and only
        /// kills it when it has not exited within <paramref name="grace"/>. True when it stopped cleanly.
        /// </summary>
        public bool Stop(TimeSpan? grace = null)
        {
            Running.TryRemove(_process.Id, out _);
            if (_process.HasExited) return true;
            try
            {
                using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) })
                    http.PostAsync(BaseUrl + "/_emulator/shutdown", new StringContent("")).GetAwaiter().GetResult().Dispose();
                if (_process.WaitForExit((int)(grace ?? TimeSpan.FromSeconds(5)).TotalMilliseconds)) return true;
            }
            catch (Exception e) when (e is HttpRequestException || e is System.Threading.Tasks.TaskCanceledException) { }
            Kill(_process);
            _process.WaitForExit(10000);
            return false;
        }

        private void WaitHealthy(DateTime deadline, CancellationToken ct)
        {
            using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) })
            {
                while (true)
                {
                    try
                    {
                        if (http.GetAsync(BaseUrl + "/_emulator/health", ct).GetAwaiter().GetResult().IsSuccessStatusCode) return;
                    }
                    catch (HttpRequestException) { }
                    catch (System.Threading.Tasks.TaskCanceledException) when (!ct.IsCancellationRequested) { }
                    if (DateTime.UtcNow > deadline || ct.IsCancellationRequested) { Stop(); throw new TimeoutException("The emulator did not answer its health check in time."); }
                    Thread.Sleep(100);
                }
            }
        }

        /// <summary>The emulator reports a start failure in its last line (one line such as "Port 8642 … is already in use").</summary>
        private static string LastLine(System.Text.StringBuilder stderr)
        {
            string text;
            lock (stderr) text = stderr.ToString();
            var lines = text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries);
            return lines.Length == 0 ? "(no message)" : lines[lines.Length - 1].Trim();
        }

        /// <summary>True when nothing listens on <paramref name="port"/> of the loopback address.</summary>
        public static bool IsPortFree(int port)
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            try { listener.Start(); return true; }
            catch (System.Net.Sockets.SocketException) { return false; }
            finally { listener.Stop(); }
        }

        private static void Kill(Process p)
        {
            try { p.Kill(); } catch (InvalidOperationException) { } catch (System.ComponentModel.Win32Exception) { }
        }

        /// <summary>The dotnet host: the SDK's own when running under it, else `dotnet` on PATH.</summary>
        private static string DotnetHost()
        {
            var host = System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host!;
            var root = System.Environment.GetEnvironmentVariable("DOTNET_ROOT");
            if (!string.IsNullOrEmpty(root))
            {
                var exe = Path.Combine(root, System.Environment.OSVersion.Platform == PlatformID.Win32NT ? "dotnet.exe" : "dotnet");
                if (File.Exists(exe)) return exe;
            }
            return "dotnet";
        }

        /// <summary>A one-shot signal carrying the address line from the output reader thread.</summary>
        private sealed class TaskCompletionSourceString
        {
            private readonly ManualResetEventSlim _set = new ManualResetEventSlim();
            private string? _value;
            public void Set(string value) { if (_value == null) { _value = value; _set.Set(); } }
            public string? Wait(int ms) => _set.Wait(ms) ? _value : null;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Config;
using ScpStorage.Core.Http;
using ScpStorage.Errors;
using ScpStorage.Execution;
using ScpStorage.Session;

namespace ScpStorage.Cmdlets
{
    /// <summary>
    /// Base of every cmdlet that calls SCP. Owns, in one place: per-call settings and their
    /// resolution against the session, environment and files; cancellation from Ctrl+C;
    /// Verbose/Debug/Warning output from Core; error records; and the single execution path
    /// (<see cref="Run"/>) that runs work now or, in <see cref="ScpJobCmdlet"/>, in a job.
    /// </summary>
    public abstract class ScpCmdlet : PSCmdlet
    {
        private readonly CancellationTokenSource _cts = new CancellationTokenSource();
        private ScpConnection? _connection;
        private PipelineOutput? _output;

        /// <summary>Named profile (~/.scpconf/profiles/NAME) for this call.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(Completion.ProfileCompleter))]
        public string? Profile { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(Completion.RegionCompleter))]
        public string? Region { get; set; }

        [Parameter]
        [ValidateSet("s", "g", "e", IgnoreCase = true)]
        public string? Environment { get; set; }

        /// <summary>Endpoint template for this call, e.g. http://127.0.0.1:8642/{service}.</summary>
        [Parameter]
        public string? EndpointUrl { get; set; }

        [Parameter]
        public string? AccessKey { get; set; }

        [Parameter]
        public SecureString? SecretKey { get; set; }

        [Parameter]
        public string? AccountId { get; set; }

        /// <summary>Attempts after the first for retriable failures (0 = no retry) for this call.</summary>
        [Parameter]
        [ValidateRange(0, 20)]
        public int? MaximumRetryCount { get; set; }

        /// <summary>Cancelled when the user presses Ctrl+C (StopProcessing).</summary>
        protected CancellationToken CancelToken => _cts.Token;

        /// <summary>Writes from any thread, replayed on the pipeline thread.</summary>
        internal PipelineOutput Output => _output ??= new PipelineOutput(this, _cts.Token);

        /// <summary>The resolved connection of this call (resolved once; a terminating error if incomplete).</summary>
        protected ScpConnection Connection => _connection ??= ResolveConnection();

        /// <summary>
        /// The connection for a piped object: its own region and environment unless this call
        /// names them, so an object goes back to where it came from.
        /// </summary>
        protected internal ScpConnection ConnectionFor(Core.ScpResource? resource)
        {
            var c = Connection;
            if (resource == null || string.IsNullOrEmpty(resource.Region)) return c;
            var region = Region ?? resource.Region;
            var environment = Environment ?? resource.Environment;
            if (string.Equals(region, c.Region, StringComparison.OrdinalIgnoreCase) && string.Equals(environment, c.Environment, StringComparison.OrdinalIgnoreCase))
                return c;
            var key = region + "/" + environment;
            if (!_byLocation.TryGetValue(key, out var other))
            {
                var call = CallSettings();
                call.Region = region; call.Environment = environment;
                other = ScpConfigResolver.ForProcess().Resolve(call, ScpModuleState.Current.Settings);
                _byLocation[key] = other;
            }
            return other;
        }

        private readonly Dictionary<string, ScpConnection> _byLocation = new Dictionary<string, ScpConnection>(StringComparer.OrdinalIgnoreCase);

        /// <summary>A client for this call whose log lines reach Verbose/Debug/Warning.</summary>
        protected ScpClient CallClient => ClientFor(Connection);

        protected override void StopProcessing() => _cts.Cancel();

        /// <summary>
        /// Runs one confirmed unit of work: now, on the thread pool, with its output replayed
        /// here; a failure becomes a non-terminating error for this input only.
        /// </summary>
        protected virtual void Run(ScpWorkItem item)
        {
            var context = new ScpWorkContext(item.Connection ?? Connection, Output, WaitOptions, CancelToken);
            var task = Task.Run(() => item.Work(context));
            Output.Pump(task);
            if (task.IsFaulted) WriteError(ScpErrorRecords.From(task.Exception!.GetBaseException(), item.Target));
            else if (task.IsCanceled) throw new PipelineStoppedException();
        }

        /// <summary>Wait settings of this call; null when the cmdlet does not wait.</summary>
        protected virtual Core.Waiting.ScpWaitOptions? WaitOptions => null;

        /// <summary>Runs a read now and returns its result; failures surface as exceptions to the caller.</summary>
        protected T Invoke<T>(Func<ScpClient, CancellationToken, Task<T>> call)
        {
            var client = CallClient;
            return InvokeCall(ct => call(client, ct));
        }

        /// <summary>Runs a call on the thread pool, replaying its output here, and returns its result.</summary>
        internal T InvokeCall<T>(Func<CancellationToken, Task<T>> call)
        {
            var task = StartHere(call, CancelToken);
            Output.Pump(task);
            if (task.IsCanceled) throw new PipelineStoppedException();
            return task.GetAwaiter().GetResult();
        }

        /// <summary>
        /// Starts an asynchronous call on this (pipeline) thread: it runs here up to its first real
        /// wait, usually the HTTP answer, which saves a hop to the thread pool on every call; where the
        /// runtime can, the HTTP exchange itself is done here synchronously (ScpBlockingSend), as this
        /// thread would only wait for it. Calls that do long synchronous work wrap it in ScpBlockingWork.Start
        /// themselves. No synchronization context
        /// is captured, so no continuation can queue behind this thread while it pumps.
        /// </summary>
        private static Task<T> StartHere<T>(Func<CancellationToken, Task<T>> call, CancellationToken token)
        {
            var context = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(null);
            try { return Core.Http.ScpBlockingSend.On(() => call(token)) ?? throw new InvalidOperationException("The call returned no task."); }
            catch (OperationCanceledException) when (token.IsCancellationRequested) { return Task.FromCanceled<T>(token); }
            catch (Exception e) { return Task.FromException<T>(e); }
            finally { SynchronizationContext.SetSynchronizationContext(context); }
        }

        /// <summary><see cref="Invoke{T}"/> for helpers that resolve targets on behalf of a cmdlet.</summary>
        internal T InvokeCall<T>(Func<ScpClient, CancellationToken, Task<T>> call) => Invoke(call);

        /// <summary>The cancellation token, for helpers that resolve targets on behalf of a cmdlet.</summary>
        internal CancellationToken CancellationToken => CancelToken;

        /// <summary>
        /// The typed client of a service (registered in <see cref="Shared.ScpServices"/>) for this
        /// call, or for <paramref name="at"/> (a piped object's own connection). The factory is a
        /// static field per client type: no lookup or reflection per call.
        /// </summary>
        internal TClient Client<TClient>(ScpConnection? at = null) where TClient : class =>
            Shared.ScpServices.Of<TClient>.Service.Create(ClientFor(at ?? Connection));

        /// <summary>The typed client of a service for a piped object's own region (this call's when null).</summary>
        internal TClient ClientOf<TClient>(Core.ScpResource? resource) where TClient : class =>
            Client<TClient>(resource == null ? null : ConnectionFor(resource));

        /// <summary>A client for another connection with this call's log sink and levels.</summary>
        internal ScpClient ClientFor(ScpConnection connection) => new ScpClient(connection, Output.Log, isEnabled: Output.IsEnabled);

        /// <summary>
        /// Runs a listing on a worker while this (pipeline) thread writes what it produces: items,
        /// and Verbose/Debug/Warning/Progress as they happen (a page waiting on a retry shows its
        /// retry message at once). The output queue is bounded, so a fast listing waits for a slow
        /// pipeline and memory stays flat. A failure is one error record for
        /// <paramref name="errorTarget"/>; when the pipeline stops downstream (Select-Object
        /// -First), the worker is cancelled.
        /// </summary>
        internal void RunListing(Action<IScpOutput> list, object? errorTarget)
        {
            var output = Output; // created here: it reads the call's preferences on the pipeline thread
            var task = Core.Threading.ScpBlockingWork.Start(() => list(output), CancelToken); // it blocks for the whole listing: not on a pool thread
            try { Output.Pump(task); }
            finally { if (!task.IsCompleted) _cts.Cancel(); }
            if (task.IsFaulted)
            {
                var e = task.Exception!.GetBaseException();
                if (e is OperationCanceledException && CancelToken.IsCancellationRequested) throw new PipelineStoppedException();
                WriteError(ScpErrorRecords.From(e, errorTarget));
            }
            else if (task.IsCanceled) throw new PipelineStoppedException();
        }

        /// <summary>
        /// ShouldProcess with -Force: -Force skips the confirmation prompt but never -WhatIf,
        /// and an explicit -Confirm still asks.
        /// </summary>
        protected bool ShouldProcess(string target, string action, bool force)
        {
            var whatIf = MyInvocation.BoundParameters.TryGetValue("WhatIf", out var w) ? ((SwitchParameter)w).IsPresent
                : LanguagePrimitives.IsTrue(SessionState.PSVariable.GetValue("WhatIfPreference"));
            if (force && !whatIf && !MyInvocation.BoundParameters.ContainsKey("Confirm"))
            {
                WriteVerbose($"{action} on \"{target}\" (-Force: not asking for confirmation).");
                return true;
            }
            return ShouldProcess(target, action);
        }

        /// <summary>Writes a failure of one input as a non-terminating error.</summary>
        protected void WriteScpError(Exception e, object? target) => WriteError(ScpErrorRecords.From(e, target));

        /// <summary>This call's parameters as the top configuration layer.</summary>
        protected ScpSettings CallSettings()
        {
            var s = new ScpSettings
            {
                Profile = Profile, Region = Region, Environment = Environment?.ToLowerInvariant(), EndpointUrl = EndpointUrl,
                AccessKey = AccessKey, AccountId = AccountId,
                SecretKey = SecretKey == null ? null : new ScpSecret(new NetworkCredential("", SecretKey).Password),
            };
            if (MaximumRetryCount.HasValue)
            {
                var baseline = ScpModuleState.Current.Settings?.Retry ?? ScpRetryOptions.Default;
                s.Retry = new ScpRetryOptions(MaximumRetryCount.Value + 1, baseline.BaseDelay, baseline.MaxDelay, baseline.MaxTotalTime);
            }
            return s;
        }

        private ScpConnection ResolveConnection()
        {
            try
            {
                var connection = ScpConfigResolver.ForProcess().Resolve(CallSettings(), ScpModuleState.Current.Settings);
                // The sources text is only built when someone reads Debug (it runs on every call).
                if (Output.IsEnabled(Core.Logging.ScpLogLevel.Debug)) WriteDebug("SCP settings: " + connection.DescribeSources());
                foreach (var warning in connection.Warnings) WriteWarning(warning);
                return connection;
            }
            catch (ScpConfigurationException e)
            {
                ThrowTerminatingError(ScpErrorRecords.From(e, null));
                throw; // not reached: ThrowTerminatingError always throws
            }
        }

        protected override void EndProcessing() => _output?.Drain();
    }
}

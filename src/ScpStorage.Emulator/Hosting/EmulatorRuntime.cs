using System;
using System.Linq;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using System.Globalization;
using ScpStorage.Emulator.Services;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator;

/// <summary>Everything the middleware, admin routes and service handlers share for one host.</summary>
internal sealed class EmulatorRuntime : IDisposable
{
    public EmulatorRuntime(EmulatorOptions options, Func<Func<DateTimeOffset>> clock)
    {
        Options = options;
        _clock = clock;
        DefaultScope = RegionScope.Parse(options.DefaultEnvironment, options.DefaultRegion, out var error)
            ?? throw new ArgumentException(error, nameof(options));
    }

    private readonly Func<Func<DateTimeOffset>> _clock;
    private readonly ConcurrentDictionary<RegionScope, ResourceStore> _stores = new();
    private readonly object _opening = new();
    // The scope of the request being handled. An AsyncLocal rather than a parameter so that the
    // service handlers (every `rt.Store` call) stay unaware of regions: a new service gets
    // per-region state for free. Set by ApiMiddleware for the request's own async flow only.
    private readonly AsyncLocal<RegionScope?> _current = new();

    public EmulatorOptions Options { get; }
    /// <summary>The region requests without a <c>/{environment}/{region}</c> prefix act on.</summary>
    public RegionScope DefaultScope { get; }
    /// <summary>The scope of the current request (the default scope outside a request).</summary>
    public RegionScope Scope => _current.Value ?? DefaultScope;
    /// <summary>The state of the current request's region and environment.</summary>
    public ResourceStore Store => StoreOf(Scope);
    public RequestLog Log { get; } = new();
    public FaultOptions Faults => Options.Faults;
    public ServiceRegistry Services { get; } = new();

    private readonly TaskCompletionSource _shutdown = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a client asked the emulator to stop (POST /_emulator/shutdown).</summary>
    public Task ShutdownRequested => _shutdown.Task;

    public void RequestShutdown() => _shutdown.TrySetResult();

    /// <summary>The emulator clock (the host's <see cref="EmulatorHost.Clock"/>, read each time so tests can move it).</summary>
    public DateTimeOffset Now() => _clock()();

    /// <summary>When a transition started now completes, in Unix ms.</summary>
    public long DueAt() => Now().Add(Options.TransitionDelay).ToUnixTimeMilliseconds();

    /// <summary>Timestamps in the style of SCP's volume payloads: <c>2026-02-11T06:44:40.281Z</c>.</summary>
    public string Timestamp() => Format(Now());

    public static string Format(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Makes <paramref name="scope"/> current until the result is disposed (in this async flow).</summary>
    public IDisposable Use(RegionScope scope)
    {
        var previous = _current.Value;
        _current.Value = scope;
        return new Restore(() => _current.Value = previous);
    }

    /// <summary>
    /// The store of a scope, opened on first use with every service's fixed data, so a region
    /// nobody called costs nothing.
    /// </summary>
    public ResourceStore StoreOf(RegionScope scope)
    {
        if (_stores.TryGetValue(scope, out var store)) return store;
        lock (_opening)
        {
            if (_stores.TryGetValue(scope, out store)) return store;
            store = new ResourceStore(scope.DatabasePath(Options.DatabasePath, scope == DefaultScope), Now, Services.All.SelectMany(s => s.ListShapes));
            _stores[scope] = store;
            using (Use(scope))
                foreach (var service in Services.All) service.Initialize(this);
            return store;
        }
    }

    public void Dispose()
    {
        lock (_opening)
        {
            foreach (var store in _stores.Values) store.Dispose();
            _stores.Clear();
        }
    }

    private sealed class Restore : IDisposable
    {
        private Action? _undo;
        public Restore(Action undo) => _undo = undo;
        public void Dispose() { _undo?.Invoke(); _undo = null; }
    }
}

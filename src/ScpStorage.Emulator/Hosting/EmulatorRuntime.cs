using System;
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
        Store = new ResourceStore(options.DatabasePath, Now);
    }

    private readonly Func<Func<DateTimeOffset>> _clock;

    public EmulatorOptions Options { get; }
    public ResourceStore Store { get; }
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

    public void Dispose() => Store.Dispose();
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ScpStorage.Emulator.Admin;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Services;

namespace ScpStorage.Emulator;

/// <summary>
/// A running emulator: Kestrel on loopback (by default) with SQLite state. Start one per test
/// class with <c>Port = 0</c> and in-memory state, point the client's endpoint template at
/// <see cref="EndpointTemplate"/>, and use <see cref="Requests"/> as the witness of what was sent.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorRuntime _runtime;
    private int _stopped;

    private EmulatorHost(WebApplication app, EmulatorRuntime runtime, string baseUrl)
    {
        _app = app;
        _runtime = runtime;
        BaseUrl = baseUrl;
    }

    /// <summary>e.g. <c>http://127.0.0.1:54321</c>, with the port actually bound.</summary>
    public string BaseUrl { get; }
    /// <summary>The auth URL SCP's tools are given: its <c>/endpoints</c> catalog lists every emulated service.</summary>
    public string AuthUrl => BaseUrl + "/iam/v1";
    /// <summary>
    /// The endpoint override for clients: <c>{BaseUrl}/{environment}/{region}/{service}</c>, so
    /// each region and environment reaches its own state. <c>{BaseUrl}/{service}</c> still works
    /// and acts on the default region (<see cref="EmulatorOptions.DefaultRegion"/>).
    /// </summary>
    public string EndpointTemplate => BaseUrl + RegionPrefix.Template + "/{service}";
    public EmulatorOptions Options => _runtime.Options;
    public FaultOptions Faults => _runtime.Faults;
    /// <summary>The emulator clock for timestamps, version expiry and transitions; replace it to move time in tests.</summary>
    public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;
    public IReadOnlyList<RecordedRequest> Requests => _runtime.Log.Snapshot();

    public void ClearRequests() => _runtime.Log.Clear();

    /// <summary>Completes when a client asked the emulator to stop (POST /_emulator/shutdown); the CLI then stops cleanly.</summary>
    public Task ShutdownRequested => _runtime.ShutdownRequested;

    /// <summary>
    /// Adds seeded volumes and snapshots to a region (default: the default region), the same as
    /// POST /_emulator/seed: to the named services, or to every service when none is named.
    /// </summary>
    public void Seed(int volumes, int snapshots, RegionScope? scope = null, params string[] services)
    {
        using (_runtime.Use(scope ?? _runtime.DefaultScope))
            foreach (var service in _runtime.Services.ToSeed(services)) service.Seed(_runtime, new SeedRequest(volumes, snapshots));
    }

    public static async Task<EmulatorHost> StartAsync(EmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        EmulatorHost? host = null;
        var runtime = new EmulatorRuntime(options, () => host?.Clock ?? (() => DateTimeOffset.UtcNow));
        try
        {
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton(runtime);
            builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, PassiveLifetime>();
            builder.WebHost.UseKestrel(k =>
            {
                if (string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase)) k.ListenLocalhost(options.Port);
                else k.Listen(IPAddress.Parse(options.Host), options.Port);
            });

            var app = builder.Build();
            // The region prefix is taken off before routing, so every service maps its routes once.
            app.UseMiddleware<RegionPrefix>();
            app.UseRouting();
            app.UseMiddleware<ApiMiddleware>();
            AdminRoutes.Map(app, runtime);
            VersionListRoute.Map(app);
            IamCatalogRoute.Map(app, runtime);
            foreach (var service in runtime.Services.All) service.Map(app.MapGroup("/" + service.Name + "/v1"), runtime);
            // The default region's state opens now (its file, its fixtures); other regions on first use.
            runtime.StoreOf(runtime.DefaultScope);
            if (options.SeedVolumes > 0 || options.SeedSnapshots > 0)
                foreach (var service in runtime.Services.ToSeed(options.SeedServices)) service.Seed(runtime, new SeedRequest(options.SeedVolumes, options.SeedSnapshots));

            await app.StartAsync(ct);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var port = new Uri(address).Port;
            var hostName = options.Host.Contains(':') ? "[" + options.Host + "]" : options.Host;
            host = new EmulatorHost(app, runtime, $"http://{hostName}:{port}");
            return host;
        }
        catch
        {
            runtime.Dispose();
            throw;
        }
    }

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _runtime.Dispose();
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}

using System;
using System.Threading.Tasks;
using ScpStorage.Emulator;
using Xunit;

namespace ScpStorage.Tests.Harness;

/// <summary>
/// An in-process emulator on a free loopback port with in-memory state, shared by the tests
/// of one class. Transitions are short so -Wait tests finish quickly.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public EmulatorHost Host { get; private set; } = null!;

    public string Endpoint => Host.EndpointTemplate;

    public async Task InitializeAsync()
    {
        Host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Port = 0,
            DatabasePath = null,
            TransitionDelay = TimeSpan.FromMilliseconds(200),
        });
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A new shell connected to this emulator.</summary>
    public ModuleShell Shell() => ModuleShell.ConnectedTo(Endpoint);
}

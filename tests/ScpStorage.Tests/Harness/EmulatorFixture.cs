using System;
using System.Threading.Tasks;
using ScpStorage.Emulator;
using Xunit;

namespace ScpStorage.Tests.Harness;

/// <summary>
/// An in-process emulator on a free loopback port with in-memory state, shared by the tests
/// of one class. Transitions are short so -Wait tests finish quickly.
/// </summary>
public class EmulatorFixture : IAsyncLifetime
{
    /// <summary>How long a resource stays in a transitional state (creating, in progress…).</summary>
    protected virtual TimeSpan TransitionDelay => TimeSpan.FromMilliseconds(200);

    public EmulatorHost Host { get; private set; } = null!;

    public string Endpoint => Host.EndpointTemplate;

    public async Task InitializeAsync()
    {
        Host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Port = 0,
            DatabasePath = null,
            TransitionDelay = TransitionDelay,
        });
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A new shell connected to this emulator.</summary>
    public ModuleShell Shell() => ModuleShell.ConnectedTo(Endpoint);
}

/// <summary>
/// The same with one-second transitions, for tests that assert what -Wait shows while a resource
/// is still moving: with 200 ms, a loaded machine could take longer than the whole transition to
/// make the first poll (a backup job is found through its backup's job list first), and the wait
/// then ended at once with nothing to show.
/// </summary>
public sealed class SlowTransitionsFixture : EmulatorFixture
{
    protected override TimeSpan TransitionDelay => TimeSpan.FromSeconds(1);
}

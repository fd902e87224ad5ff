using System;
using System.Threading.Tasks;
using Xunit;

namespace ScpStorage.Emulator.Tests;

/// <summary>One in-memory emulator per test class, on a free port, with instant transitions.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public EmulatorHost Host { get; private set; } = null!;
    public SignedClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await EmulatorHost.StartAsync(new EmulatorOptions { TransitionDelay = TimeSpan.Zero });
        Client = new SignedClient(Host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

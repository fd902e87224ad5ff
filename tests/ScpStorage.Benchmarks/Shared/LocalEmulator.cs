using System;
using System.Threading.Tasks;
using ScpStorage.Emulator;

namespace ScpStorage.Benchmarks.Shared;

/// <summary>One in-process emulator per scenario (127.0.0.1, free port, in-memory SQLite), so scenarios never see each other's data.</summary>
public static class LocalEmulator
{
    /// <param name="seedVolumes">Volumes seeded at start, in <paramref name="seedServices"/> (default: Virtual Server only).</param>
    public static Task<EmulatorHost> StartAsync(int seedVolumes = 0, params string[] seedServices) =>
        EmulatorHost.StartAsync(new EmulatorOptions
        {
            Port = 0,
            Host = "127.0.0.1",
            DatabasePath = null,
            TransitionDelay = TimeSpan.FromMilliseconds(200),
            SeedVolumes = seedVolumes,
            SeedServices = seedServices.Length == 0 ? new[] { "virtualserver" } : seedServices,
        });
}

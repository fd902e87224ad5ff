using System;
using System.Collections.Generic;
using System.Linq;
using ScpStorage.Emulator.Services.VirtualServer;

namespace ScpStorage.Emulator.Services;

/// <summary>The single list of emulated services.</summary>
internal sealed class ServiceRegistry
{
    public IReadOnlyList<IEmulatedService> All { get; } = new IEmulatedService[]
    {
        new VirtualServerService(),
        new FileStorage.FileStorageService(),
        new ParallelFileStorage.ParallelFileStorageService(),
        new BareMetalBlockStorage.BareMetalBlockStorageService(),
        new Backup.BackupService(),
        new ScpStorage.Emulator.Services.ArchiveStorage.ArchiveStorageService(),
    };

    /// <summary>
    /// The services a seed request fills: the named ones, or every service when none is named
    /// (a seed of n volumes then adds n volumes of each kind). An unknown name is an error.
    /// </summary>
    public IReadOnlyList<IEmulatedService> ToSeed(IReadOnlyCollection<string>? names)
    {
        if (names == null || names.Count == 0) return All;
        var unknown = names.Where(n => Find(n) == null).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown service '{string.Join("', '", unknown)}' to seed. Known: {string.Join(", ", All.Select(s => s.Name))}.");
        return All.Where(s => names.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToList();
    }

    public IEmulatedService? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}

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

    public IEmulatedService? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}

using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Coverage;

/// <summary>
/// The registration lists a new service is added to agree with each other: the module's
/// service registry (<c>Cmdlets/Shared/ScpServices</c>), the emulator's <c>ServiceRegistry</c>
/// (which also switches on the service's operation coverage), and the manifest's format data,
/// which must load every <c>Formats/*.format.ps1xml</c> the module ships.
/// </summary>
public sealed class RegistrationTests
{
    /// <summary>The services the emulator registers, by name.</summary>
    public static string[] EmulatedServices()
    {
        var registry = typeof(ScpStorage.Emulator.EmulatorHost).Assembly.GetType("ScpStorage.Emulator.Services.ServiceRegistry", throwOnError: true)!;
        var instance = Activator.CreateInstance(registry, nonPublic: true)!;
        var all = (IEnumerable)registry.GetProperty("All")!.GetValue(instance)!;
        return all.Cast<object>().Select(s => s.GetType().GetInterfaces().Select(i => i.GetProperty("Name")).First(p => p != null)!.GetValue(s)!.ToString()!).ToArray();
    }

    [Fact]
    public void The_module_and_the_emulator_register_the_same_services()
    {
        using var shell = new ModuleShell(); // loads the module's assembly into this process
        var module = AppDomain.CurrentDomain.GetAssemblies().First(a => a.GetName().Name == "ScpStorage" && a.Location.StartsWith(RepoPaths.ModuleFolder));
        var services = (IEnumerable)module.GetType("ScpStorage.Cmdlets.Shared.ScpServices", throwOnError: true)!.GetField("All")!.GetValue(null)!;
        var names = services.Cast<object>().Select(s => s.GetType().GetProperty("Name")!.GetValue(s)!.ToString()).ToList();
        names.Should().BeEquivalentTo(EmulatedServices(), "a service is registered once in the module (ScpServices) and once in the emulator (ServiceRegistry)");
    }

    [Fact]
    public void The_manifest_loads_every_format_file_the_module_ships()
    {
        var shipped = Directory.GetFiles(Path.Combine(RepoPaths.ModuleFolder, "Formats"), "*.format.ps1xml")
            .Select(f => "Formats/" + Path.GetFileName(f)).ToList();
        shipped.Should().NotBeEmpty();
        using var shell = new ModuleShell();
        var loaded = shell.Run("(Get-Module ScpStorage).ExportedFormatFiles").Output
            .Select(o => Path.GetRelativePath(RepoPaths.ModuleFolder, o.ToString()!).Replace('\\', '/')).ToList();
        loaded.Should().Contain(shipped, "each service's Formats/<Service>.format.ps1xml is one line of FormatsToProcess");
    }
}

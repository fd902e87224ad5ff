using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Foundation;

/// <summary>Messages about the user's own settings, as a user sees them in PowerShell.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ConfigMessageTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly EmulatorFixture _emu;
    private readonly ScopedEnvironment _env = new();

    public ConfigMessageTests(EmulatorFixture emu) { _emu = emu; }

    public void Dispose() => _env.Dispose();

    [Fact]
    public void An_endpoint_that_is_not_a_url_is_an_invalid_argument_naming_the_parameter_before_any_request()
    {
        using var shell = _emu.Shell();
        _emu.Host.ClearRequests();
        var r = shell.Run("Get-ScpVolume -EndpointUrl 'not a url'");
        r.FirstError!.CategoryInfo.Category.Should().Be(ErrorCategory.InvalidArgument);
        r.FirstError.FullyQualifiedErrorId.Should().StartWith("ScpInvalidSetting");
        r.FirstError.Exception.Message.Should().StartWith("-EndpointUrl 'not a url' is not a URL.");
        r.FirstError.TargetObject.Should().Be("-EndpointUrl");

        var connect = shell.Run("Connect-ScpAccount -EndpointUrl 'not a url'");
        connect.FirstError!.CategoryInfo.Category.Should().Be(ErrorCategory.InvalidArgument);
        connect.FirstError.Exception.Message.Should().StartWith("-EndpointUrl of Connect-ScpAccount 'not a url' is not a URL.");
        _emu.Host.Requests.Should().BeEmpty();
    }

    [Fact]
    public void A_world_readable_credentials_file_draws_a_warning_on_each_call()
    {
        if (OperatingSystem.IsWindows()) return; // NTFS ACLs are not checked
        var folder = Path.Combine(_env.Home, ".scpconf");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "credentials.json");
        File.WriteAllText(Path.Combine(folder, "config.json"), $$"""{ "default-region": "kr-west1", "auth-url": "https://iam.e.samsungsdscloud.com/v1", "endpoint-override": "{{_emu.Endpoint}}" }""");
        File.WriteAllText(path, $$"""{ "access-key": "{{ModuleShell.DemoAccessKey}}", "secret-key": "{{ModuleShell.DemoSecret}}" }""");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        using var shell = new ModuleShell();

        var r = shell.Run("Get-ScpVolume");
        r.FirstError.Should().BeNull();
        r.Warnings.Should().ContainSingle().Which.Should().Contain("can be read by every user").And.Contain("chmod 600");

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        shell.Run("Get-ScpVolume").Warnings.Should().BeEmpty();
    }
}

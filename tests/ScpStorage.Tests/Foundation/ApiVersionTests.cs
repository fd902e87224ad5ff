using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Foundation;

/// <summary>Every call names its API version; a pin past its Not Before date warns, and SCP (the emulator) refuses it.</summary>
public sealed class ApiVersionTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public ApiVersionTests(EmulatorFixture emu) { _emu = emu; }

    [Fact]
    public void Calls_send_the_current_version_unless_pinned()
    {
        using var shell = _emu.Shell();
        _emu.Host.ClearRequests();
        shell.Run("Invoke-ScpRestMethod virtualserver /v1/volume-types").Errors.Should().BeEmpty();
        _emu.Host.Requests.Single().ApiVersion.Should().Be("virtualserver 1.1");
    }

    [Fact]
    public void An_expired_pin_warns_before_the_call_and_the_server_refuses_it()
    {
        using var shell = _emu.Shell();
        var pin = shell.Run("Set-ScpApiVersion VirtualServer 1.0");
        pin.Warnings.Should().ContainSingle(w => w.Contains("Not Before"));
        var r = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volume-types");
        r.Warnings.Should().Contain(w => w.Contains("virtualserver 1.0") && w.Contains("Not Before"));
        r.Errors.Single().CategoryInfo.Category.Should().Be(System.Management.Automation.ErrorCategory.InvalidArgument);

        shell.Run("Set-ScpApiVersion virtualserver -Current").Errors.Should().BeEmpty();
        var after = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volume-types");
        after.Errors.Should().BeEmpty();
        after.Warnings.Should().BeEmpty();
    }
}

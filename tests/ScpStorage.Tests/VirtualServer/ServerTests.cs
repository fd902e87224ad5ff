using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.VirtualServer;

/// <summary>Get-ScpServer as an administrator uses it, against the emulator's web01, web02 and db01.</summary>
public sealed class ServerTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public ServerTests(EmulatorFixture emu) { _emu = emu; }

    private static string[] Names(ShellResult r) => r.Output.Select(o => o.ToString()).ToArray();

    [Fact]
    public void Lists_every_server_typed_and_stamped_with_its_origin()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("Get-ScpServer");
        r.Errors.Should().BeEmpty();
        r.Output.Select(o => o.Properties["Name"].Value).Should().BeEquivalentTo(new[] { "web01", "web02", "db01" });
        var db = r.Output.Single(o => (string)o.Properties["Name"].Value == "db01");
        db.TypeNames[0].Should().Be("ScpStorage.Core.VirtualServer.ScpServer");
        db.Properties["State"].Value.Should().Be("ACTIVE");
        db.Properties["IpAddresses"].Value.Should().BeEquivalentTo(new[] { "192.169.4.10" });
        db.Properties["Vcpus"].Value.Should().Be(4);
        db.Properties["Region"].Value.Should().Be("kr-west1");
        db.Properties["Service"].Value.Should().Be("virtualserver");
    }

    [Fact]
    public void Filters_by_wildcard_name_state_ip_vpc_and_offering()
    {
        using var shell = _emu.Shell();
        Names(shell.Run("Get-ScpServer -Name web* | ForEach-Object Name")).Should().BeEquivalentTo("web01", "web02");
        Names(shell.Run("Get-ScpServer WEB0?, db01 | ForEach-Object Name")).Should().BeEquivalentTo("web01", "web02", "db01");
        Names(shell.Run("Get-ScpServer -IpAddress 192.169.4.10 | ForEach-Object Name")).Should().Equal("db01");
        Names(shell.Run("Get-ScpServer -State active | ForEach-Object Name")).Should().HaveCount(3, "server states are sent upper case");
        shell.Run("Get-ScpServer -State SHUTOFF").Output.Should().BeEmpty();
        Names(shell.Run("Get-ScpServer -VpcId cc976b621087484ea5fd527f4b78708b -Name db01 | ForEach-Object Name")).Should().Equal("db01");
        Names(shell.Run("Get-ScpServer -ProductOffering virtual_server, gpu_server | ForEach-Object Name")).Should().HaveCount(3);
        var gpu = shell.Run("Get-ScpServer -ProductOffering gpu_server, k8s_gpu_vm");
        gpu.Errors.Should().BeEmpty();
        gpu.Output.Should().BeEmpty();
        _emu.Host.Requests.Last(q => q.Path.Contains("/servers")).Query.Should().Contain("product_offering=gpu_server")
            .And.Contain("product_offering=k8s_gpu_vm", "each offering is a repeated query key");
        shell.Run("Get-ScpServer -First 2").Output.Should().HaveCount(2);
        shell.Run("Get-ScpServer -Name web* -First 1 -PageSize 1").Output.Should().ContainSingle();
    }

    [Fact]
    public void By_id_and_by_property_name_from_piped_objects()
    {
        using var shell = _emu.Shell();
        shell.Run("$web01 = Get-ScpServer -Name web01").Errors.Should().BeEmpty();
        Names(shell.Run("Get-ScpServer -Id $web01.Id | ForEach-Object Name")).Should().Equal("web01");
        var r = shell.Run("[pscustomobject]@{ ServerId = $web01.Id }, [pscustomobject]@{ Id = $web01.Id } | Get-ScpServer | ForEach-Object Name");
        r.Errors.Should().BeEmpty();
        Names(r).Should().Equal("web01", "web01");
    }

    [Fact]
    public void A_missing_server_by_name_or_id_is_ObjectNotFound_and_the_pipeline_goes_on()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("Get-ScpServer -Name no-such-server; Get-ScpServer -Id 00000000-0000-0000-0000-000000000000; 'still running'");
        r.Errors.Should().HaveCount(2).And.OnlyContain(e => e.CategoryInfo.Category == ErrorCategory.ObjectNotFound);
        r.Errors.Should().OnlyContain(e => e.FullyQualifiedErrorId.StartsWith("ScpResourceNotFound"));
        Names(r).Should().Equal("still running");
        shell.Run("Get-ScpServer -Name nothing-*").Errors.Should().BeEmpty("a wildcard that matches nothing is not an error");
    }

    [Fact]
    public void Bad_input_is_rejected_before_any_request()
    {
        using var shell = _emu.Shell();
        var before = _emu.Host.Requests.Count;
        var r = shell.Run("Get-ScpServer -ProductOffering bare_metal; Get-ScpServer -First 0; Get-ScpServer -PageSize 1001");
        r.Errors.Should().HaveCount(3).And.OnlyContain(e => e.CategoryInfo.Category == ErrorCategory.InvalidData);
        r.Errors[0].Exception.Message.Should().Contain("virtual_server");
        _emu.Host.Requests.Count.Should().Be(before);
    }

    [Fact]
    public void Server_names_complete_with_Tab()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("$line = 'Get-ScpServer -Name we'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText");
        Names(r).Should().BeEquivalentTo("web01", "web02");
        var ids = shell.Run("$line = 'Get-ScpServerVolume -ServerId '; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText");
        ids.Output.Should().HaveCount(3).And.OnlyContain(o => o.ToString()!.Length == 36, "-ServerId completes ids");
    }

    [Fact]
    public void A_server_pipes_into_Get_ScpVolume_for_its_attached_volumes()
    {
        using var shell = _emu.Shell();
        shell.Run("'srv-vol-a','srv-vol-b','srv-vol-other' | ForEach-Object { New-ScpVolume -Name $_ -SizeGB 8 -Wait }").Errors.Should().BeEmpty();
        shell.Run("Get-ScpVolume -Name srv-vol-a, srv-vol-b | Add-ScpServerVolume -ServerName web02 -Wait").Errors.Should().BeEmpty();
        var r = shell.Run("Get-ScpServer -Name web02 | Get-ScpVolume | ForEach-Object { '{0}={1}' -f $_.Name, $_.State }");
        r.Errors.Should().BeEmpty();
        Names(r).Should().BeEquivalentTo("srv-vol-a=in-use", "srv-vol-b=in-use");
        shell.Run("Get-ScpServer -Name db01 | Get-ScpVolume").Output.Should().BeEmpty("db01 has no volumes attached in this class");
    }
}

using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Foundation;

/// <summary>Invoke-ScpRestMethod: any operation, signed, parsed, and -WhatIf that sends nothing.</summary>
public sealed class InvokeScpRestMethodTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public InvokeScpRestMethodTests(EmulatorFixture emu) { _emu = emu; }

    [Fact]
    public void Creates_and_reads_a_volume_through_the_signed_API()
    {
        using var shell = _emu.Shell();
        var created = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -Body @{ name = 'rest-made'; size = 16; volume_type = 'SSD' }");
        created.Errors.Should().BeEmpty();
        var id = created.Output.Single().Properties["id"].Value!.ToString()!;

        var read = shell.Run($"Invoke-ScpRestMethod virtualserver '/v1/volumes/{{volume_id}}' -PathParameters @{{ volume_id = '{id}' }}");
        read.Errors.Should().BeEmpty();
        read.Output.Single().Properties["name"].Value.Should().Be("rest-made");
        _emu.Host.Requests.Where(r => r.Path.EndsWith(id)).Should().OnlyContain(r => r.SignatureValid);
    }

    [Fact]
    public void Lists_are_unrolled_into_the_pipeline_and_filters_reach_the_server()
    {
        using var shell = _emu.Shell();
        shell.Run("Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -Body @{ name = 'listed-one'; size = 8 }").Errors.Should().BeEmpty();
        var r = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volumes -Query @{ name = 'listed-one'; limit = 5 } | ForEach-Object { $_.volumes } | ForEach-Object name");
        r.Errors.Should().BeEmpty();
        r.Output.Select(o => o.ToString()).Should().Equal("listed-one");
    }

    [Fact]
    public void Korean_spaces_and_reserved_characters_are_signed_exactly_as_sent()
    {
        using var shell = _emu.Shell();
        _emu.Host.ClearRequests();
        var r = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volumes -Query @{ name = '볼륨 01+a/b:c,d'; sort = 'created_at:desc,name:asc' }");
        r.Errors.Should().BeEmpty();
        var odd = shell.Run("Invoke-ScpRestMethod virtualserver '/v1/volumes/{volume_id}' -PathParameters @{ volume_id = '볼륨 id+/:,x' }");
        odd.Errors.Single().CategoryInfo.Category.Should().Be(System.Management.Automation.ErrorCategory.ObjectNotFound,
            "the signature is accepted and the server then reports the id as unknown");
        var sent = _emu.Host.Requests;
        sent.Should().HaveCount(2);
        sent.Should().OnlyContain(q => q.SignatureValid);
        sent[0].Query.Should().Contain("name=%EB%B3%BC%EB%A5%A8+01%2Ba%2Fb%3Ac%2Cd").And.Contain("sort=created_at%3Adesc%2Cname%3Aasc");
        sent[1].Path.Should().EndWith("/v1/volumes/%EB%B3%BC%EB%A5%A8%20id%2B%2F%3A%2Cx");
    }

    [Fact]
    public void WhatIf_sends_no_mutating_request()
    {
        using var shell = _emu.Shell();
        _emu.Host.ClearRequests();
        var r = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -Body @{ name = 'never'; size = 8 } -WhatIf");
        r.Errors.Should().BeEmpty();
        r.Output.Should().BeEmpty();
        _emu.Host.Requests.Should().BeEmpty();
    }

    [Fact]
    public void Server_errors_become_error_records_with_category_and_SCP_code()
    {
        using var shell = _emu.Shell();
        var r = shell.Run("Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -Body @{ name = 'too small'; size = 2 }");
        var error = r.Errors.Single();
        error.CategoryInfo.Category.Should().Be(System.Management.Automation.ErrorCategory.InvalidArgument);
        error.Exception.Message.Should().Contain("400");
        error.FullyQualifiedErrorId.Should().StartWith("Scp").And.EndWith(",ScpStorage.Cmdlets.Rest.InvokeScpRestMethodCommand");
    }
}

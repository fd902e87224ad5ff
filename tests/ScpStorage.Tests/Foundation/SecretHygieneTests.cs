using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Foundation;

/// <summary>The secret key and request signatures never reach any stream, error record or job output.</summary>
public sealed class SecretHygieneTests : IClassFixture<EmulatorFixture>
{
    // A request signature is Base64 of a 32-byte HMAC: 43 characters and one '='.
    private static readonly Regex Signature = new(@"[A-Za-z0-9+/]{43}=");
    private readonly EmulatorFixture _emu;

    public SecretHygieneTests(EmulatorFixture emu) { _emu = emu; }

    [Fact]
    public void Nothing_a_user_can_see_contains_the_secret_or_a_signature()
    {
        using var shell = _emu.Shell();
        _emu.Host.Faults.FailNext(1, 503, retryAfterSeconds: 0, method: "GET");
        var runs = new[]
        {
            shell.Run("Invoke-ScpRestMethod virtualserver /v1/volumes -Debug -Verbose"),
            shell.Run("Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -Body @{ name = 'x'; size = 1 } -Debug -Verbose"),
            shell.Run("Invoke-ScpRestMethod virtualserver /v1/volumes/missing -Debug -Verbose"),
            shell.Run("Get-ScpContext -Debug -Verbose"),
            shell.Run("Get-ScpContext | ForEach-Object { $_.ToString(); $_.SecretKey; $_.Sources.Values }"),
            shell.Run("$j = Invoke-ScpRestMethod virtualserver /v1/volumes/missing -AsJob -Debug -Verbose; $null = $j | Wait-Job -Timeout 30; $j | Receive-Job -ErrorAction SilentlyContinue -ErrorVariable e; $e; $j.ChildJobs[0].Verbose; $j.ChildJobs[0].Debug; $j.Context; $j.Context.ToString()"),
            shell.Run($"Invoke-ScpRestMethod virtualserver /v1/volumes -SecretKey $secret -AccessKey wrong-key -EndpointUrl '{_emu.Endpoint}' -Debug -Verbose"),
        };
        var text = runs.SelectMany(r => r.AllText()).ToList();
        text.Should().Contain(t => t.Contains("Scp-Signature: <redacted>"), "headers are logged at Debug, redacted");
        text.Should().Contain(t => t.Contains("401"), "the wrong key produced a visible error");
        text.Should().NotContain(t => t.Contains(ModuleShell.DemoSecret));
        text.Where(t => Signature.IsMatch(t)).Should().BeEmpty();
    }
}

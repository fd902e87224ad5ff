using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Emulator;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Foundation;

/// <summary>
/// Settings resolve as whole identities, proved on the wire: for every pair of layers, the
/// request an emulator receives carries the higher layer's key pair and nothing of the lower
/// layer's identity (no X-Auth-Token, no account id) and goes to the higher layer's target,
/// never to the lower layer's endpoint.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class IdentityTests : IAsyncLifetime
{
    /// <summary>Layers in precedence order; the profile is named by SCP_PROFILE, so it sits just below SCP_*.</summary>
    public enum Layer { Call, Session, Scp, Profile, Terraform, Files }

    private readonly ScopedEnvironment _env = new();
    private EmulatorHost _high = null!; // the higher identity's own endpoint
    private EmulatorHost _low = null!;  // the lower layer's endpoint: must never be reached

    public async Task InitializeAsync()
    {
        _high = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, DatabasePath = null });
        _low = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, DatabasePath = null });
    }

    public async Task DisposeAsync()
    {
        _env.Dispose();
        await _high.DisposeAsync();
        await _low.DisposeAsync();
    }

    public static IEnumerable<object[]> Pairs() =>
        from high in Enum.GetValues<Layer>()
        from low in Enum.GetValues<Layer>()
        where high < low
        from ownEndpoint in new[] { true, false }
        select new object[] { high, low, ownEndpoint };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_higher_identity_never_sends_a_lower_layers_token_account_or_endpoint(Layer high, Layer low, bool highHasEndpoint)
    {
        using var shell = new ModuleShell();
        var call = Give(shell, low, Identity.Low(_low.EndpointTemplate)) + " " +
                   Give(shell, high, Identity.High(highHasEndpoint ? _high.EndpointTemplate : null));

        var r = shell.Run($"Get-ScpVolume -MaximumRetryCount 0 {call}");

        _low.Requests.Should().BeEmpty("the lower layer's endpoint is never the target of the higher layer's identity");
        if (highHasEndpoint)
        {
            r.FirstError.Should().BeNull("the call succeeds ({0})", r.FirstError?.Exception.Message);
            var sent = _high.Requests.Should().ContainSingle().Subject;
            sent.AccessKey.Should().Be(ModuleShell.DemoAccessKey);
            sent.HasAuthToken.Should().BeFalse("the token of another source never travels with this identity");
            sent.AccountId.Should().BeEmpty("the account of another source never travels with this identity");
            sent.Host.Should().Be(new Uri(_high.BaseUrl).Authority);
            sent.SignatureValid.Should().BeTrue();
        }
        else
        {
            _high.Requests.Should().BeEmpty();
            r.FirstError!.Exception.Message.Should().Contain("virtualserver.kr-west1.e.samsungsdscloud.com",
                "without a target of its own the identity goes to SCP's default endpoint, not the lower layer's");
        }
    }

    [Fact]
    public void The_three_reported_cases_follow_the_rule()
    {
        // 1. -Profile prod with an endpoint-override in the default config.json.
        WriteFiles(null, $$"""{ "endpoint-override": "{{_low.EndpointTemplate}}", "account-id": "acct-default", "default-region": "kr-west1", "auth-url": "https://iam.e.samsungsdscloud.com/v1" }""",
            """{ "access-key": "default-ak", "secret-key": "default-secret", "auth-token": "default-token" }""");
        WriteFiles("prod", $$"""{ "endpoint-override": "{{_high.EndpointTemplate}}", "default-region": "kr-west1", "auth-url": "https://iam.e.samsungsdscloud.com/v1" }""",
            $$"""{ "access-key": "{{ModuleShell.DemoAccessKey}}", "secret-key": "{{ModuleShell.DemoSecret}}" }""");
        using var shell = new ModuleShell();
        var debug = shell.Run("Get-ScpVolume -Profile prod -Debug");
        debug.Errors.Should().BeEmpty();
        debug.Debug.Should().Contain(d => d.Contains("identity (access key, secret key, account id, auth token) from profile 'prod'") &&
                                          d.Contains("EndpointUrl from profile 'prod'"));
        _high.Requests.Should().ContainSingle().Which.HasAuthToken.Should().BeFalse();
        _low.Requests.Should().BeEmpty();

        // 3. Connect-ScpAccount with keys and an endpoint takes no account id or token from the files.
        _high.ClearRequests();
        shell.Set("s", ModuleShell.Secure(ModuleShell.DemoSecret));
        var connected = shell.Run($"Connect-ScpAccount -AccessKey {ModuleShell.DemoAccessKey} -SecretKey $s -EndpointUrl '{_high.EndpointTemplate}'");
        connected.Errors.Should().BeEmpty();
        connected.Output.Single().Properties["HasAuthToken"].Value.Should().Be(false);
        connected.Output.Single().Properties["AccountId"].Value.Should().Be("");
        connected.Output.Single().Properties["IdentitySource"].Value.Should().Be("session (Connect-ScpAccount)");
        shell.Run("Get-ScpVolume").Errors.Should().BeEmpty();
        var sent = _high.Requests.Should().ContainSingle().Subject;
        sent.HasAuthToken.Should().BeFalse();
        sent.AccountId.Should().BeEmpty();
        _low.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task The_emulator_session_is_a_whole_identity_and_Stop_says_which_identity_follows()
    {
        using var shell = new ModuleShell();
        var started = shell.Run("Start-ScpEmulator -TransitionDelayMilliseconds 0");
        started.Errors.Should().BeEmpty();
        var baseUrl = started.Output.Single().Properties["BaseUrl"].Value!.ToString()!;
        using var http = new HttpClient();
        try
        {
            foreach (var low in new[] { Layer.Scp, Layer.Profile, Layer.Terraform, Layer.Files })
            {
                _env.Reset();
                Give(shell, low, Identity.Low(_low.EndpointTemplate));
                (await http.DeleteAsync(baseUrl + "/_emulator/requests")).EnsureSuccessStatusCode();

                var r = shell.Run("Get-ScpVolume -Debug");

                r.Errors.Should().BeEmpty("{0} below the emulator session is not read", low);
                r.Debug.Should().Contain(d => d.Contains("identity (access key, secret key, account id, auth token) from emulator session (Start-ScpEmulator)"));
                var sent = JArray.Parse(await http.GetStringAsync(baseUrl + "/_emulator/requests")).Single();
                sent["access_key"]!.ToString().Should().Be(ModuleShell.DemoAccessKey);
                sent["account_id"]!.ToString().Should().Be(ModuleShell.DemoAccount);
                sent["has_auth_token"]!.Value<bool>().Should().BeFalse("a token from {0} never reaches the emulator", low);
                _low.Requests.Should().BeEmpty();
            }

            // A call above the emulator session with its own keys takes neither its account nor its endpoint.
            _env.Reset();
            (await http.DeleteAsync(baseUrl + "/_emulator/requests")).EnsureSuccessStatusCode();
            var call = Give(shell, Layer.Call, Identity.High(_high.EndpointTemplate));
            shell.Run("Get-ScpVolume " + call).Errors.Should().BeEmpty();
            _high.Requests.Should().ContainSingle().Which.AccountId.Should().BeEmpty();
            JArray.Parse(await http.GetStringAsync(baseUrl + "/_emulator/requests")).Should().BeEmpty();

            Give(shell, Layer.Scp, Identity.Low(_low.EndpointTemplate));
        }
        finally
        {
            var stopped = shell.Run("Stop-ScpEmulator");
            stopped.Errors.Should().BeEmpty();
            stopped.Warnings.Should().ContainSingle().Which.Should().Contain("no longer uses the emulator")
                .And.Contain("low-ak").And.Contain("environment (SCP_*)").And.Contain(_low.BaseUrl);
        }
        _env.Reset();
        var quiet = shell.Run("Start-ScpEmulator -TransitionDelayMilliseconds 0 | Out-Null; Stop-ScpEmulator -Verbose");
        quiet.Warnings.Should().BeEmpty("with nothing else configured there is no identity to warn about");
        quiet.Verbose.Should().Contain(v => v.Contains("No SCP identity is configured now"));
    }

    [Fact]
    public void Connect_refuses_an_account_or_token_without_a_key_pair()
    {
        using var shell = new ModuleShell();
        shell.Set("t", ModuleShell.Secure("lonely-token"));
        var r = shell.Run("Connect-ScpAccount -AuthToken $t -Region kr-west1 -Environment e");
        r.FirstError!.FullyQualifiedErrorId.Should().StartWith("ScpIdentityIncomplete");
        r.FirstError.Exception.Message.Should().Contain("-AuthToken belongs to a key pair");
        r.AllText().Should().NotContain(t => t.Contains("lonely-token"));
    }

    private sealed record Identity(string AccessKey, string Secret, string? Account, string? Token, string? Endpoint, string Region, string Environment)
    {
        public static Identity High(string? endpoint) => new(ModuleShell.DemoAccessKey, ModuleShell.DemoSecret, null, null, endpoint, "kr-west1", "e");
        public static Identity Low(string endpoint) => new("low-ak", "low-secret", "acct-low", "low-token", endpoint, "kr-east1", "s");
        public string AuthUrl => $"https://iam.{Environment}.samsungsdscloud.com/v1";
    }

    /// <summary>Puts <paramref name="id"/> in <paramref name="layer"/>; returns the call parameters when the layer is the call.</summary>
    private string Give(ModuleShell shell, Layer layer, Identity id)
    {
        switch (layer)
        {
            case Layer.Call:
            case Layer.Session:
                shell.Set(layer + "Secret", ModuleShell.Secure(id.Secret));
                var args = $"-AccessKey {id.AccessKey} -SecretKey ${layer}Secret -Region {id.Region} -Environment {id.Environment}" +
                           (id.Endpoint == null ? "" : $" -EndpointUrl '{id.Endpoint}'") + (id.Account == null ? "" : $" -AccountId {id.Account}");
                if (layer == Layer.Call) return args;
                if (id.Token != null) { shell.Set("sessionToken", ModuleShell.Secure(id.Token)); args += " -AuthToken $sessionToken"; }
                shell.Run("Connect-ScpAccount " + args).Errors.Should().BeEmpty();
                return "";
            case Layer.Scp:
                _env.Set("SCP_ACCESS_KEY", id.AccessKey); _env.Set("SCP_SECRET_KEY", id.Secret); _env.Set("SCP_REGION", id.Region);
                _env.Set("SCP_ENVIRONMENT", id.Environment); _env.Set("SCP_ACCOUNT_ID", id.Account); _env.Set("SCP_AUTH_TOKEN", id.Token);
                _env.Set("SCP_ENDPOINT_URL", id.Endpoint);
                return "";
            case Layer.Terraform:
                _env.Set("SCP_TF_ACCESS_KEY", id.AccessKey); _env.Set("SCP_TF_SECRET_KEY", id.Secret); _env.Set("SCP_TF_DEFAULT_REGION", id.Region);
                _env.Set("SCP_TF_AUTH_URL", id.AuthUrl); _env.Set("SCP_TF_ACCOUNT_ID", id.Account); _env.Set("SCP_TF_AUTH_TOKEN", id.Token);
                _env.Set("SCP_TF_ENDPOINT_OVERRIDE", id.Endpoint);
                return "";
            default:
                var profile = layer == Layer.Profile ? "p" : null;
                if (profile != null) _env.Set("SCP_PROFILE", profile);
                var config = new JObject { ["auth-url"] = id.AuthUrl, ["default-region"] = id.Region };
                if (id.Endpoint != null) config["endpoint-override"] = id.Endpoint;
                if (id.Account != null) config["account-id"] = id.Account;
                var credentials = new JObject { ["access-key"] = id.AccessKey, ["secret-key"] = id.Secret };
                if (id.Token != null) credentials["auth-token"] = id.Token;
                WriteFiles(profile, config.ToString(), credentials.ToString());
                return "";
        }
    }

    private void WriteFiles(string? profile, string config, string credentials)
    {
        var folder = profile == null ? Path.Combine(_env.Home, ".scpconf") : Path.Combine(_env.Home, ".scpconf", "profiles", profile);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "config.json"), config);
        File.WriteAllText(Path.Combine(folder, "credentials.json"), credentials);
        // As a careful user keeps it; a world-readable file would add a warning (and -Debug makes warnings ask).
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(folder, "credentials.json"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}

/// <summary>
/// Clears every SCP_* variable and points SCP_CONFIG_HOME at a fresh folder for one test;
/// restores both afterwards. Only for tests in <see cref="ProcessEnvironmentCollection"/>.
/// </summary>
public sealed class ScopedEnvironment : IDisposable
{
    public static readonly string[] Variables =
    {
        "SCP_ACCESS_KEY", "SCP_SECRET_KEY", "SCP_ACCOUNT_ID", "SCP_REGION", "SCP_ENVIRONMENT", "SCP_ENDPOINT_URL", "SCP_PROFILE",
        "SCP_AUTH_URL", "SCP_AUTH_TOKEN", "SCP_TF_ACCESS_KEY", "SCP_TF_SECRET_KEY", "SCP_TF_ACCOUNT_ID", "SCP_TF_DEFAULT_REGION",
        "SCP_TF_ENDPOINT_OVERRIDE", "SCP_TF_AUTH_URL", "SCP_TF_AUTH_TOKEN", "SCP_CONFIG_HOME",
    };

    private readonly Dictionary<string, string?> _saved = new();

    public ScopedEnvironment()
    {
        // The harness's static setup picks a test home only when none is set: run it before taking SCP_CONFIG_HOME over.
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(ModuleShell).TypeHandle);
        foreach (var v in Variables) { _saved[v] = Environment.GetEnvironmentVariable(v); Environment.SetEnvironmentVariable(v, null); }
        Home = Path.Combine(Path.GetTempPath(), "scp-identity-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Home);
        Environment.SetEnvironmentVariable("SCP_CONFIG_HOME", Home);
    }

    public string Home { get; }

    public void Set(string name, string? value) => Environment.SetEnvironmentVariable(name, value);

    /// <summary>Back to nothing configured: no SCP_* variable and no ~/.scpconf.</summary>
    public void Reset()
    {
        foreach (var v in Variables) if (v != "SCP_CONFIG_HOME") Environment.SetEnvironmentVariable(v, null);
        var folder = Path.Combine(Home, ".scpconf");
        if (Directory.Exists(folder)) Directory.Delete(folder, true);
    }

    public void Dispose()
    {
        foreach (var kv in _saved) Environment.SetEnvironmentVariable(kv.Key, kv.Value);
        try { Directory.Delete(Home, true); } catch (IOException) { }
    }
}

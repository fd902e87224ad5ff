using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Foundation;

/// <summary>These tests change process environment variables, so they never run beside others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "process environment";
}

/// <summary>
/// Settings come from call parameters, then the session, then SCP_* and SCP_TF_* variables,
/// then ~/.scpconf; -Debug and Get-ScpContext say which source won; nothing set is an error
/// that says what to set.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ConfigurationTests : IDisposable
{
    private static readonly string[] Variables =
    {
        "SCP_ACCESS_KEY", "SCP_SECRET_KEY", "SCP_ACCOUNT_ID", "SCP_REGION", "SCP_ENVIRONMENT", "SCP_ENDPOINT_URL", "SCP_PROFILE",
        "SCP_AUTH_URL", "SCP_AUTH_TOKEN", "SCP_TF_ACCESS_KEY", "SCP_TF_SECRET_KEY", "SCP_TF_ACCOUNT_ID", "SCP_TF_DEFAULT_REGION",
        "SCP_TF_ENDPOINT_OVERRIDE", "SCP_TF_AUTH_URL", "SCP_TF_AUTH_TOKEN",
    };

    private readonly Dictionary<string, string?> _saved = new();
    private readonly string _home;
    private readonly string? _savedHome;

    public ConfigurationTests()
    {
        foreach (var v in Variables) { _saved[v] = Environment.GetEnvironmentVariable(v); Environment.SetEnvironmentVariable(v, null); }
        _ = new ModuleShell(); // runs the static setup before we take over SCP_CONFIG_HOME
        _savedHome = Environment.GetEnvironmentVariable("SCP_CONFIG_HOME");
        _home = Path.Combine(Path.GetTempPath(), "scp-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_home);
        Environment.SetEnvironmentVariable("SCP_CONFIG_HOME", _home);
    }

    public void Dispose()
    {
        foreach (var kv in _saved) Environment.SetEnvironmentVariable(kv.Key, kv.Value);
        Environment.SetEnvironmentVariable("SCP_CONFIG_HOME", _savedHome);
        Directory.Delete(_home, true);
    }

    private void WriteFiles(string folder, string config, string credentials)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "config.json"), config);
        File.WriteAllText(Path.Combine(folder, "credentials.json"), credentials);
    }

    private static Dictionary<string, string> Sources(ShellResult r) =>
        new Dictionary<string, string>((IDictionary<string, string>)r.Output.Single().Properties["Sources"].Value!);

    [Fact]
    public void Nothing_configured_is_a_terminating_error_that_says_what_to_set()
    {
        using var shell = new ModuleShell();
        var r = shell.Run("Get-ScpContext");
        r.Output.Should().BeEmpty();
        r.FirstError.Should().NotBeNull();
        r.FirstError!.Exception.Message.Should().Contain("SCP_ACCESS_KEY").And.Contain("Connect-ScpAccount").And.Contain("credentials.json");
        r.FirstError.FullyQualifiedErrorId.Should().StartWith("ScpConfigurationIncomplete");
    }

    [Fact]
    public void The_Terraform_provider_files_are_read_as_they_are()
    {
        WriteFiles(Path.Combine(_home, ".scpconf"),
            """{ "auth-url": "https://iam.s.samsungsdscloud.com/v1", "account-id": "acct-file", "default-region": "kr-east1" }""",
            """{ "access-key": "file-ak", "secret-key": "file-secret", "auth-token": "" }""");
        using var shell = new ModuleShell();
        var r = shell.Run("Get-ScpContext");
        r.Errors.Should().BeEmpty();
        var c = r.Output.Single();
        c.Properties["AccessKey"].Value.Should().Be("file-ak");
        c.Properties["Region"].Value.Should().Be("kr-east1");
        c.Properties["Environment"].Value.Should().Be("s");
        Sources(r)["Identity"].Should().StartWith("config files");
        c.Properties["IdentitySource"].Value!.ToString().Should().StartWith("config files");
    }

    [Fact]
    public void Terraform_variables_beat_files_and_SCP_variables_beat_Terraform_variables()
    {
        WriteFiles(Path.Combine(_home, ".scpconf"), """{ "default-region": "kr-east1", "auth-url": "https://iam.e.samsungsdscloud.com/v1" }""",
            """{ "access-key": "file-ak", "secret-key": "file-secret" }""");
        Environment.SetEnvironmentVariable("SCP_TF_ACCESS_KEY", "tf-ak");
        Environment.SetEnvironmentVariable("SCP_TF_SECRET_KEY", "tf-secret");
        Environment.SetEnvironmentVariable("SCP_REGION", "kr-west1");
        using var shell = new ModuleShell();
        var r = shell.Run("Get-ScpContext");
        r.Errors.Should().BeEmpty();
        r.Output.Single().Properties["AccessKey"].Value.Should().Be("tf-ak");
        r.Output.Single().Properties["Region"].Value.Should().Be("kr-west1");
        var sources = Sources(r);
        sources["Identity"].Should().Be("environment (SCP_TF_*)");
        sources["Region"].Should().Be("environment (SCP_*)");
        sources["Environment"].Should().StartWith("config files");
    }

    [Fact]
    public void Session_beats_environment_and_call_parameters_beat_the_session_and_Debug_says_so()
    {
        Environment.SetEnvironmentVariable("SCP_ACCESS_KEY", "env-ak");
        Environment.SetEnvironmentVariable("SCP_SECRET_KEY", "env-secret");
        Environment.SetEnvironmentVariable("SCP_REGION", "kr-west1");
        Environment.SetEnvironmentVariable("SCP_ENVIRONMENT", "e");
        using var shell = new ModuleShell();
        shell.Run("Get-ScpContext").Output.Single().Properties["AccessKey"].Value.Should().Be("env-ak");

        shell.Set("s", ModuleShell.Secure("session-secret"));
        shell.Run("Connect-ScpAccount -AccessKey session-ak -SecretKey $s").Errors.Should().BeEmpty();
        var session = shell.Run("Get-ScpContext -Debug");
        session.Output.Single().Properties["AccessKey"].Value.Should().Be("session-ak");
        session.Debug.Should().Contain(d => d.Contains("identity (access key, secret key, account id, auth token) from session (Connect-ScpAccount)") && d.Contains("Region from environment (SCP_*)"));

        var call = shell.Run("Get-ScpContext -AccessKey call-ak -SecretKey $s -Region kr-east1 -Debug");
        call.Output.Single().Properties["AccessKey"].Value.Should().Be("call-ak");
        Sources(call)["Identity"].Should().Be("call parameters");
        Sources(call).Should().NotContainKeys(new[] { "AccessKey", "SecretKey" }, "the identity is shown once, whole");
        Sources(call)["Environment"].Should().Be("environment (SCP_*)");

        var half = shell.Run("Get-ScpContext -AccessKey lonely-ak");
        half.FirstError!.Exception.Message.Should().Be("Only half a key pair was found in the call parameters: an access key without a secret key. " +
            "Give both keys in the same place; a key pair is never put together from two sources.");

        shell.Run("Disconnect-ScpAccount");
        shell.Run("Get-ScpContext").Output.Single().Properties["AccessKey"].Value.Should().Be("env-ak");
    }

    [Fact]
    public void A_named_profile_is_read_from_its_own_folder()
    {
        WriteFiles(Path.Combine(_home, ".scpconf", "profiles", "prod"),
            """{ "default-region": "kr-south1", "auth-url": "https://iam.g.samsungsdscloud.com/v1" }""",
            """{ "access-key": "prod-ak", "secret-key": "prod-secret" }""");
        using var shell = new ModuleShell();
        var byConnect = shell.Run("Connect-ScpAccount -Profile prod");
        byConnect.Errors.Should().BeEmpty();
        byConnect.Output.Single().Properties["Region"].Value.Should().Be("kr-south1");
        byConnect.Output.Single().Properties["Environment"].Value.Should().Be("g");

        Environment.SetEnvironmentVariable("SCP_PROFILE", "prod");
        using var other = new ModuleShell();
        other.Run("Get-ScpContext").Output.Single().Properties["AccessKey"].Value.Should().Be("prod-ak");

        other.Run("Get-ScpContext -Profile missing").FirstError!.Exception.Message.Should().Contain("Profile 'missing' not found");
    }

    [Fact]
    public void Region_completion_lists_the_environment_regions()
    {
        using var shell = new ModuleShell();
        var r = shell.Run("$line = 'Connect-ScpAccount -Environment g -Region kr-s'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText");
        r.Output.Select(o => o.ToString()).Should().Equal("kr-south1", "kr-south2", "kr-south3");
    }
}

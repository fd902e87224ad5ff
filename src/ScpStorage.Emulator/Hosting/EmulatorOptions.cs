using System;
using System.Collections.Generic;

namespace ScpStorage.Emulator;

/// <summary>How an emulator instance listens, authenticates, stores state and misbehaves.</summary>
public sealed class EmulatorOptions
{
    /// <summary>TCP port; 0 picks a free port (read it back from <see cref="EmulatorHost.BaseUrl"/>).</summary>
    public int Port { get; set; }
    public string Host { get; set; } = "127.0.0.1";
    /// <summary>SQLite file that survives restarts; null or ":memory:" keeps state private to this host instance.</summary>
    public string? DatabasePath { get; set; }
    public string AccessKey { get; set; } = "demo-access-key";
    public string SecretKey { get; set; } = DemoSecretKey;
    public string AccountId { get; set; } = "demo-account";
    /// <summary>Allowed distance between Scp-Timestamp and the emulator clock, either way.</summary>
    public TimeSpan TimestampWindow { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Accept versions whose Not Before date has passed (unknown versions are still refused).</summary>
    public bool AllowDeprecatedVersions { get; set; }
    /// <summary>How long creating/attaching/extending/reverting/deleting states last.</summary>
    public TimeSpan TransitionDelay { get; set; }
    public int SeedVolumes { get; set; }
    public int SeedSnapshots { get; set; }
    /// <summary>The services seeding fills (by name); empty = every service.</summary>
    public IReadOnlyList<string> SeedServices { get; set; } = Array.Empty<string>();
    public FaultOptions Faults { get; set; } = new();
    /// <summary>
    /// The region and environment of requests without a <c>/{environment}/{region}</c> path prefix
    /// (the plain <c>/{service}/v1/...</c> form), of seeding and of the IAM catalog; the same as
    /// the session Start-ScpEmulator sets up.
    /// </summary>
    public string DefaultRegion { get; set; } = "kr-west1";
    public string DefaultEnvironment { get; set; } = "e";
    /// <summary>Stop when this process ends (Start-ScpEmulator passes its own id); null = run until stopped.</summary>
    public int? ParentProcessId { get; set; }

    public const string DemoSecretKey = "demo-secret-key";
    /// <summary>The start banner shows the secret key only when it is the published demo key.</summary>
    public bool UsesDemoSecret => SecretKey == DemoSecretKey;

    /// <summary>Overrides the key pair and account from SCP_EMULATOR_ACCESS_KEY / _SECRET_KEY / _ACCOUNT_ID when set.</summary>
    public EmulatorOptions ApplyEnvironment()
    {
        AccessKey = Environment.GetEnvironmentVariable("SCP_EMULATOR_ACCESS_KEY") is { Length: > 0 } ak ? ak : AccessKey;
        SecretKey = Environment.GetEnvironmentVariable("SCP_EMULATOR_SECRET_KEY") is { Length: > 0 } sk ? sk : SecretKey;
        AccountId = Environment.GetEnvironmentVariable("SCP_EMULATOR_ACCOUNT_ID") is { } acct ? acct : AccountId;
        return this;
    }
}

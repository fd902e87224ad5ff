using System;
using System.IO;
using ScpStorage.Core.Config;

namespace ScpStorage.Emulator;

/// <summary>
/// One region of one environment: the emulator keeps a separate state for each, as SCP does, so
/// a multi-region script can be rehearsed. Requests name it with a <c>/{environment}/{region}</c>
/// path prefix; requests without one act on the default scope (<see cref="EmulatorOptions.DefaultEnvironment"/>,
/// <see cref="EmulatorOptions.DefaultRegion"/>).
/// </summary>
public sealed record RegionScope(string Environment, string Region)
{
    /// <summary>The scope a path prefix names, or null with a message when the pair is not SCP's.</summary>
    public static RegionScope? Parse(string environment, string region, out string? error)
    {
        error = ScpEndpoints.Validate(region, environment, customEndpoint: false);
        if (error != null) return null;
        return new RegionScope(environment.ToLowerInvariant(), region.ToLowerInvariant());
    }

    /// <summary>True when <paramref name="segment"/> is one of SCP's environments (s, g, e): no service is named so.</summary>
    public static bool IsEnvironment(string segment) => ScpEndpoints.Regions.ContainsKey(segment);

    /// <summary>
    /// The SQLite file of this scope: the configured file for the default scope (so a state file
    /// from before regions keeps its content), a sibling <c>name.{environment}.{region}.ext</c> otherwise.
    /// </summary>
    public string? DatabasePath(string? configured, bool isDefault)
    {
        if (string.IsNullOrEmpty(configured) || configured == ":memory:" || isDefault) return configured;
        var directory = Path.GetDirectoryName(configured) ?? "";
        return Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(configured)}.{Environment}.{Region}{Path.GetExtension(configured)}");
    }

    public override string ToString() => $"{Region} ({Environment})";
}

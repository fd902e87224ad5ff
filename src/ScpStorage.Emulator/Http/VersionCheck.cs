using System;
using Microsoft.AspNetCore.Http;
using ScpStorage.Core.Config;

namespace ScpStorage.Emulator.Http;

/// <summary>Resolves the Scp-API-Version header against the published version table.</summary>
internal static class VersionCheck
{
    /// <summary>Header names are case-insensitive, so this also matches SCP's <c>Scp-Api-Version</c> spelling.</summary>
    public const string Header = "Scp-API-Version";

    public static ScpApiVersion Resolve(HttpContext ctx, string service, EmulatorRuntime runtime)
    {
        var raw = ctx.Request.Headers[Header].ToString();
        // SCP uses the newest CURRENT version when the header is missing.
        if (raw.Length == 0) return ScpApiVersions.Current(service);

        var parsed = ScpApiVersions.ParseHeader(raw)
            ?? throw Unsupported($"Scp-API-Version '{raw}' is not of the form '<service> <version>', e.g. '{ScpApiVersions.Current(service).HeaderValue}'.");
        if (!string.Equals(parsed.Service, service, StringComparison.OrdinalIgnoreCase))
            throw Unsupported($"Scp-API-Version names service '{parsed.Service}' but the request is for '{service}'.");
        var version = ScpApiVersions.Find(service, parsed.Version)
            ?? throw Unsupported($"Version '{parsed.Version}' of {service} does not exist. Current: {ScpApiVersions.Current(service).HeaderValue}.");
        if (version.IsExpired(runtime.Now()) && !runtime.Options.AllowDeprecatedVersions)
            throw Unsupported($"Version {version.HeaderValue} is no longer supported since {version.NotBefore:yyyy-MM-dd}. Use {ScpApiVersions.Current(service).HeaderValue}.");
        return version;
    }

    private static ApiException Unsupported(string detail) => new(400, "UNSUPPORTED_API_VERSION", detail);
}

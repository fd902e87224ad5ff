using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ScpStorage.Core.Signing;

namespace ScpStorage.Emulator.Http;

/// <summary>
/// Verifies SCP request signatures the way SCP does: over the method and the absolute URL as it
/// arrived (Host header + raw request target), never the decoded path, so an encoding
/// difference between what a client signed and what it sent is caught here as it is by SCP.
/// </summary>
internal static class SignatureVerifier
{
    public static void Verify(HttpContext ctx, EmulatorRuntime runtime)
    {
        var headers = ctx.Request.Headers;
        var accessKey = Required(headers, "Scp-AccessKey");
        var signature = Required(headers, "Scp-Signature");
        var timestamp = Required(headers, "Scp-Timestamp");
        var clientType = Required(headers, "Scp-ClientType");
        var accountId = headers["Scp-AccountId"].ToString();
        var options = runtime.Options;

        if (!string.Equals(clientType, ScpSigner.ClientType, StringComparison.Ordinal))
            throw Unauthorized("INVALID_CLIENT_TYPE", $"Scp-ClientType must be '{ScpSigner.ClientType}'.");
        if (!FixedEquals(accessKey, options.AccessKey))
            throw Unauthorized("UNKNOWN_ACCESS_KEY", "The access key is not known.");
        if (accountId.Length > 0 && !string.Equals(accountId, options.AccountId, StringComparison.Ordinal))
            throw Unauthorized("UNKNOWN_ACCOUNT", "The account id does not belong to this access key.");
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
            throw Unauthorized("INVALID_TIMESTAMP", "Scp-Timestamp must be Unix time in milliseconds.");
        var skew = Math.Abs(runtime.Now().ToUnixTimeMilliseconds() - ms);
        if (skew > options.TimestampWindow.TotalMilliseconds)
            throw Unauthorized("TIMESTAMP_OUT_OF_RANGE", "Scp-Timestamp is outside the allowed window; check the client clock.");

        var expected = ScpSigner.Sign(ctx.Request.Method, AbsoluteUrl(ctx), timestamp, accessKey, accountId, options.SecretKey);
        if (!FixedEquals(signature, expected))
            throw Unauthorized("INVALID_SIGNATURE", "The request signature does not match. Sign METHOD + the exact absolute URL sent + timestamp + access key + account id + client type.");
    }

    /// <summary>scheme://Host-header + raw request target, i.e. the URL as the client put it on the wire.</summary>
    public static string AbsoluteUrl(HttpContext ctx) =>
        ctx.Request.Scheme + "://" + ctx.Request.Headers.Host.ToString() + RawTarget(ctx);

    public static string RawTarget(HttpContext ctx) =>
        ctx.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (ctx.Request.PathBase + ctx.Request.Path + ctx.Request.QueryString);

    private static string Required(IHeaderDictionary headers, string name)
    {
        var value = headers[name].ToString();
        if (value.Length == 0) throw Unauthorized("MISSING_AUTH_HEADER", $"Header {name} is required.");
        return value;
    }

    private static bool FixedEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    private static ApiException Unauthorized(string code, string detail) => new(401, code, detail);
}

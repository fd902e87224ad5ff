using System;
using System.Security.Cryptography;
using System.Text;

namespace ScpStorage.Core.Signing
{
    /// <summary>
    /// Computes SCP request signatures. Pure: no clock, no I/O, so it can be checked against
    /// known answers and used by the emulator to verify requests the same way SCP does.
    /// </summary>
    public static class ScpSigner
    {
        /// <summary>The client type SCP expects in the signed string and the Scp-ClientType header.</summary>
        public const string ClientType = "Openapi";

        /// <summary>
        /// Base64(HMAC-SHA256(secret, METHOD + URL + timestamp + accessKey + accountId + "Openapi")).
        /// <paramref name="absoluteUrl"/> must be byte for byte the URL that goes on the wire.
        /// </summary>
        public static string Sign(string method, string absoluteUrl, string timestamp, string accessKey, string? accountId, string secretKey)
        {
            if (method == null) throw new ArgumentNullException(nameof(method));
            if (absoluteUrl == null) throw new ArgumentNullException(nameof(absoluteUrl));
            var message = string.Concat(method.ToUpperInvariant(), absoluteUrl, timestamp, accessKey, accountId ?? "", ClientType);
            using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secretKey ?? "")))
            {
                return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(message)));
            }
        }

        /// <summary>Unix time in milliseconds as SCP's Scp-Timestamp header expects it.</summary>
        public static string Timestamp(DateTimeOffset now) => now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

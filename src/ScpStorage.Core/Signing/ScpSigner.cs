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

        // One HMAC and one buffer per thread, reused while the secret stays the same: signing is
        // on every request and every retry, and -AsJob signs from many threads at once.
        [ThreadStatic] private static HMACSHA256? _hmac;
        [ThreadStatic] private static string? _hmacSecret;
        [ThreadStatic] private static byte[]? _buffer;

        /// <summary>
        /// Base64(HMAC-SHA256(secret, METHOD + URL + timestamp + accessKey + accountId + "Openapi")).
        /// <paramref name="absoluteUrl"/> must be byte for byte the URL that goes on the wire.
        /// </summary>
        public static string Sign(string method, string absoluteUrl, string timestamp, string accessKey, string? accountId, string secretKey)
        {
            if (method == null) throw new ArgumentNullException(nameof(method));
            if (absoluteUrl == null) throw new ArgumentNullException(nameof(absoluteUrl));
            var message = string.Concat(method.ToUpperInvariant(), absoluteUrl, timestamp, accessKey, accountId ?? "", ClientType);
            var hmac = Hmac(secretKey ?? "");
            var max = Encoding.UTF8.GetMaxByteCount(message.Length);
            var buffer = _buffer != null && _buffer.Length >= max ? _buffer : (_buffer = new byte[Math.Max(max, 512)]);
            var length = Encoding.UTF8.GetBytes(message, 0, message.Length, buffer, 0);
            return Convert.ToBase64String(hmac.ComputeHash(buffer, 0, length));
        }

        /// <summary>Unix time in milliseconds as SCP's Scp-Timestamp header expects it.</summary>
        public static string Timestamp(DateTimeOffset now) => now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static HMACSHA256 Hmac(string secret)
        {
            if (_hmac != null && string.Equals(_hmacSecret, secret, StringComparison.Ordinal)) return _hmac;
            _hmac?.Dispose();
            _hmacSecret = secret;
            return _hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        }
    }
}

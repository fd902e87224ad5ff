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

        // One keyed HMAC and one byte buffer per thread, reused while the secret stays the same:
        // signing is on every request and every retry, and -AsJob signs from many threads at
        // once. The signed string is written straight into the buffer piece by piece (no
        // concatenated string), and IncrementalHash keeps the native HMAC state between calls.
        [ThreadStatic] private static IncrementalHash? _hmac;
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
            timestamp ??= ""; accessKey ??= ""; accountId ??= "";
            var chars = method.Length + absoluteUrl.Length + timestamp.Length + accessKey.Length + accountId.Length + ClientType.Length;
            var max = chars * 3;
            var buffer = _buffer != null && _buffer.Length >= max ? _buffer : (_buffer = new byte[Math.Max(max, 1024)]);

            var n = 0;
            foreach (var c in method)
            {
                // HTTP methods are ASCII; anything else goes through the invariant upper-casing.
                if (c > 0x7f) { n = Encoding.UTF8.GetBytes(method.ToUpperInvariant(), 0, method.Length, buffer, 0); break; }
                buffer[n++] = (byte)(c >= 'a' && c <= 'z' ? c - 32 : c);
            }
            n += Encoding.UTF8.GetBytes(absoluteUrl, 0, absoluteUrl.Length, buffer, n);
            n += Encoding.UTF8.GetBytes(timestamp, 0, timestamp.Length, buffer, n);
            n += Encoding.UTF8.GetBytes(accessKey, 0, accessKey.Length, buffer, n);
            n += Encoding.UTF8.GetBytes(accountId, 0, accountId.Length, buffer, n);
            n += Encoding.UTF8.GetBytes(ClientType, 0, ClientType.Length, buffer, n);

            var hmac = Hmac(secretKey ?? "");
            hmac.AppendData(buffer, 0, n);
            return Convert.ToBase64String(hmac.GetHashAndReset());
        }

        /// <summary>Unix time in milliseconds as SCP's Scp-Timestamp header expects it.</summary>
        public static string Timestamp(DateTimeOffset now) => now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static IncrementalHash Hmac(string secret)
        {
            if (_hmac != null && string.Equals(_hmacSecret, secret, StringComparison.Ordinal)) return _hmac;
            _hmac?.Dispose();
            _hmacSecret = secret;
            return _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        }
    }
}

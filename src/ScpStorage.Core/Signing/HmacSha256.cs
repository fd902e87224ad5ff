using System;

namespace ScpStorage.Core.Signing
{
    /// <summary>
    /// One keyed HMAC-SHA256, reused for message after message. Not thread-safe: the signer's pool
    /// gives each one to one caller at a time.
    /// </summary>
    internal abstract class HmacSha256 : IDisposable
    {
        public const int MacLength = 32;

        /// <summary>Writes HMAC(key, data[0..count)) into <paramref name="mac"/> (32 bytes).</summary>
        public abstract void Compute(byte[] data, int count, byte[] mac);

        public abstract void Dispose();

        /// <summary>
        /// The fastest implementation this process can trust: libcrypto's SHA-256 from precomputed
        /// pad states where <see cref="LibCryptoHmacSha256.IsUsable"/> says so (Linux), else .NET's
        /// own HMAC. Both give the same bytes; the first is about three times faster per message.
        /// </summary>
        public static HmacSha256 Create(byte[] key) =>
            LibCryptoHmacSha256.IsUsable ? new LibCryptoHmacSha256(key) : new PlatformHmacSha256(key);
    }
}

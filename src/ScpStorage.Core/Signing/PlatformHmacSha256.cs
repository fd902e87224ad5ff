using System;
using System.Security.Cryptography;

namespace ScpStorage.Core.Signing
{
    /// <summary>
    /// HMAC-SHA256 through .NET's <see cref="IncrementalHash"/>, which keeps the keyed state
    /// between messages. Works everywhere (Windows PowerShell 5.1 included).
    /// </summary>
    internal sealed class PlatformHmacSha256 : HmacSha256
    {
        private readonly IncrementalHash _hmac;

        public PlatformHmacSha256(byte[] key) => _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);

        public override void Compute(byte[] data, int count, byte[] mac)
        {
            _hmac.AppendData(data, 0, count);
            Buffer.BlockCopy(_hmac.GetHashAndReset(), 0, mac, 0, MacLength);
        }

        public override void Dispose() => _hmac.Dispose();
    }
}

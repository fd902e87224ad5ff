using System;
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

        // Keyed HMACs with their byte buffers, reused while the secret stays the same: signing is
        // on every request and every retry, and -AsJob signs from many threads at once. The
        // signed string is written straight into the buffer piece by piece (no concatenated
        // string), and the HMAC keeps its keyed state between calls (HmacSha256). A small shared
        // pool rather than one per thread: PowerShell may run each invocation on a new thread, and
        // a per-thread HMAC would then be made for each call and left to the finalizer to close.
        private sealed class Keyed
        {
            public Keyed(string secret)
            {
                System.Threading.Interlocked.Increment(ref _keyedMade);
                Secret = secret;
                Hmac = HmacSha256.Create(Encoding.UTF8.GetBytes(secret));
            }

            public readonly string Secret;
            public readonly HmacSha256 Hmac;
            public readonly byte[] Mac = new byte[HmacSha256.MacLength];
            public byte[] Buffer = new byte[1024];
        }

        private static int _keyedMade;

        /// <summary>Keyed HMACs made so far (each holds a native handle): tests check that they are reused.</summary>
        internal static int KeyedMade => System.Threading.Volatile.Read(ref _keyedMade);

        private const int PoolSize = 16;
        private static readonly System.Collections.Generic.List<Keyed> Pool = new System.Collections.Generic.List<Keyed>(PoolSize);

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
            var keyed = Rent(secretKey ?? "");
            string signature;
            try
            {
                if (keyed.Buffer.Length < max) keyed.Buffer = new byte[max];
                signature = Sign(keyed, method, absoluteUrl, timestamp, accessKey, accountId);
            }
            catch
            {
                keyed.Hmac.Dispose(); // its state may hold half a message: never reused
                throw;
            }
            Return(keyed);
            return signature;
        }

        private static string Sign(Keyed keyed, string method, string absoluteUrl, string timestamp, string accessKey, string accountId)
        {
            var buffer = keyed.Buffer;
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

            keyed.Hmac.Compute(buffer, n, keyed.Mac);
            return Convert.ToBase64String(keyed.Mac);
        }

        /// <summary>Unix time in milliseconds as SCP's Scp-Timestamp header expects it.</summary>
        public static string Timestamp(DateTimeOffset now) => now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        // The most recently returned keyed HMAC, taken and given back with one atomic exchange
        // each: a session signs with one secret, so most calls never take the pool's lock.
        private static Keyed? _ready;

        private static Keyed Rent(string secret)
        {
            var ready = System.Threading.Interlocked.Exchange(ref _ready, null);
            if (ready != null)
            {
                if (string.Equals(ready.Secret, secret, StringComparison.Ordinal)) return ready;
                AddToPool(ready);
            }
            lock (Pool)
            {
                for (int i = Pool.Count - 1; i >= 0; i--)
                {
                    if (!string.Equals(Pool[i].Secret, secret, StringComparison.Ordinal)) continue;
                    var found = Pool[i];
                    Pool.RemoveAt(i);
                    return found;
                }
            }
            return new Keyed(secret);
        }

        private static void Return(Keyed keyed)
        {
            if (System.Threading.Interlocked.CompareExchange(ref _ready, keyed, null) == null) return;
            AddToPool(keyed);
        }

        private static void AddToPool(Keyed keyed)
        {
            lock (Pool)
            {
                if (Pool.Count < PoolSize) { Pool.Add(keyed); return; }
                // Full: the oldest entry gives way (a secret no longer in use ages out).
                var oldest = Pool[0];
                Pool.RemoveAt(0);
                Pool.Add(keyed);
                oldest.Hmac.Dispose();
            }
        }
    }
}

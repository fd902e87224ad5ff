using System;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ScpStorage.Core.Signing
{
    /// <summary>
    /// HMAC-SHA256 from OpenSSL's SHA-256 functions and precomputed pad states, on Linux.
    /// <para>
    /// Why: every request is signed, and on Linux .NET's HMAC goes through OpenSSL's generic
    /// EVP layer, whose per-message set-up costs three times the hashing itself (about 900 ns
    /// against 300 ns for a 220-byte signed string). HMAC is SHA-256 over (key ⊕ ipad, message)
    /// and then over (key ⊕ opad, inner hash); the two pad blocks depend only on the key, so their
    /// SHA-256 states are computed once per secret and copied for each message. That leaves four
    /// calls into libcrypto, which uses the CPU's SHA instructions where it has them.
    /// </para>
    /// <para>
    /// Used only where it is safe to load: on Linux (Windows has no libcrypto; on macOS loading
    /// the system's one ends the process), with libcrypto 3 or 1.1 present, not in FIPS mode
    /// (there the approved implementation is the EVP one .NET uses), and only after it has given
    /// the same answers as .NET's HMAC for keys and messages around every block boundary.
    /// Anything else means <see cref="PlatformHmacSha256"/>.
    /// </para>
    /// </summary>
    internal sealed class LibCryptoHmacSha256 : HmacSha256
    {
        // SHA256_CTX is 112 bytes in every OpenSSL since 0.9.8 (eight state words, two length
        // words, one 64-byte block, two ints) and holds no pointer, so a copy is a valid state.
        // The buffers are larger so that no build could write past them, and are copied whole.
        private const int StateBytes = 256;
        private const int BlockBytes = 64;

        private static readonly Lazy<Sha256Functions?> Found = new Lazy<Sha256Functions?>(Find);

        private readonly Sha256Functions _sha;
        private readonly byte[] _innerStart = new byte[StateBytes];
        private readonly byte[] _outerStart = new byte[StateBytes];
        private readonly byte[] _work = new byte[StateBytes];
        private readonly byte[] _innerMac = new byte[MacLength];

        /// <summary>True when libcrypto was found, is not in FIPS mode and passed the comparison with .NET's HMAC.</summary>
        public static bool IsUsable => Found.Value != null;

        /// <summary>The libcrypto in use ("libcrypto.so.3", "libcrypto.so.1.1"), or null.</summary>
        internal static string? Library => Found.Value?.Library;

        public LibCryptoHmacSha256(byte[] key)
            : this(Found.Value ?? throw new InvalidOperationException("libcrypto's SHA-256 is not usable in this process."), key)
        {
        }

        private LibCryptoHmacSha256(Sha256Functions sha, byte[] key)
        {
            _sha = sha;
            // RFC 2104: a key longer than the block is replaced by its hash; a shorter one is zero-padded.
            if (key.Length > BlockBytes) key = Hash(sha, key);
            var pad = new byte[BlockBytes];
            try
            {
                Start(sha, _innerStart, key, pad, 0x36);
                Start(sha, _outerStart, key, pad, 0x5c);
            }
            finally { Array.Clear(pad, 0, pad.Length); }
        }

        public override void Compute(byte[] data, int count, byte[] mac)
        {
            // Native code trusts the lengths it is given: a wrong one must stop here.
            if ((uint)count > (uint)data.Length) throw new ArgumentOutOfRangeException(nameof(count));
            if (mac.Length < MacLength) throw new ArgumentException("The MAC buffer holds fewer than 32 bytes.", nameof(mac));
            Buffer.BlockCopy(_innerStart, 0, _work, 0, StateBytes);
            Check(_sha.Update(_work, data, (UIntPtr)count));
            Check(_sha.Final(_innerMac, _work));
            Buffer.BlockCopy(_outerStart, 0, _work, 0, StateBytes);
            Check(_sha.Update(_work, _innerMac, (UIntPtr)MacLength));
            Check(_sha.Final(mac, _work));
        }

        /// <summary>The key-derived states are cleared, not left for the collector.</summary>
        public override void Dispose()
        {
            Array.Clear(_innerStart, 0, StateBytes);
            Array.Clear(_outerStart, 0, StateBytes);
            Array.Clear(_work, 0, StateBytes);
            Array.Clear(_innerMac, 0, MacLength);
        }

        private static void Start(Sha256Functions sha, byte[] state, byte[] key, byte[] pad, byte with)
        {
            for (int i = 0; i < BlockBytes; i++) pad[i] = (byte)((i < key.Length ? key[i] : 0) ^ with);
            Check(sha.Init(state));
            Check(sha.Update(state, pad, (UIntPtr)BlockBytes));
        }

        private static byte[] Hash(Sha256Functions sha, byte[] data)
        {
            var state = new byte[StateBytes];
            var hash = new byte[MacLength];
            Check(sha.Init(state));
            Check(sha.Update(state, data, (UIntPtr)data.Length));
            Check(sha.Final(hash, state));
            return hash;
        }

        private static void Check(int ok)
        {
            if (ok != 1) throw new CryptographicException("libcrypto's SHA-256 reported a failure.");
        }

        private static Sha256Functions? Find()
        {
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux)) return null;
            foreach (var candidate in new Sha256Functions[] { new LibCrypto3(), new LibCrypto11() })
            {
                try
                {
                    if (candidate.FipsMode()) return null;
                    if (AgreesWithPlatform(candidate)) return candidate;
                }
                catch (DllNotFoundException) { }
                catch (EntryPointNotFoundException) { }
                catch (BadImageFormatException) { }
                catch (CryptographicException) { }
            }
            return null;
        }

        /// <summary>
        /// The same MACs as .NET's HMAC for keys of 0, 5, 64 and 131 bytes (shorter than, exactly
        /// and longer than a block) and messages on both sides of each padding boundary.
        /// </summary>
        internal static bool AgreesWithPlatform(Sha256Functions sha)
        {
            var ours = new byte[MacLength];
            foreach (var keyLength in new[] { 0, 5, 64, 131 })
            {
                var key = Pattern(keyLength, 7);
                using var native = new LibCryptoHmacSha256(sha, key);
                using var platform = new PlatformHmacSha256(key);
                var theirs = new byte[MacLength];
                foreach (var length in new[] { 0, 1, 55, 56, 63, 64, 65, 119, 120, 229, 1000 })
                {
                    var message = Pattern(length, 3);
                    native.Compute(message, length, ours);
                    platform.Compute(message, length, theirs);
                    for (int i = 0; i < MacLength; i++) if (ours[i] != theirs[i]) return false;
                }
            }
            return true;
        }

        private static byte[] Pattern(int length, int step)
        {
            var bytes = new byte[length];
            for (int i = 0; i < length; i++) bytes[i] = (byte)(i * step + 1);
            return bytes;
        }

        /// <summary>OpenSSL's SHA256_Init/Update/Final (each returns 1 on success) and its FIPS switch.</summary>
        internal abstract class Sha256Functions
        {
            public abstract string Library { get; }
            public abstract int Init(byte[] state);
            public abstract int Update(byte[] state, byte[] data, UIntPtr count);
            public abstract int Final(byte[] digest, byte[] state);
            public abstract bool FipsMode();
        }

        // One class per soname, because a DllImport's library name is a constant. Arrays of bytes
        // are blittable: the marshaller pins them and passes their address, so no copy is made.
        private sealed class LibCrypto3 : Sha256Functions
        {
            private const string Lib = "libcrypto.so.3";
            public override string Library => Lib;
            [DllImport(Lib, ExactSpelling = true)] private static extern int SHA256_Init([In, Out] byte[] c);
            [DllImport(Lib, ExactSpelling = true)] private static extern int SHA256_Update([In, Out] byte[] c, [In] byte[] data, UIntPtr len);
            [DllImport(Lib, ExactSpelling = true)] private static extern int SHA256_Final([Out] byte[] md, [In, Out] byte[] c);
            [DllImport(Lib, ExactSpelling = true)] private static extern int EVP_default_properties_is_fips_enabled(IntPtr libraryContext);
            public override int Init(byte[] state) => SHA256_Init(state);
            public override int Update(byte[] state, byte[] data, UIntPtr count) => SHA256_Update(state, data, count);
            public override int Final(byte[] digest, byte[] state) => SHA256_Final(digest, state);
            public override bool FipsMode() => EVP_default_properties_is_fips_enabled(IntPtr.Zero) != 0;
        }

        private sealed class LibCrypto11 : Sha256Functions
        {
            private const string Lib = "libcrypto.so.1.1";
            public override string Library => Lib;
            [DllImport(Lib, ExactSpelling = true)] private static extern int SHA256_Init([In, Out] byte[] c);
            [DllImport(Lib, ExactSpelling = true)] private static extern int SHA256_Update([In, Out] byte[] c, [In] byte[] data, UIntPtr len);
            [DllImport(Lib, ExactSpelling = true)] private static extern int SHA256_Final([Out] byte[] md, [In, Out] byte[] c);
            [DllImport(Lib, ExactSpelling = true)] private static extern int FIPS_mode();
            public override int Init(byte[] state) => SHA256_Init(state);
            public override int Update(byte[] state, byte[] data, UIntPtr count) => SHA256_Update(state, data, count);
            public override int Final(byte[] digest, byte[] state) => SHA256_Final(digest, state);
            public override bool FipsMode() => FIPS_mode() != 0;
        }
    }
}

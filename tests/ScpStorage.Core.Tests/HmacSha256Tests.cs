using System;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using FluentAssertions;
using ScpStorage.Core.Signing;
using Xunit;

namespace ScpStorage.Core.Tests
{
    /// <summary>
    /// The signer's two HMAC-SHA256 implementations: .NET's, and libcrypto's SHA-256 from
    /// precomputed pad states (Linux). Both must give RFC 4231's answers and each other's.
    /// </summary>
    public sealed class HmacSha256Tests
    {
        // RFC 4231 test cases 1, 2, 3, 4, 6 and 7 (5 truncates its output): keys shorter than a
        // block, of 25 bytes, and of 131 bytes (hashed first); messages shorter and longer than a block.
        public static TheoryData<string, string, string> Rfc4231 => new TheoryData<string, string, string>
        {
            { Convert.ToHexStringLower(Repeat(0x0b, 20)), Convert.ToHexStringLower(Encoding.ASCII.GetBytes("Hi There")), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7" },
            { Convert.ToHexStringLower(Encoding.ASCII.GetBytes("Jefe")), Convert.ToHexStringLower(Encoding.ASCII.GetBytes("what do ya want for nothing?")), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843" },
            { Convert.ToHexStringLower(Repeat(0xaa, 20)), Convert.ToHexStringLower(Repeat(0xdd, 50)), "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe" },
            { Convert.ToHexStringLower(Enumerable.Range(1, 25).Select(i => (byte)i).ToArray()), Convert.ToHexStringLower(Repeat(0xcd, 50)), "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b" },
            { Convert.ToHexStringLower(Repeat(0xaa, 131)), Convert.ToHexStringLower(Encoding.ASCII.GetBytes("Test Using Larger Than Block-Size Key - Hash Key First")), "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54" },
            { Convert.ToHexStringLower(Repeat(0xaa, 131)), Convert.ToHexStringLower(Encoding.ASCII.GetBytes("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.")), "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2" },
        };

        [Fact]
        public void On_Linux_the_signer_hashes_through_libcrypto()
        {
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            {
                LibCryptoHmacSha256.IsUsable.Should().BeFalse("libcrypto is loaded only on Linux");
                return;
            }
            LibCryptoHmacSha256.Library.Should().BeOneOf("libcrypto.so.3", "libcrypto.so.1.1");
            using var hmac = HmacSha256.Create(new byte[] { 1, 2, 3 });
            hmac.Should().BeOfType<LibCryptoHmacSha256>();
        }

        [Theory]
        [MemberData(nameof(Rfc4231))]
        public void Both_implementations_give_the_RFC_4231_answer(string key, string message, string mac)
        {
            foreach (var hmac in Implementations(Convert.FromHexString(key)))
            {
                using (hmac)
                {
                    var data = Convert.FromHexString(message);
                    var output = new byte[HmacSha256.MacLength];
                    hmac.Compute(data, data.Length, output);
                    Convert.ToHexStringLower(output).Should().Be(mac, hmac.GetType().Name);
                }
            }
        }

        [Fact]
        public void One_keyed_instance_answers_message_after_message_as_a_fresh_one_does()
        {
            var key = Encoding.UTF8.GetBytes("secret-key-for-reuse");
            var messages = new[] { "GET https://a/v1/volumes", "", new string('x', 300), "GET https://a/v1/volumes" }
                .Select(Encoding.UTF8.GetBytes).ToArray();
            foreach (var reused in Implementations(key))
            {
                using (reused)
                {
                    foreach (var message in messages)
                    {
                        using var fresh = new PlatformHmacSha256(key);
                        Mac(reused, message, message.Length).Should().Equal(Mac(fresh, message, message.Length), reused.GetType().Name);
                    }
                }
            }
        }

        [Fact]
        public void Libcrypto_agrees_with_dotnet_on_random_keys_and_messages_and_reads_only_count_bytes()
        {
            if (!LibCryptoHmacSha256.IsUsable) return; // nothing to compare on a platform without it
            var random = new Random(4231);
            for (int i = 0; i < 400; i++)
            {
                var key = new byte[random.Next(0, 200)];
                var message = new byte[random.Next(0, 700)];
                random.NextBytes(key);
                random.NextBytes(message);
                var count = random.Next(0, message.Length + 1); // the signer's buffer is longer than what it signs
                using var native = new LibCryptoHmacSha256(key);
                using var platform = new PlatformHmacSha256(key);
                Mac(native, message, count).Should().Equal(Mac(platform, message, count), $"key {key.Length} B, message {count} of {message.Length} B");
            }
        }

        [Fact]
        public void A_count_beyond_the_buffer_is_refused_before_native_code_reads_it()
        {
            foreach (var hmac in Implementations(new byte[] { 9 }))
            {
                using (hmac)
                {
                    Action act = () => hmac.Compute(new byte[10], 11, new byte[HmacSha256.MacLength]);
                    act.Should().Throw<ArgumentException>(hmac.GetType().Name);
                }
            }
        }

        private static HmacSha256[] Implementations(byte[] key) =>
            LibCryptoHmacSha256.IsUsable
                ? new HmacSha256[] { new PlatformHmacSha256(key), new LibCryptoHmacSha256(key) }
                : new HmacSha256[] { new PlatformHmacSha256(key) };

        private static byte[] Mac(HmacSha256 hmac, byte[] data, int count)
        {
            var mac = new byte[HmacSha256.MacLength];
            hmac.Compute(data, count, mac);
            return mac;
        }

        private static byte[] Repeat(byte value, int count) => Enumerable.Repeat(value, count).ToArray();
    }
}

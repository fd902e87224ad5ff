using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Core.Signing;
using Xunit;

namespace ScpStorage.Core.Tests
{
    /// <summary>
    /// The signer's keyed HMACs are pooled: a call on a new thread (PowerShell may start one per
    /// invocation) reuses one instead of making a native handle for the finalizer, and threads
    /// signing with different secrets at once never get each other's.
    /// </summary>
    public sealed class SignerReuseTests
    {
        private const string Url = "https://virtualserver.kr-west1.e.samsungsdscloud.com/v1/volumes?limit=20";

        [Fact]
        public void Calls_on_fresh_threads_reuse_the_keyed_HMAC()
        {
            var secret = "reuse-" + System.Guid.NewGuid().ToString("N");
            var expected = ScpSigner.Sign("GET", Url, "1700000000000", "ak", "acct", secret);
            var made = ScpSigner.KeyedMade;
            for (int i = 0; i < 40; i++)
            {
                string? signature = null;
                var thread = new Thread(() => signature = ScpSigner.Sign("GET", Url, "1700000000000", "ak", "acct", secret));
                thread.Start();
                thread.Join();
                signature.Should().Be(expected);
            }
            (ScpSigner.KeyedMade - made).Should().BeLessThan(3, "forty calls on forty new threads share the pooled HMAC");
        }

        [Fact]
        public void Threads_signing_with_different_secrets_at_once_each_get_their_own_answer()
        {
            var secrets = Enumerable.Range(0, 5).Select(i => "parallel-secret-" + i).ToArray();
            var expected = secrets.Select(s => ScpSigner.Sign("POST", Url, "1700000000000", "ak", "acct", s)).ToArray();
            var wrong = 0;
            Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            {
                var k = i % secrets.Length;
                if (ScpSigner.Sign("POST", Url, "1700000000000", "ak", "acct", secrets[k]) != expected[k]) Interlocked.Increment(ref wrong);
            });
            wrong.Should().Be(0);
        }
    }
}

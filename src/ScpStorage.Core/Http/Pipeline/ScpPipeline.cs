using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Config;
using ScpStorage.Core.Logging;

namespace ScpStorage.Core.Http.Pipeline
{
    /// <summary>
    /// The ordered policies every SCP call runs through, built in this one place:
    /// request id → retry → signing (per attempt) → logging → transport.
    /// One process-wide instance shares one HttpClient, so connections are reused across cmdlet calls.
    /// </summary>
    public sealed class ScpPipeline
    {
        private static readonly Lazy<ScpPipeline> SharedInstance = new Lazy<ScpPipeline>(() => new ScpPipeline(CreateHttpClient(), TimeSpan.FromSeconds(100), blockingSendAllowed: true));

        private readonly ScpPipelinePolicy[] _policies;
        private readonly Func<DateTimeOffset> _clock;

        /// <param name="blockingSendAllowed">The client's handler supports synchronous sends (see <see cref="ScpBlockingSend"/>).</param>
        public ScpPipeline(HttpClient client, TimeSpan attemptTimeout, Func<DateTimeOffset>? clock = null, bool blockingSendAllowed = false)
        {
            _clock = clock ?? (() => DateTimeOffset.UtcNow);
            _policies = new ScpPipelinePolicy[]
            {
                new RequestIdPolicy(), new RetryPolicy(), new SigningPolicy(), new LoggingPolicy(), new TransportPolicy(client, attemptTimeout, blockingSendAllowed),
            };
        }

        /// <summary>The process-wide pipeline over the shared HttpClient.</summary>
        public static ScpPipeline Shared => SharedInstance.Value;

        /// <summary>
        /// Runs a request through every policy; the message holds the final attempt's outcome.
        /// With <paramref name="streamBody"/>, a successful answer's body is left to be read from
        /// <see cref="ScpMessage.ResponseStream"/>, which the caller then owns.
        /// </summary>
        public async Task<ScpMessage> SendAsync(ScpRequest request, ScpConnection connection, Action<ScpLogEvent>? log, CancellationToken ct,
            Func<ScpLogLevel, bool>? isEnabled = null, bool streamBody = false)
        {
            var message = new ScpMessage(request, connection, log, _clock, ct)
            {
                IsEnabled = log == null ? (_ => false) : isEnabled ?? (_ => true),
                StreamBody = streamBody,
            };
            await new ScpPipelineNext(_policies, 0).InvokeAsync(message).ConfigureAwait(false);
            return message;
        }

        private static HttpClient CreateHttpClient()
        {
            var handler = new HttpClientHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                UseCookies = false,
                AllowAutoRedirect = false,
            };
            // Windows PowerShell 5.1 (.NET Framework) defaults to 2 connections per host, which
            // would serialise -AsJob work; raise it where the platform allows.
            try { handler.MaxConnectionsPerServer = 64; } catch (PlatformNotSupportedException) { }
            try { ServicePointManager.DefaultConnectionLimit = Math.Max(ServicePointManager.DefaultConnectionLimit, 64); } catch (PlatformNotSupportedException) { }
            return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        }
    }
}

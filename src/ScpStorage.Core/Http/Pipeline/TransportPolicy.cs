using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace ScpStorage.Core.Http.Pipeline
{
    /// <summary>
    /// The last policy: sends the attempt over the shared HttpClient and reads the body. A
    /// transport failure is recorded on the message (not thrown) so retry can classify it;
    /// cancellation by the caller is thrown as is. Over a handler that supports it (the shared
    /// pipeline's), a thread that may block sends synchronously (<see cref="ScpBlockingSend"/>).
    /// </summary>
    public sealed class TransportPolicy : ScpPipelinePolicy
    {
        private readonly HttpClient _client;
        private readonly TimeSpan _attemptTimeout;
        private readonly bool _blockingAllowed;

        /// <param name="blockingAllowed">The client's handler supports synchronous sends (a custom handler may not).</param>
        public TransportPolicy(HttpClient client, TimeSpan attemptTimeout, bool blockingAllowed = false)
        {
            _client = client; _attemptTimeout = attemptTimeout; _blockingAllowed = blockingAllowed;
        }

        public override async Task ProcessAsync(ScpMessage message, ScpPipelineNext next)
        {
            var request = message.HttpRequest!;
            // System.Uri may re-escape what it is given; the signature covers the string we built,
            // so refuse to send anything else.
            if (!string.Equals(request.RequestUri!.AbsoluteUri, message.Url, StringComparison.Ordinal))
                throw new InvalidOperationException($"The URL would be sent as '{Logging.ScpRedactor.Url(request.RequestUri.AbsoluteUri)}' but was signed as '{Logging.ScpRedactor.Url(message.Url)}'.");

            var timeout = System.Threading.CancellationTokenSource.CreateLinkedTokenSource(message.CancellationToken);
            try
            {
                timeout.CancelAfter(_attemptTimeout);
                try
                {
                    var completion = message.StreamBody ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead;
                    var send = _blockingAllowed ? ScpBlockingSend.Here : null;
                    var response = send != null
                        ? send(_client, request, completion, timeout.Token)
                        : await _client.SendAsync(request, completion, timeout.Token).ConfigureAwait(false);
                    message.HttpResponse = response;
                    if (message.StreamBody && response.IsSuccessStatusCode && response.Content != null)
                    {
                        // The body is read later, by the caller, still within this attempt's time.
                        message.ResponseStream = new ScpStreamedBody(response, await response.Content.ReadAsStreamAsync().ConfigureAwait(false), timeout);
                        timeout = null;
                    }
                    else if (response.Content != null)
                    {
                        // A body not yet read (an error answer to a streamed call) still ends with the attempt's time.
                        using (timeout.Token.Register(response.Dispose))
                            message.ResponseBody = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException) when (message.CancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (OperationCanceledException e)
                {
                    message.TransportError = new TimeoutException($"No response within {_attemptTimeout.TotalSeconds:0} s.", e);
                }
                catch (HttpRequestException e)
                {
                    message.TransportError = e;
                }
                catch (System.IO.IOException e)
                {
                    message.TransportError = e;
                }
                catch (ObjectDisposedException e) when (timeout != null && timeout.IsCancellationRequested)
                {
                    // The attempt's time ran out while an error body was being read.
                    if (message.CancellationToken.IsCancellationRequested) throw new OperationCanceledException(message.CancellationToken);
                    message.TransportError = new TimeoutException($"No response within {_attemptTimeout.TotalSeconds:0} s.", e);
                }
            }
            finally
            {
                timeout?.Dispose();
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Config;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Http.Pipeline;
using ScpStorage.Core.Logging;

namespace ScpStorage.Core.Http
{
    /// <summary>
    /// Sends SCP requests for one resolved connection and one log sink. Cheap to create (the
    /// pipeline and its HttpClient are shared); service clients wrap it with typed operations.
    /// </summary>
    public sealed class ScpClient
    {
        private readonly ScpPipeline _pipeline;

        /// <param name="isEnabled">
        /// Which levels the sink wants; levels it does not want are never formatted, so a quiet
        /// call costs no log text (null: every level the sink gets).
        /// </param>
        public ScpClient(ScpConnection connection, Action<ScpLogEvent>? log = null, ScpPipeline? pipeline = null, Func<ScpLogLevel, bool>? isEnabled = null)
        {
            Connection = connection ?? throw new ArgumentNullException(nameof(connection));
            Log = log;
            IsEnabled = log == null ? (_ => false) : isEnabled ?? (_ => true);
            _pipeline = pipeline ?? ScpPipeline.Shared;
        }

        public ScpConnection Connection { get; }
        public Action<ScpLogEvent>? Log { get; }
        public Func<ScpLogLevel, bool> IsEnabled { get; }

        /// <summary>Sends a request; returns the 2xx answer or throws <see cref="ScpRequestFailedException"/>.</summary>
        public async Task<ScpResponse> SendAsync(ScpRequest request, CancellationToken ct)
        {
            WarnIfExpired(request);
            var m = await _pipeline.SendAsync(request, Connection, Log, ct, IsEnabled).ConfigureAwait(false);
            var status = Succeeded(request, m);
            var http = m.HttpResponse!;
            http.Dispose(); // the body is read; the header collections stay readable
            return new ScpResponse(status, m.ResponseBody, () => HeadersOf(http), m.RequestId, m.Attempt);
        }

        /// <summary>Response and content headers in one case-insensitive map, repeated names joined with commas.</summary>
        private static IReadOnlyDictionary<string, string> HeadersOf(System.Net.Http.HttpResponseMessage http) =>
            http.Headers.Concat(http.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => string.Join(",", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// Sends a request whose 2xx body is read as it arrives (list pages); failures throw as
        /// <see cref="SendAsync"/> does. The caller owns the body. When the debug log is on, the
        /// body is read whole first, so the log shows it as for any other answer.
        /// </summary>
        public async Task<ScpStreamedBody> SendStreamedAsync(ScpRequest request, CancellationToken ct)
        {
            if (IsEnabled(ScpLogLevel.Debug)) return new ScpStreamedBody((await SendAsync(request, ct).ConfigureAwait(false)).Body);
            WarnIfExpired(request);
            var m = await _pipeline.SendAsync(request, Connection, Log, ct, IsEnabled, streamBody: true).ConfigureAwait(false);
            Succeeded(request, m);
            if (m.ResponseStream != null) return m.ResponseStream;
            m.HttpResponse!.Dispose(); // an answer without content
            return new ScpStreamedBody(m.ResponseBody);
        }

        /// <summary>Synchronous <see cref="SendStreamedAsync"/>.</summary>
        public ScpStreamedBody SendStreamed(ScpRequest request, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            return ScpBlockingSend.On(() => SendStreamedAsync(request, ct)).GetAwaiter().GetResult();
        }

        /// <summary>The 2xx status of the final attempt; anything else throws <see cref="ScpRequestFailedException"/> (the response closed).</summary>
        private static int Succeeded(ScpRequest request, ScpMessage m)
        {
            var url = ScpRedactor.Url(m.Url);
            if (m.HttpResponse == null)
            {
                var cause = m.TransportError?.GetBaseException().Message ?? "no response";
                throw new ScpRequestFailedException(
                    $"{request.Service} {request.Operation} failed: {cause} ({request.Method} {url})",
                    null, null, request.Service, request.Operation, request.Method, url, m.RequestId, m.TransportError,
                    m.Attempt, m.Elapsed, ScpRetryClassifier.MayHaveBeenProcessed(null, m.TransportError), m.EarlierAttemptMayHaveBeenProcessed);
            }
            var status = (int)m.HttpResponse.StatusCode;
            if (status >= 200 && status < 300) return status;

            m.HttpResponse.Dispose();
            var error = ScpErrorBody.TryParse(m.ResponseBody);
            var detail = error?.Detail ?? m.HttpResponse.ReasonPhrase ?? "error";
            var code = error?.Code != null ? $" [{error.Code}]" : "";
            throw new ScpRequestFailedException(
                $"{request.Service} {request.Operation} failed with {status}{code}: {detail} ({request.Method} {url})",
                status, error, request.Service, request.Operation, request.Method, url, m.RequestId, null,
                m.Attempt, m.Elapsed, ScpRetryClassifier.MayHaveBeenProcessed(status, null), m.EarlierAttemptMayHaveBeenProcessed);
        }

        /// <summary>Synchronous form for cmdlets; cancellation still ends the call promptly.</summary>
        public ScpResponse Send(ScpRequest request, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            // Every await below is ConfigureAwait(false), so blocking here cannot deadlock on a context.
            return ScpBlockingSend.On(() => SendAsync(request, ct)).GetAwaiter().GetResult();
        }

        private void WarnIfExpired(ScpRequest request)
        {
            if (request.Unversioned) return;
            var version = Connection.ApiVersion(request.Service);
            if (version.IsExpired(DateTimeOffset.UtcNow))
                Log.Write(ScpLogLevel.Warning,
                    $"API version '{version.HeaderValue}' is past its Not Before date ({version.NotBefore:yyyy-MM-dd}); SCP no longer serves it. " +
                    $"Pin '{ScpApiVersions.Current(request.Service).Version}' or remove the pin (Set-ScpApiVersion).");
            else if (ScpApiVersions.Find(version.Service, version.Version) == null)
                Log.Write(ScpLogLevel.Warning, $"API version '{version.HeaderValue}' is not one SCP documents for {version.Service}.");
        }
    }
}

using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using ScpStorage.Core.Logging;

namespace ScpStorage.Core.Http.Pipeline
{
    /// <summary>
    /// Writes one Verbose line per attempt and its outcome, and the headers and bodies at Debug.
    /// Everything passes through <see cref="ScpRedactor"/>: the signature, tokens and keys
    /// never reach a log line.
    /// </summary>
    public sealed class LoggingPolicy : ScpPipelinePolicy
    {
        private const int MaxBodyChars = 4096;

        public override async Task ProcessAsync(ScpMessage message, ScpPipelineNext next)
        {
            var log = message.Log;
            var verbose = log != null && message.IsEnabled(ScpLogLevel.Verbose);
            var debug = log != null && message.IsEnabled(ScpLogLevel.Debug);
            if (!verbose && !debug)
            {
                await next.InvokeAsync(message).ConfigureAwait(false);
                return;
            }
            var url = ScpRedactor.Url(message.Url);
            if (verbose)
                log.Write(ScpLogLevel.Verbose,
                    $"{message.Request.Service} {message.Request.Operation}: {message.Request.Method} {url} (attempt {message.Attempt}/{message.MaxAttempts}, request {message.RequestId})");
            if (debug)
            {
                var headers = message.HttpRequest!.Headers.Select(h => $"{h.Key}: {ScpRedactor.Header(h.Key, string.Join(",", h.Value))}");
                log.Write(ScpLogLevel.Debug, "Request headers: " + string.Join("; ", headers));
                if (message.BodyText != null) log.Write(ScpLogLevel.Debug, "Request body: " + Truncate(ScpRedactor.Body(message.BodyText)));
            }
            var watch = Stopwatch.StartNew();
            await next.InvokeAsync(message).ConfigureAwait(false);
            var ms = watch.ElapsedMilliseconds;
            if (message.HttpResponse != null)
            {
                if (verbose)
                    log.Write(ScpLogLevel.Verbose, $"{message.Request.Method} {url} -> {(int)message.HttpResponse.StatusCode} {message.HttpResponse.ReasonPhrase} in {ms} ms");
                if (debug && message.ResponseBody.Length > 0)
                    log.Write(ScpLogLevel.Debug, "Response body: " + Truncate(ScpRedactor.Body(message.ResponseBody)));
            }
            else if (message.TransportError != null && verbose)
            {
                log.Write(ScpLogLevel.Verbose, $"{message.Request.Method} {url} -> no response after {ms} ms: {message.TransportError.GetBaseException().Message}");
            }
        }

        private static string Truncate(string s) => s.Length <= MaxBodyChars ? s : s.Substring(0, MaxBodyChars) + $"... ({s.Length} chars)";
    }
}

using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using ScpStorage.Core.Config;
using ScpStorage.Core.Logging;

namespace ScpStorage.Core.Http.Pipeline
{
    /// <summary>
    /// The state of one logical call as it moves through the policies: the request, the URL that
    /// is signed and sent, the current attempt's HTTP message and its outcome.
    /// </summary>
    public sealed class ScpMessage
    {
        internal ScpMessage(ScpRequest request, ScpConnection connection, Action<ScpLogEvent>? log, Func<DateTimeOffset> clock, CancellationToken ct)
        {
            Request = request; Connection = connection; Log = log; Clock = clock; CancellationToken = ct;
            // Normalised the way System.Uri writes it (lower-case scheme and host, default port
            // dropped), so the URL signed is the URL sent even for overrides like HTTP://LOCALHOST:80.
            BaseUrl = new Uri(connection.ServiceUrl(request.Service), UriKind.Absolute).AbsoluteUri.TrimEnd('/');
            Url = ScpUrl.Combine(BaseUrl, ScpUrl.ExpandPath(request.PathTemplate, request.PathParameters), ScpUrl.BuildQuery(request.Query));
            BodyText = request.Body?.ToString(Newtonsoft.Json.Formatting.None);
        }

        public ScpRequest Request { get; }
        public ScpConnection Connection { get; }
        public Action<ScpLogEvent>? Log { get; }
        /// <summary>Whether anyone listens at a level; policies skip formatting what nobody reads.</summary>
        public Func<ScpLogLevel, bool> IsEnabled { get; internal set; } = _ => true;
        public Func<DateTimeOffset> Clock { get; }
        public CancellationToken CancellationToken { get; }
        public string BaseUrl { get; }
        /// <summary>The absolute URL: signed as is and sent as is.</summary>
        public string Url { get; }
        public string? BodyText { get; }
        public string RequestId { get; internal set; } = "";

        public int Attempt { get; internal set; }
        public int MaxAttempts { get; internal set; } = 1;
        /// <summary>The HTTP message of the current attempt (rebuilt for every attempt).</summary>
        public HttpRequestMessage? HttpRequest { get; internal set; }
        public HttpResponseMessage? HttpResponse { get; internal set; }
        public string ResponseBody { get; internal set; } = "";
        /// <summary>
        /// Leave a successful answer's body unread for the caller to stream (list pages): the
        /// transport then sets <see cref="ResponseStream"/> instead of <see cref="ResponseBody"/>.
        /// </summary>
        public bool StreamBody { get; internal set; }
        /// <summary>The unread body of a successful streamed answer, with what ends it (<see cref="ScpStreamedBody"/>).</summary>
        internal ScpStreamedBody? ResponseStream { get; set; }
        /// <summary>The transport failure of the current attempt, if it had no response.</summary>
        public Exception? TransportError { get; internal set; }

        /// <summary>
        /// True once an attempt of this call may have been carried out by SCP without its answer
        /// reaching us (see <see cref="ScpRetryClassifier.MayHaveBeenProcessed"/>); set before the next attempt.
        /// </summary>
        public bool EarlierAttemptMayHaveBeenProcessed { get; internal set; }
        /// <summary>Time since the first attempt began.</summary>
        public System.TimeSpan Elapsed => _watch.Elapsed;
        private readonly System.Diagnostics.Stopwatch _watch = new System.Diagnostics.Stopwatch();

        /// <summary>Builds a fresh HttpRequestMessage for a new attempt (a sent one cannot be reused).</summary>
        internal void BeginAttempt()
        {
            if (Attempt == 0) _watch.Start();
            else if (ScpRetryClassifier.MayHaveBeenProcessed(HttpResponse == null ? (int?)null : (int)HttpResponse.StatusCode, TransportError))
                EarlierAttemptMayHaveBeenProcessed = true;
            Attempt++;
            ResponseStream?.Dispose();
            HttpResponse?.Dispose();
            HttpResponse = null; ResponseBody = ""; TransportError = null; ResponseStream = null;
            HttpRequest?.Dispose();
            var uri = new Uri(Url, UriKind.Absolute);
            HttpRequest = new HttpRequestMessage(new HttpMethod(Request.Method), uri);
            if (BodyText != null)
                HttpRequest.Content = new StringContent(BodyText, Encoding.UTF8, "application/json");
        }
    }
}

using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;

namespace ScpStorage.Core.Http
{
    /// <summary>
    /// A successful answer whose body is read as it arrives (a list page: items are decoded and
    /// handed out while the rest is still on the wire, and no page-sized buffer or string is
    /// made). It owns the HTTP response until disposed. The attempt's time limit still holds:
    /// when it runs out (<see cref="TimedOut"/>), or the caller cancels, the response is closed
    /// and the read in progress fails.
    /// </summary>
    public sealed class ScpStreamedBody : IDisposable
    {
        private readonly HttpResponseMessage? _response;
        private readonly CancellationTokenSource? _deadline;
        private readonly CancellationTokenRegistration _closeOnDeadline;

        internal ScpStreamedBody(HttpResponseMessage response, Stream body, CancellationTokenSource deadline)
        {
            _response = response; _deadline = deadline;
            Reader = new StreamReader(body, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 16384);
            _closeOnDeadline = deadline.Token.Register(response.Dispose);
        }

        /// <summary>An answer already read whole (when the body is wanted in the debug log too).</summary>
        internal ScpStreamedBody(string body) => Reader = new StringReader(body);

        public TextReader Reader { get; }

        /// <summary>The attempt's time ran out before the body was read to its end (and the response was closed).</summary>
        public bool TimedOut => _deadline != null && _deadline.IsCancellationRequested;

        /// <summary>A read failure that a fresh request of the same page can cure.</summary>
        public static bool IsBroken(Exception e) => e is IOException || e is HttpRequestException || e is ObjectDisposedException;

        public void Dispose()
        {
            _closeOnDeadline.Dispose();
            Reader.Dispose();
            _response?.Dispose();
            _deadline?.Dispose();
        }
    }
}

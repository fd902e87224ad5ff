using System;
using System.Net.Http;
using System.Reflection;
using System.Threading;

namespace ScpStorage.Core.Http
{
    /// <summary>
    /// Lets a caller that blocks until its call ends anyway (a cmdlet on its pipeline thread, a
    /// listing's worker fetching a page) have the HTTP exchange done on its own thread with the
    /// runtime's synchronous send: no hop to the thread pool for the answer and no wake-up back,
    /// which on a busy machine cost more than the module's own work. <c>HttpClient.Send</c>
    /// exists from .NET 5 (PowerShell 7); on Windows PowerShell 5.1 calls stay asynchronous.
    /// The permission belongs to the thread: a call that has to wait (a retry's delay) carries
    /// on asynchronously, and work started on the thread pool (-AsJob) never blocks it.
    /// </summary>
    public static class ScpBlockingSend
    {
        [ThreadStatic] private static bool _allowed;

        /// <summary>Starts <paramref name="start"/> with synchronous sends allowed on this thread until it returns.</summary>
        public static T On<T>(Func<T> start)
        {
            var was = _allowed;
            _allowed = true;
            try { return start(); }
            finally { _allowed = was; }
        }

        /// <summary>The runtime's synchronous send, when this thread may block on it (null otherwise).</summary>
        internal static Func<HttpClient, HttpRequestMessage, HttpCompletionOption, CancellationToken, HttpResponseMessage>? Here =>
            _allowed ? Send : null;

        private static readonly Func<HttpClient, HttpRequestMessage, HttpCompletionOption, CancellationToken, HttpResponseMessage>? Send = Find();

        private static Func<HttpClient, HttpRequestMessage, HttpCompletionOption, CancellationToken, HttpResponseMessage>? Find()
        {
            var method = typeof(HttpClient).GetMethod("Send", BindingFlags.Public | BindingFlags.Instance, null,
                new[] { typeof(HttpRequestMessage), typeof(HttpCompletionOption), typeof(CancellationToken) }, null);
            return method == null ? null
                : (Func<HttpClient, HttpRequestMessage, HttpCompletionOption, CancellationToken, HttpResponseMessage>)Delegate.CreateDelegate(
                    typeof(Func<HttpClient, HttpRequestMessage, HttpCompletionOption, CancellationToken, HttpResponseMessage>), method);
        }
    }
}

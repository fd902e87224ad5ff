using System;
using System.Net;
using System.Net.Sockets;

namespace ScpStorage.Core.Http.Pipeline
{
    /// <summary>
    /// The one place that decides whether a failed attempt may be tried again. A 429 means SCP
    /// did not process the request: every method is retried, POST included. Idempotent methods
    /// (GET, HEAD, PUT, DELETE) are also retried on 408/500/502/503/504 and on connection
    /// failures; POST only when the request provably never reached the server (connection
    /// refused, name not resolved), because SCP may already be acting on it: a create whose
    /// outcome is unknown is reconciled above the pipeline (<c>Core/Reconcile</c>), not resent blindly.
    /// </summary>
    public static class ScpRetryClassifier
    {
        public static bool IsIdempotent(string method) =>
            method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS";

        public static bool IsRetriableStatus(int status) =>
            status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;

        /// <summary>Decides for one attempt; <paramref name="reason"/> says why, for -Verbose.</summary>
        public static bool ShouldRetry(string method, int? status, Exception? transportError, out string reason)
        {
            if (status.HasValue)
            {
                if (!IsRetriableStatus(status.Value)) { reason = $"status {status} is final"; return false; }
                if (status.Value == 429) { reason = "status 429: throttled, not processed"; return true; }
                if (!IsIdempotent(method)) { reason = $"{method} reached the server (status {status}); not repeated"; return false; }
                reason = $"status {status}";
                return true;
            }
            if (transportError == null) { reason = "no failure"; return false; }
            if (NeverSent(transportError)) { reason = "the connection could not be made"; return true; }
            if (!IsIdempotent(method)) { reason = $"{method} may have reached the server; not repeated"; return false; }
            reason = "the connection failed: " + transportError.GetBaseException().Message;
            return true;
        }

        /// <summary>
        /// True when an attempt with this outcome may have been carried out by SCP although its
        /// answer did not say so: no answer after the request may have been sent, or a 408/5xx
        /// (a gateway may answer so while SCP goes on). A 429 and any other answer are definite.
        /// </summary>
        public static bool MayHaveBeenProcessed(int? status, Exception? transportError)
        {
            if (status.HasValue) return status.Value == 408 || (status.Value >= 500 && status.Value <= 504);
            return transportError != null && !NeverSent(transportError);
        }

        /// <summary>True when the failure happened before any byte of the request could reach the server.</summary>
        public static bool NeverSent(Exception error)
        {
            for (var e = error; e != null; e = e.InnerException)
            {
                if (e is SocketException se)
                    return se.SocketErrorCode == SocketError.ConnectionRefused || se.SocketErrorCode == SocketError.HostNotFound
                        || se.SocketErrorCode == SocketError.HostUnreachable || se.SocketErrorCode == SocketError.NetworkUnreachable
                        || se.SocketErrorCode == SocketError.TryAgain || se.SocketErrorCode == SocketError.NoData;
                if (e is WebException we)
                    return we.Status == WebExceptionStatus.ConnectFailure || we.Status == WebExceptionStatus.NameResolutionFailure;
            }
            return false;
        }
    }
}

using System;
using System.Collections.Generic;

namespace ScpStorage.Core.Errors
{
    /// <summary>
    /// The one exception for a failed SCP call: an error response, or a transport failure
    /// (Status null). Carries what a user or an error record needs; the URL is already redacted
    /// and nothing here ever holds the signature or the secret key.
    /// </summary>
    public sealed class ScpRequestFailedException : Exception
    {
        public ScpRequestFailedException(string message, int? status, ScpErrorBody? error, string service, string operation,
            string method, string url, string? requestId, Exception? inner = null)
            : base(message, inner)
        {
            Status = status; Error = error; Service = service; Operation = operation; Method = method; Url = url; RequestId = requestId;
        }

        /// <summary>HTTP status, or null when no response arrived.</summary>
        public int? Status { get; }
        /// <summary>The parsed SCP error body, when there was one.</summary>
        public ScpErrorBody? Error { get; }
        public string? ErrorCode => Error?.Code;
        public string? ErrorDetail => Error?.Detail;
        public IReadOnlyList<ScpValidationError> ValidationErrors => Error?.ValidationErrors ?? Array.Empty<ScpValidationError>();
        public string Service { get; }
        public string Operation { get; }
        public string Method { get; }
        /// <summary>The request URL with sensitive query values redacted.</summary>
        public string Url { get; }
        public string? RequestId { get; }
    }
}

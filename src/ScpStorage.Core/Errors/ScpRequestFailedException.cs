using System;
using System.Collections.Generic;
using System.Globalization;

namespace ScpStorage.Core.Errors
{
    /// <summary>
    /// The one exception for a failed SCP call: an error response, or a transport failure
    /// (Status null). Carries what a user or an error record needs; the URL is already redacted
    /// and nothing here ever holds the signature or the secret key. The message always says how
    /// many attempts were really made, and for a request whose outcome is unknown, what to check.
    /// </summary>
    public sealed class ScpRequestFailedException : Exception
    {
        private readonly string _summary;

        public ScpRequestFailedException(string message, int? status, ScpErrorBody? error, string service, string operation,
            string method, string url, string? requestId, Exception? inner = null, int attempts = 1, TimeSpan elapsed = default,
            bool mayHaveBeenProcessed = false, bool afterLostAnswer = false, string? note = null)
            : base(message, inner)
        {
            _summary = message.TrimEnd('.');
            Status = status; Error = error; Service = service; Operation = operation; Method = method; Url = url; RequestId = requestId;
            Attempts = Math.Max(1, attempts); Elapsed = elapsed; MayHaveBeenProcessed = mayHaveBeenProcessed; AfterLostAnswer = afterLostAnswer; Note = note;
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
        /// <summary>Attempts really sent, across retries (and across a waiter's polls).</summary>
        public int Attempts { get; }
        /// <summary>Time from the first attempt to the failure.</summary>
        public TimeSpan Elapsed { get; }
        /// <summary>
        /// The last attempt may have reached SCP and been carried out without its answer reaching us
        /// (connection lost after sending, timeout, 408/5xx): a create may exist.
        /// </summary>
        public bool MayHaveBeenProcessed { get; }
        /// <summary>
        /// An earlier attempt of this call may have been carried out: an answer such as "already
        /// deleting" or "same size" may be about our own earlier attempt, not a real conflict.
        /// </summary>
        public bool AfterLostAnswer { get; }
        /// <summary>What the caller should know or check (e.g. that a resource may exist), if anything.</summary>
        public string? Note { get; }

        public override string Message
        {
            get
            {
                var tries = Attempts == 1 ? "1 attempt" : $"{Attempts} attempts";
                var over = Elapsed >= TimeSpan.FromSeconds(1) ? " over " + Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s" : "";
                return $"{_summary}; {tries}{over}." + (Note == null ? "" : " " + Note);
            }
        }

        /// <summary>A copy counting <paramref name="attempts"/> in all (a waiter's polls, a create's reconciled retries).</summary>
        public ScpRequestFailedException WithAttempts(int attempts, TimeSpan elapsed) =>
            new ScpRequestFailedException(_summary, Status, Error, Service, Operation, Method, Url, RequestId, InnerException,
                attempts, elapsed, MayHaveBeenProcessed, AfterLostAnswer, Note);

        /// <summary>A copy with a note for the user (what may have happened and how to check).</summary>
        public ScpRequestFailedException WithNote(string note, bool? mayHaveBeenProcessed = null) =>
            new ScpRequestFailedException(_summary, Status, Error, Service, Operation, Method, Url, RequestId, InnerException,
                Attempts, Elapsed, mayHaveBeenProcessed ?? MayHaveBeenProcessed, AfterLostAnswer, note);
    }
}

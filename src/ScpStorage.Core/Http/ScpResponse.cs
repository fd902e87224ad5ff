using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.Http
{
    /// <summary>A successful SCP answer: status, headers and body (parsed on first use).</summary>
    public sealed class ScpResponse
    {
        private JToken? _json;
        private IReadOnlyDictionary<string, string>? _headers;
        private readonly Func<IReadOnlyDictionary<string, string>> _readHeaders;

        /// <param name="headers">
        /// Builds the header map on first use: almost no caller reads it, and on a single read
        /// (Get- by id) building it cost more than decoding the body.
        /// </param>
        public ScpResponse(int status, string body, Func<IReadOnlyDictionary<string, string>> headers, string requestId, int attempts)
        {
            Status = status; Body = body; RequestId = requestId; Attempts = attempts;
            _readHeaders = headers ?? throw new ArgumentNullException(nameof(headers));
        }

        public int Status { get; }
        public string Body { get; }
        /// <summary>Response and content headers, case-insensitive.</summary>
        public IReadOnlyDictionary<string, string> Headers => _headers ??= _readHeaders();
        public string RequestId { get; }
        /// <summary>How many attempts it took (1 = no retry).</summary>
        public int Attempts { get; }

        /// <summary>The body as JSON; null for an empty body (202 Accepted often has none).</summary>
        public JToken? Json => _json ??= string.IsNullOrWhiteSpace(Body) ? null : ScpJson.Parse(Body);
    }
}

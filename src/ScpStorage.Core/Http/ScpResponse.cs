using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.Http
{
    /// <summary>A successful SCP answer: status, headers and body (parsed on first use).</summary>
    public sealed class ScpResponse
    {
        private JToken? _json;

        public ScpResponse(int status, string body, IReadOnlyDictionary<string, string> headers, string requestId, int attempts)
        {
            Status = status; Body = body; Headers = headers; RequestId = requestId; Attempts = attempts;
        }

        public int Status { get; }
        public string Body { get; }
        public IReadOnlyDictionary<string, string> Headers { get; }
        public string RequestId { get; }
        /// <summary>How many attempts it took (1 = no retry).</summary>
        public int Attempts { get; }

        /// <summary>The body as JSON; null for an empty body (202 Accepted often has none).</summary>
        public JToken? Json => _json ??= string.IsNullOrWhiteSpace(Body) ? null : ScpJson.Parse(Body);
    }
}

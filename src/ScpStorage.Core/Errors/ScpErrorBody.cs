using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.Errors
{
    /// <summary>One entry of a validation error body <c>{"detail":[{loc,msg,type}]}</c>.</summary>
    public sealed class ScpValidationError
    {
        public ScpValidationError(string location, string message, string? type) { Location = location; Message = message; Type = type; }
        /// <summary>Where the problem is, e.g. <c>body.size</c>.</summary>
        public string Location { get; }
        public string Message { get; }
        public string? Type { get; }
        public override string ToString() => Location.Length == 0 ? Message : Location + ": " + Message;
    }

    /// <summary>
    /// SCP's error bodies, both shapes: <c>{"errors":[{status,detail,code,title}]}</c> (detail a
    /// string or a list of strings) and the validation shape <c>{"detail":[{loc,msg,type}]}</c>.
    /// </summary>
    public sealed class ScpErrorBody
    {
        public string? Code { get; private set; }
        public string? Title { get; private set; }
        public string? Detail { get; private set; }
        public IReadOnlyList<ScpValidationError> ValidationErrors { get; private set; } = Array.Empty<ScpValidationError>();

        /// <summary>Parses a response body; null when it is not one of SCP's error shapes.</summary>
        public static ScpErrorBody? TryParse(string? body)
        {
            if (string.IsNullOrWhiteSpace(body)) return null;
            JToken root;
            try { root = JToken.Parse(body!); } catch (Newtonsoft.Json.JsonException) { return null; }
            if (!(root is JObject obj)) return null;

            if (obj["errors"] is JArray errors && errors.Count > 0 && errors[0] is JObject first)
            {
                return new ScpErrorBody
                {
                    Code = Text(first["code"]),
                    Title = Text(first["title"]),
                    Detail = Text(first["detail"]) ?? Text(first["message"]),
                };
            }
            if (obj["detail"] is JArray details)
            {
                var list = details.OfType<JObject>().Select(d => new ScpValidationError(
                    string.Join(".", (d["loc"] as JArray)?.Select(x => x.ToString()) ?? Enumerable.Empty<string>()),
                    Text(d["msg"]) ?? "", Text(d["type"]))).ToList();
                return new ScpErrorBody
                {
                    Code = "VALIDATION_ERROR",
                    Title = "Validation error",
                    Detail = string.Join("; ", list.Select(v => v.ToString())),
                    ValidationErrors = list,
                };
            }
            if (obj["detail"] != null || obj["message"] != null)
                return new ScpErrorBody { Detail = Text(obj["detail"]) ?? Text(obj["message"]), Code = Text(obj["code"]) };
            return null;
        }

        private static string? Text(JToken? t)
        {
            if (t == null || t.Type == JTokenType.Null) return null;
            if (t is JArray a) return string.Join("; ", a.Select(x => x.ToString()));
            return t.Type == JTokenType.String ? (string?)t : t.ToString(Newtonsoft.Json.Formatting.None);
        }
    }
}

using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.Http
{
    /// <summary>
    /// One SCP operation to call: service, operation name (for errors and logs), method, path
    /// template with its values, query parameters and an optional JSON body. Knows nothing of
    /// hosts, signing or retry.
    /// </summary>
    public sealed class ScpRequest
    {
        public ScpRequest(string service, string operation, string method, string pathTemplate)
        {
            Service = service ?? throw new ArgumentNullException(nameof(service));
            Operation = operation ?? throw new ArgumentNullException(nameof(operation));
            Method = (method ?? throw new ArgumentNullException(nameof(method))).ToUpperInvariant();
            PathTemplate = pathTemplate ?? throw new ArgumentNullException(nameof(pathTemplate));
        }

        public string Service { get; }
        public string Operation { get; }
        public string Method { get; }
        public string PathTemplate { get; }
        public Dictionary<string, string> PathParameters { get; } = new Dictionary<string, string>();
        public List<KeyValuePair<string, string?>> Query { get; } = new List<KeyValuePair<string, string?>>();
        public JToken? Body { get; private set; }
        /// <summary>True for calls that take no Scp-API-Version header (IAM endpoint catalog).</summary>
        public bool Unversioned { get; set; }

        public ScpRequest WithPath(string name, string value) { PathParameters[name] = value; return this; }

        /// <summary>Adds a query parameter; null values are left out (so optional filters read naturally).</summary>
        public ScpRequest WithQuery(string name, string? value)
        {
            if (value != null) Query.Add(new KeyValuePair<string, string?>(name, value));
            return this;
        }

        public ScpRequest WithQuery(string name, int? value) => WithQuery(name, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public ScpRequest WithQuery(string name, bool? value) => WithQuery(name, value.HasValue ? (value.Value ? "true" : "false") : null);

        /// <summary>Adds one query parameter per value (SCP repeats the key for arrays).</summary>
        public ScpRequest WithQuery(string name, IEnumerable<string>? values)
        {
            if (values != null) foreach (var v in values) WithQuery(name, v);
            return this;
        }

        public ScpRequest WithBody(JToken? body) { Body = body; return this; }

        public ScpRequest WithBody(object? body) => WithBody(body == null ? null : JToken.FromObject(body, ScpJson.Serializer));

        /// <summary>The escaped path and canonical query, as they will be signed and sent.</summary>
        public string RelativeUrl()
        {
            var path = ScpUrl.ExpandPath(PathTemplate, PathParameters);
            var query = ScpUrl.BuildQuery(Query);
            return query.Length == 0 ? path : path + "?" + query;
        }

        /// <summary>A copy with the query replaced (the pager changes limit/marker between pages).</summary>
        public ScpRequest WithQueryReplaced(IEnumerable<KeyValuePair<string, string?>> query)
        {
            var copy = new ScpRequest(Service, Operation, Method, PathTemplate) { Unversioned = Unversioned, Body = Body };
            foreach (var kv in PathParameters) copy.PathParameters[kv.Key] = kv.Value;
            copy.Query.AddRange(query);
            return copy;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Http;
using ScpStorage.Core.Paging;

namespace ScpStorage.Core.FileStorage
{
    /// <summary>
    /// The request and decoding plumbing File Storage and Parallel File Storage share (their
    /// answers have the same habits: bare objects or one-key wrappers such as <c>{"snapshot": …}</c>,
    /// offset/limit paging, unpaged child lists, 202 with no body). Models are decoded by the
    /// shared serializer and stamped with where they came from.
    /// </summary>
    internal sealed class ScpServiceWire
    {
        private readonly ScpClient _client;
        private readonly string _service;

        public ScpServiceWire(ScpClient client, string service)
        {
            _client = client ?? throw new ArgumentNullException(nameof(client));
            _service = service;
        }

        public ScpClient Client => _client;

        public Task<ScpResponse> SendAsync(ScpRequest request, CancellationToken ct) => _client.SendAsync(request, ct);

        /// <summary>The model of an answer; <paramref name="wrapper"/> names a one-key wrapper that is taken off when present.</summary>
        public T Decode<T>(ScpResponse response, string? wrapper = null) where T : ScpResource =>
            Optional<T>(response, wrapper) ?? throw new FormatException("SCP answered without the expected JSON object.");

        /// <summary>Null for an empty body or <c>{}</c> (202 often has none).</summary>
        public T? Optional<T>(ScpResponse response, string? wrapper = null) where T : ScpResource
        {
            if (!(response.Json is JObject json) || json.Count == 0) return null;
            var inner = wrapper != null && json.Count == 1 && json[wrapper] is JObject w ? w : json;
            return Stamp(ScpJson.Decode<T>(inner));
        }

        public T? Stamp<T>(T? model) where T : ScpResource => model?.Stamp<T>(_service, _client.Connection);

        /// <summary>The items of an unpaged list, decoded as they are read, on first enumeration (one request).</summary>
        public IEnumerable<T> Unpaged<T>(ScpRequest request, string itemsProperty, CancellationToken ct) where T : ScpResource =>
            ScpServiceCalls.Unpaged<T>(_client, _service, request, itemsProperty, ct);

        /// <summary>An offset/limit list, streamed page by page through the one pager (validated now, read on enumeration).</summary>
        public IEnumerable<T> Paged<T>(ScpRequest request, string itemsProperty, int pageSize, int maxPageSize, int? first,
            Func<T, string?> keyOf, CancellationToken ct) where T : ScpResource =>
            ScpServiceCalls.Stream(_client, _service, request, ScpPagingStyle.OffsetLimit, itemsProperty, pageSize, maxPageSize, first, keyOf, ct);

        public static string Id(string? value, string parameter) => ScpServiceCalls.Id(value, parameter);

        /// <summary>Tags as SCP's create bodies take them: <c>[{"key": k, "value": v}]</c>; null when there are none.</summary>
        public static JArray? Tags(IDictionary<string, string?>? tags) =>
            tags == null || tags.Count == 0 ? null
                : new JArray(tags.Select(t => new JObject { ["key"] = t.Key, ["value"] = t.Value == null ? JValue.CreateNull() : (JToken)t.Value }));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Http;
using ScpStorage.Core.Paging;

namespace ScpStorage.Core
{
    /// <summary>
    /// The request plumbing the typed service clients share, written once: ids checked before
    /// anything is sent; lists streamed through the one pager, with the page size checked when
    /// the list is asked for (not on first enumeration); models decoded by the shared serializer
    /// and stamped with the service and connection they came from. A client keeps one-line
    /// wrappers that fix its service name, paging style and largest page.
    /// </summary>
    internal static class ScpServiceCalls
    {
        private const string NoObject = "SCP answered without the expected JSON object.";

        public static string Id(string? value, string parameter) =>
            string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A non-empty id is required.", parameter) : value!;

        /// <summary>
        /// A paged list, streamed page by page. <paramref name="stamp"/> fills in what SCP's items
        /// leave out (usually their parent's id) before the item is stamped; <paramref name="readAhead"/>
        /// fetches the next page while the caller handles this one. Cmdlets already enumerate a
        /// listing on a worker while the pipeline thread writes (ScpCmdlet.RunListing), but that
        /// queue holds 256 objects, less than a page's wait: with read-ahead 100,000 volumes
        /// listed at 53,000–54,500 items/s, without it at 47,700–49,800.
        /// </summary>
        public static IEnumerable<T> Stream<T>(ScpClient client, string service, ScpRequest request, ScpPagingStyle style, string itemsProperty,
            int pageSize, int maxPageSize, int? first, Func<T, string?> keyOf, CancellationToken ct, Action<T>? stamp = null, bool readAhead = true)
            where T : ScpResource
        {
            if (pageSize < 1 || pageSize > maxPageSize)
                throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"The page size must be between 1 and {maxPageSize}.");
            var spec = new ScpPageSpec(style, itemsProperty, pageSize, first) { ReadAhead = readAhead };
            var connection = client.Connection;
            return ScpPager.Stream(client, request, spec, keyOf, ct).Select(item =>
            {
                stamp?.Invoke(item);
                return item.Stamp<T>(service, connection);
            });
        }

        /// <summary>The items of an unpaged list, decoded as they arrive, on first enumeration (one request, read as a page is: <see cref="ScpPageFetch"/>).</summary>
        public static IEnumerable<T> Unpaged<T>(ScpClient client, string service, ScpRequest request, string itemsProperty, CancellationToken ct,
            Action<T>? stamp = null) where T : ScpResource
        {
            var connection = client.Connection;
            foreach (var item in ScpPageFetch.Items<T>(client, request, itemsProperty, new ScpPageFacts(), ct))
            {
                stamp?.Invoke(item);
                yield return item.Stamp<T>(service, connection);
            }
        }

        /// <summary>One model from an answer's body, read straight from its text (no JSON tree is built).</summary>
        public static T DecodeBody<T>(ScpClient client, string service, ScpResponse response) where T : ScpResource
        {
            T? model = null;
            if (!string.IsNullOrWhiteSpace(response.Body))
                using (var reader = ScpJson.Reader(new System.IO.StringReader(response.Body))) model = ScpJson.Read<T>(reader);
            return (model ?? throw new FormatException(NoObject)).Stamp<T>(service, client.Connection);
        }

        /// <summary>One model from a JSON object already parsed (a part of an answer); anything else is a format error.</summary>
        public static T DecodeObject<T>(ScpClient client, string service, JToken? json) where T : ScpResource =>
            ((json is JObject o ? ScpJson.Decode<T>(o) : null) ?? throw new FormatException(NoObject)).Stamp<T>(service, client.Connection);
    }
}

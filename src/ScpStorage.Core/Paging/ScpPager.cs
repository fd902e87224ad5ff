using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Http;
using ScpStorage.Core.Logging;

namespace ScpStorage.Core.Paging
{
    /// <summary>
    /// Streams a list page by page, whatever the service's paging style, defensively (SCP does
    /// not say whether <c>count</c> is a total or a page length): a full page → ask again; a short
    /// or empty page → stop; <c>count</c>/<c>total_count</c> only for progress; stop when the
    /// marker or the last item does not move (a server that ignores the marker or offset would
    /// otherwise be asked forever). One page is held at a time and each item is decoded and
    /// handed out as it arrives (<see cref="ScpPageFetch"/>); cancellation is checked between pages
    /// and ends a page being read.
    /// </summary>
    public static class ScpPager
    {
        private static readonly string[] PagingKeys = { "limit", "marker", "offset", "page", "size" };

        /// <summary>Items as JSON objects (the key for marker paging is <see cref="ScpPageSpec.IdProperty"/>).</summary>
        public static IEnumerable<JObject> Stream(ScpClient client, ScpRequest request, ScpPageSpec spec, CancellationToken ct) =>
            Stream<JObject>(client, request, spec, o => (string?)o[spec.IdProperty], ct);

        /// <param name="keyOf">The item's key: the next marker, and how a page that did not move is recognised.</param>
        public static IEnumerable<T> Stream<T>(ScpClient client, ScpRequest request, ScpPageSpec spec, Func<T, string?> keyOf, CancellationToken ct)
            where T : class =>
            spec.ReadAhead
                ? ScpReadAhead.Run(token => Pages(client, request, spec, keyOf, token), spec.PageSize, ct)
                : Pages(client, request, spec, keyOf, ct);

        private static IEnumerable<T> Pages<T>(ScpClient client, ScpRequest request, ScpPageSpec spec, Func<T, string?> keyOf, CancellationToken ct)
            where T : class
        {
            var baseQuery = request.Query.Where(q => !PagingKeys.Contains(q.Key)).ToList();
            int taken = 0, offset = 0, page = 0;
            string? marker = null, lastKey = null, firstKey = null;
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                int want = spec.First.HasValue ? Math.Min(spec.PageSize, spec.First.Value - taken) : spec.PageSize;
                if (want <= 0) yield break;
                // Page/size sends the fixed page size whatever is wanted, so this leaves its pages alone.
                if (page == 0 && spec.Style != ScpPagingStyle.Unpaged) want = Math.Min(want, StartPageSize);

                var facts = new ScpPageFacts();
                T? last = null;
                var fresh = true;
                foreach (var item in ScpPageFetch.Items<T>(client, request.WithQueryReplaced(Query(spec, baseQuery, want, offset, page, marker)), spec.ItemsProperty, facts, ct))
                {
                    if (fresh)
                    {
                        // The page starts where the last one started: the server ignored the marker or
                        // offset, so everything from here was already handed out.
                        var key0 = keyOf(item);
                        if (page > 0 && key0 != null && key0 == firstKey) yield break;
                        firstKey = key0;
                        fresh = false;
                    }
                    if (spec.First.HasValue && taken >= spec.First.Value) yield break;
                    taken++;
                    last = item;
                    yield return item;
                }
                page++;
                offset += facts.Received;
                spec.Progress?.Invoke(new ScpPageProgress(page, taken, facts.Count));

                if (spec.Style == ScpPagingStyle.Unpaged)
                {
                    if (facts.Received >= want)
                        client.Log.Write(ScpLogLevel.Warning,
                            $"{request.Operation}: the answer holds {facts.Received} items, as many as asked for (limit {want}); the service cannot page, so there may be more.");
                    yield break;
                }
                if (facts.Received == 0) yield break;
                var key = last == null ? null : keyOf(last);
                // The same last item twice: the server ignored the marker or offset.
                if (key != null && key == lastKey) yield break;
                lastKey = key;

                if (spec.Style == ScpPagingStyle.MarkerTruncated && facts.IsTruncated.HasValue)
                {
                    if (facts.IsTruncated != true) yield break;
                }
                else
                {
                    // Full page: ask again. Page/size keeps the size fixed, so "full" is the page size.
                    int full = spec.Style == ScpPagingStyle.PageSize ? spec.PageSize : want;
                    if (facts.Received < full) yield break;
                }

                if (spec.Style == ScpPagingStyle.LimitMarker || spec.Style == ScpPagingStyle.MarkerTruncated)
                {
                    var next = spec.Style == ScpPagingStyle.MarkerTruncated && !string.IsNullOrEmpty(facts.Marker) ? facts.Marker : key;
                    if (next == null || next == marker) yield break;
                    marker = next;
                }
            }
        }

        /// <summary>
        /// The first page asks for at most this many items, the rest for full pages: the first
        /// items are out after a short answer (a page of 1,000 takes the server and the decoder
        /// tens of milliseconds), which is what `| Select-Object -First 5` and a watching admin
        /// wait for. One request more for a listing longer than this; none for a shorter one. An
        /// unpaged list is one request and keeps its whole size.
        /// </summary>
        public const int StartPageSize = 100;

        private static List<KeyValuePair<string, string?>> Query(ScpPageSpec spec, List<KeyValuePair<string, string?>> baseQuery, int want, int offset, int page, string? marker)
        {
            var query = new List<KeyValuePair<string, string?>>(baseQuery);
            switch (spec.Style)
            {
                case ScpPagingStyle.LimitMarker:
                case ScpPagingStyle.MarkerTruncated:
                    query.Add(Kv("limit", want));
                    if (marker != null) query.Add(new KeyValuePair<string, string?>("marker", marker));
                    break;
                case ScpPagingStyle.OffsetLimit:
                    query.Add(Kv("limit", want)); query.Add(Kv("offset", offset));
                    break;
                case ScpPagingStyle.PageSize:
                    // page/size cannot shrink the last page without shifting offsets: keep the size fixed.
                    query.Add(Kv("size", spec.PageSize)); query.Add(Kv("page", page));
                    break;
                case ScpPagingStyle.Unpaged:
                    query.Add(Kv("limit", want));
                    break;
            }
            return query;
        }

        private static KeyValuePair<string, string?> Kv(string key, int value) =>
            new KeyValuePair<string, string?>(key, value.ToString(CultureInfo.InvariantCulture));
    }
}

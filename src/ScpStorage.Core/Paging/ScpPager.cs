using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Http;

namespace ScpStorage.Core.Paging
{
    /// <summary>
    /// Streams a list page by page, whatever the service's paging style: only one page is held
    /// at a time, the first item is available as soon as the first page arrives, and
    /// cancellation is checked between pages.
    /// </summary>
    public static class ScpPager
    {
        private static readonly string[] PagingKeys = { "limit", "marker", "offset", "page", "size" };

        public static IEnumerable<JObject> Stream(ScpClient client, ScpRequest request, ScpPageSpec spec, CancellationToken ct)
        {
            var baseQuery = request.Query.Where(q => !PagingKeys.Contains(q.Key)).ToList();
            int taken = 0, offset = 0, page = 0;
            string? marker = null;
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                int want = spec.First.HasValue ? Math.Min(spec.PageSize, spec.First.Value - taken) : spec.PageSize;
                if (want <= 0) yield break;

                var query = new List<KeyValuePair<string, string?>>(baseQuery);
                switch (spec.Style)
                {
                    case ScpPagingStyle.LimitMarker:
                        query.Add(Kv("limit", want)); if (marker != null) query.Add(new KeyValuePair<string, string?>("marker", marker));
                        break;
                    case ScpPagingStyle.OffsetLimit:
                        query.Add(Kv("limit", want)); query.Add(Kv("offset", offset));
                        break;
                    case ScpPagingStyle.PageSize:
                        // page/size cannot shrink the last page without shifting offsets: keep the size fixed.
                        query.Add(Kv("size", spec.PageSize)); query.Add(Kv("page", page));
                        break;
                }

                var json = client.Send(request.WithQueryReplaced(query), ct).Json as JObject;
                var items = json?[spec.ItemsProperty] as JArray ?? new JArray();
                var total = (int?)(json?["count"] ?? json?["total_count"]);
                foreach (var item in items.OfType<JObject>())
                {
                    if (spec.First.HasValue && taken >= spec.First.Value) yield break;
                    taken++;
                    yield return item;
                }

                int received = items.Count;
                offset += received; page++;
                if (received == 0) yield break;
                // With a total, keep going until it is reached: a server may cap the page size
                // below what was asked, so a short page alone does not mean the end.
                if (total.HasValue && spec.Style != ScpPagingStyle.LimitMarker)
                {
                    if (offset >= total.Value) yield break;
                }
                else if (total.HasValue && taken >= total.Value) yield break;
                else if (!total.HasValue && received < (spec.Style == ScpPagingStyle.PageSize ? spec.PageSize : want)) yield break;
                if (spec.Style == ScpPagingStyle.LimitMarker)
                {
                    marker = (string?)items.Last?[spec.IdProperty];
                    if (marker == null) yield break;
                }
            }
        }

        private static KeyValuePair<string, string?> Kv(string key, int value) =>
            new KeyValuePair<string, string?>(key, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

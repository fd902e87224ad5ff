using System;

namespace ScpStorage.Core.Paging
{
    /// <summary>The ways SCP services page their lists.</summary>
    public enum ScpPagingStyle
    {
        /// <summary>Virtual Server: <c>limit</c> + <c>marker</c> (id of the last item seen).</summary>
        LimitMarker,
        /// <summary>File, BM, Archive histories, Parallel File: <c>offset</c> + <c>limit</c>.</summary>
        OffsetLimit,
        /// <summary>Backup: <c>page</c> (0-based) + <c>size</c>, items in <c>contents</c>.</summary>
        PageSize,
        /// <summary>
        /// Archive objects (S3 style): <c>limit</c> + <c>marker</c>; continue while the answer says
        /// <c>is_truncated</c>; the next marker is the answer's <c>marker</c>, else the last item's key.
        /// </summary>
        MarkerTruncated,
        /// <summary>Archive buckets: one request that takes only <c>limit</c> (no offset, no marker).</summary>
        Unpaged,
    }

    /// <summary>Where a listing is: items handed out so far and the total when the server sent one.</summary>
    public readonly struct ScpPageProgress
    {
        public ScpPageProgress(int pages, int items, int? total) { Pages = pages; Items = items; Total = total; }
        public int Pages { get; }
        public int Items { get; }
        /// <summary><c>count</c>/<c>total_count</c> as sent: a total or only the page length (SCP does not say), so only for display.</summary>
        public int? Total { get; }
    }

    /// <summary>How one list operation pages: style, where the items are, and how many to take.</summary>
    public sealed class ScpPageSpec
    {
        public ScpPageSpec(ScpPagingStyle style, string itemsProperty, int pageSize, int? first = null)
        {
            if (pageSize < 1) throw new ArgumentOutOfRangeException(nameof(pageSize), "Page size must be at least 1.");
            if (first.HasValue && first.Value < 0) throw new ArgumentOutOfRangeException(nameof(first), "First must not be negative.");
            Style = style; ItemsProperty = itemsProperty; PageSize = pageSize; First = first;
        }

        public ScpPagingStyle Style { get; }
        /// <summary>The array holding the items (e.g. <c>volumes</c>, <c>contents</c>).</summary>
        public string ItemsProperty { get; }
        public int PageSize { get; }
        /// <summary>Stop after this many items (null: all).</summary>
        public int? First { get; }
        /// <summary>The item property whose value is the next marker (marker styles) when items are read as JSON objects.</summary>
        public string IdProperty { get; set; } = "id";
        /// <summary>
        /// Fetch and decode the next page on a worker thread while the caller handles this one
        /// (at most one page of items ahead). The next page of a full page may then be requested
        /// even if the caller stops early; off by default.
        /// </summary>
        public bool ReadAhead { get; set; }
        /// <summary>Called after each page (for progress display; never used to decide when to stop).</summary>
        public Action<ScpPageProgress>? Progress { get; set; }
    }
}

using System;

namespace ScpStorage.Core.Paging
{
    /// <summary>The four ways SCP services page their lists.</summary>
    public enum ScpPagingStyle
    {
        /// <summary>Virtual Server: <c>limit</c> + <c>marker</c> (id of the last item seen).</summary>
        LimitMarker,
        /// <summary>File, BM, Archive, Parallel File: <c>offset</c> + <c>limit</c>, total in count/total_count.</summary>
        OffsetLimit,
        /// <summary>Backup: <c>page</c> (0-based) + <c>size</c>, items in <c>contents</c>.</summary>
        PageSize,
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
        /// <summary>The item property whose value is the next marker (limit/marker paging). Totals are read from <c>count</c> or <c>total_count</c>.</summary>
        public string IdProperty { get; set; } = "id";
    }
}

using System.Collections.Generic;

namespace ScpStorage.Emulator.Store;

/// <summary>A list request translated to SQL pieces: filters, sort expressions and paging.</summary>
internal sealed class ListQuery
{
    public ListQuery(string service, string kind)
    {
        Service = service;
        Kind = kind;
    }

    public string Service { get; }
    public string Kind { get; }
    public List<(string Sql, object?[] Values)> Filters { get; } = new();
    /// <summary>SQL sort expressions; creation sequence (ascending) is always appended as the tie-breaker.</summary>
    public List<(string Expr, bool Desc)> Sort { get; } = new();
    public int Limit { get; set; } = 20;
    public int Offset { get; set; }
    public string? Marker { get; set; }
    public bool WithCount { get; set; }
    /// <summary>
    /// The route answers with each row's list shape (<see cref="Resource.ListJson"/>), so the page
    /// leaves the full JSON unread: of a bare metal volume, 760 characters the answer never shows.
    /// </summary>
    public bool ShapeOnly { get; set; }

    /// <summary>Adds a filter; <c>{0}</c>, <c>{1}</c>… in <paramref name="sql"/> stand for the values.</summary>
    public ListQuery Where(string sql, params object?[] values)
    {
        Filters.Add((sql, values));
        return this;
    }
}

/// <summary>One page of a list; <see cref="MarkerFound"/> is false when the marker id is unknown.</summary>
internal sealed record ListPage(List<Resource> Items, long? Count, bool MarkerFound);

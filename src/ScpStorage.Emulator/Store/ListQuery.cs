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
    /// <summary>What the page is read for (every column unless a list answer says otherwise).</summary>
    public ListRead Read { get; set; } = ListRead.Whole;

    /// <summary>Adds a filter; <c>{0}</c>, <c>{1}</c>… in <paramref name="sql"/> stand for the values.</summary>
    public ListQuery Where(string sql, params object?[] values)
    {
        Filters.Add((sql, values));
        return this;
    }
}

/// <summary>
/// How much of each row a list page reads. A list answer needs a row's id, name, state and text,
/// not its pending transition; every column read costs (Microsoft.Data.Sqlite reads each one
/// through the native library), and a page of a list answer is a thousand rows. Rows read for an
/// answer refuse to be written back (<see cref="Resource.ReadForAnswer"/>).
/// </summary>
internal enum ListRead
{
    /// <summary>Every column: rows that may be changed and written back.</summary>
    Whole,
    /// <summary>What an answer spliced from each row's full JSON needs (Virtual Server volumes and snapshots).</summary>
    Answer,
    /// <summary>
    /// What an answer spliced from each row's list shape needs (<see cref="Resource.ListJson"/>):
    /// the full JSON stays unread — of a bare metal volume, 760 characters the answer never shows.
    /// </summary>
    Shape,
}

/// <summary>One page of a list; <see cref="MarkerFound"/> is false when the marker id is unknown.</summary>
internal sealed record ListPage(List<Resource> Items, long? Count, bool MarkerFound);

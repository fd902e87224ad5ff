using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Http;

/// <summary>
/// Parses Virtual Server style paging (<c>limit</c>, <c>marker</c>, <c>offset</c>, <c>sort</c>,
/// <c>with_count</c>) into a <see cref="ListQuery"/>, and writes the list response by splicing
/// stored JSON rather than re-serializing it (the benchmark lists 100,000 items).
/// </summary>
internal static class ListParameters
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 1000;

    /// <param name="sortKeys">Allowed sort keys → SQL expressions.</param>
    /// <param name="defaultSort">Sort used when the query has none (null = creation order).</param>
    public static ListQuery Parse(HttpContext ctx, string service, string kind, IReadOnlyDictionary<string, string> sortKeys,
        string? defaultSort = null, bool defaultWithCount = true)
    {
        var query = ctx.Request.Query;
        var errors = new ValidationErrors();
        var q = new ListQuery(service, kind)
        {
            Limit = errors.Field(() => Int(query, "limit"), n => { if (n < 0 || n > MaxLimit)
                throw new ValidationException("query", "limit", $"Input should be between 0 and {MaxLimit}.", "less_than_equal"); }) ?? DefaultLimit,
            Offset = errors.Field(() => Int(query, "offset"), n => { if (n < 0)
                throw new ValidationException("query", "offset", "Input should be greater than or equal to 0.", "greater_than_equal"); }) ?? 0,
            Marker = query["marker"].ToString() is { Length: > 0 } m ? m : null,
            WithCount = errors.Field(() => Bool(query, "with_count")) ?? defaultWithCount,
        };

        var sort = query["sort"].ToString() is { Length: > 0 } s ? s : defaultSort;
        foreach (var part in (sort ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(':');
            var dir = pieces.Length > 1 ? pieces[1].ToLowerInvariant() : "asc";
            if (pieces.Length > 2 || !sortKeys.TryGetValue(pieces[0], out var expr) || (dir != "asc" && dir != "desc"))
            {
                errors.Check(() => throw new ValidationException("query", "sort",
                    $"Invalid sort '{part}'. Use <key>[:asc|desc] with keys {string.Join(", ", sortKeys.Keys)}.", "value_error"));
                continue;
            }
            q.Sort.Add((expr, dir == "desc"));
        }
        errors.ThrowIfAny();
        return q;
    }

    /// <summary>Runs the query; an unknown marker is a 400 as in SCP.</summary>
    public static ListPage Run(EmulatorRuntime rt, ListQuery q)
    {
        var page = rt.Store.List(q);
        if (!page.MarkerFound) throw new ApiException(400, "INVALID_MARKER", $"Marker '{q.Marker}' was not found.");
        return page;
    }

    /// <summary><c>{"count":N,"{field}":[...]}</c>, each item's text spliced as rendered.</summary>
    public static IResult Respond(ListPage page, string field, Func<Resource, string> render)
    {
        var head = (page.Count.HasValue ? "{\"count\":" + page.Count.Value.ToString(CultureInfo.InvariantCulture) + "," : "{") + "\"" + field + "\":";
        return new ListBody(head, page.Items, render);
    }

    /// <summary>The stored JSON object with the state column prepended as <paramref name="stateField"/>.</summary>
    public static string WithState(Resource r, string stateField) => Prepend(r.Json, stateField, r.State);

    /// <summary>
    /// The row's list item as rendered when it was written (<see cref="ListShape"/>), with the state
    /// column prepended as <paramref name="stateField"/> (none when null).
    /// </summary>
    public static string ListItem(Resource r, string? stateField)
    {
        var text = r.ListJson ?? throw new InvalidOperationException($"No list shape is registered for {r.Service} {r.Kind}.");
        return stateField == null ? text : Prepend(text, stateField, r.State);
    }

    private static string Prepend(string json, string field, string value) =>
        "{\"" + field + "\":" + JsonText.Quote(value) + (json.Length > 2 ? "," : "") + json.Substring(1);

    public static IEnumerable<string> Values(HttpContext ctx, string name) =>
        ctx.Request.Query[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!);

    public static string? Value(HttpContext ctx, string name) =>
        ctx.Request.Query[name].ToString() is { Length: > 0 } v ? v : null;

    public static bool? Bool(IQueryCollection query, string name)
    {
        var raw = query[name].ToString();
        if (raw.Length == 0) return null;
        if (bool.TryParse(raw, out var b)) return b;
        if (raw == "1") return true;
        if (raw == "0") return false;
        throw new ValidationException("query", name, "Input should be a valid boolean.", "bool_parsing");
    }

    private static int? Int(IQueryCollection query, string name)
    {
        var raw = query[name].ToString();
        if (raw.Length == 0) return null;
        if (int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        throw new ValidationException("query", name, "Input should be a valid integer.", "int_parsing");
    }
}

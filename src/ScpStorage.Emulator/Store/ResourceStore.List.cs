using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ScpStorage.Emulator.Store;

internal sealed partial class ResourceStore
{
    /// <summary>
    /// One page in (sort keys…, seq) order. A marker becomes a keyset predicate (rows after the
    /// marker row's key tuple), so paging never skips or repeats and never scans from the start.
    /// </summary>
    public ListPage List(ListQuery q)
    {
        lock (_gate)
        {
            Settle();
            var args = new List<(string, object?)> { ("$s", q.Service), ("$k", q.Kind) };
            var where = new StringBuilder("service=$s AND kind=$k");
            foreach (var (sql, values) in q.Filters)
            {
                var names = values.Select((v, i) => { var n = "$f" + args.Count; args.Add((n, v)); return (object)n; }).ToArray();
                where.Append(" AND (").Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, names)).Append(')');
            }

            long? count = null;
            if (q.WithCount)
            {
                using var c = Command("SELECT COUNT(*) FROM resources WHERE " + where, args.ToArray());
                count = (long)c.ExecuteScalar()!;
            }

            List<(string Expr, bool Desc)> keys = q.Sort.Append(("seq", false)).ToList();
            var pageWhere = new StringBuilder(where.ToString());
            if (q.Marker != null)
            {
                var markerValues = MarkerValues(q, keys);
                if (markerValues == null) return new ListPage(new List<Resource>(), count, false);
                pageWhere.Append(" AND (").Append(Keyset(keys, markerValues, args)).Append(')');
            }

            var order = string.Join(", ", keys.Select(k => k.Expr + (k.Desc ? " DESC" : " ASC")));
            args.Add(("$limit", q.Limit));
            args.Add(("$offset", q.Offset));
            // An answer's read: the text column is the full JSON, or for a shape only where the row has none yet (a row of an older file).
            var columns = q.Read == ListRead.Whole ? Columns
                : $"id, seq, name, state, created_at, parent, {(q.Read == ListRead.Shape ? "CASE WHEN list_json IS NULL THEN json END" : "json")}, list_json";
            using var cmd = Command($"SELECT {columns} FROM resources WHERE {pageWhere} ORDER BY {order} LIMIT $limit OFFSET $offset", args.ToArray());
            return new ListPage(q.Read == ListRead.Whole ? ReadAll(cmd) : ReadAll(cmd, r => ReadForAnswer(r, q)), count, true);
        }
    }

    private object?[]? MarkerValues(ListQuery q, List<(string Expr, bool Desc)> keys)
    {
        using var cmd = Command($"SELECT {string.Join(", ", keys.Select(k => k.Expr))} FROM resources WHERE service=$s AND kind=$k AND id=$id",
            ("$s", q.Service), ("$k", q.Kind), ("$id", q.Marker));
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        var values = new object?[keys.Count];
        for (int i = 0; i < keys.Count; i++) values[i] = r.IsDBNull(i) ? null : r.GetValue(i);
        return values;
    }

    /// <summary>(k1 after v1) OR (k1 = v1 AND k2 after v2) OR …, each key in its own direction.</summary>
    private static string Keyset(List<(string Expr, bool Desc)> keys, object?[] values, List<(string, object?)> args)
    {
        var names = values.Select(v => { var n = "$m" + args.Count; args.Add((n, v)); return n; }).ToArray();
        var ors = new List<string>();
        for (int i = 0; i < keys.Count; i++)
        {
            var and = Enumerable.Range(0, i).Select(j => $"{keys[j].Expr} = {names[j]}").ToList();
            and.Add($"{keys[i].Expr} {(keys[i].Desc ? "<" : ">")} {names[i]}");
            ors.Add("(" + string.Join(" AND ", and) + ")");
        }
        return string.Join(" OR ", ors);
    }
}

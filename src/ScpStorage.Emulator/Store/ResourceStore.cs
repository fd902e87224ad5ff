using System;
using System.Collections.Generic;
using Microsoft.Data.Sqlite;

namespace ScpStorage.Emulator.Store;

/// <summary>
/// SQLite state for every emulated service: one generic table (see <see cref="Schema"/>), one
/// connection for the life of the host, guarded by a lock so the ~32 parallel requests a client
/// sends see consistent check-then-act operations (<see cref="Atomic{T}"/>).
/// </summary>
internal sealed partial class ResourceStore : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly object _gate = new();
    private readonly Func<DateTimeOffset> _clock;
    private readonly Dictionary<(string Service, string Kind), Func<Resource, string>> _shapes = new();
    private long _seq;

    public ResourceStore(string? databasePath, Func<DateTimeOffset> clock, IEnumerable<ListShape>? shapes = null)
    {
        _clock = clock;
        foreach (var shape in shapes ?? Array.Empty<ListShape>()) _shapes[(shape.Service, shape.Kind)] = shape.Render;
        var inMemory = string.IsNullOrEmpty(databasePath) || databasePath == ":memory:";
        // A private ":memory:" database per connection is unique per host instance by design.
        _db = new SqliteConnection(inMemory ? "Data Source=:memory:" : new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        _db.Open();
        Schema.Create(_db, inMemory);
        using var cmd = Command("SELECT COALESCE(MAX(seq),0) FROM resources");
        _seq = (long)cmd.ExecuteScalar()!;
    }

    public long NowMs => _clock().ToUnixTimeMilliseconds();

    /// <summary>Runs <paramref name="work"/> under the store lock (re-entrant), after settling due transitions.</summary>
    public T Atomic<T>(Func<T> work)
    {
        lock (_gate)
        {
            Settle();
            return work();
        }
    }

    public void Atomic(Action work) => Atomic(() => { work(); return true; });

    public Resource? Get(string service, string kind, string id)
    {
        lock (_gate)
        {
            Settle();
            using var cmd = Command($"SELECT {Columns} FROM resources WHERE service=$s AND kind=$k AND id=$id", ("$s", service), ("$k", kind), ("$id", id));
            using var r = cmd.ExecuteReader();
            return r.Read() ? Read(r) : null;
        }
    }

    public void Insert(Resource res)
    {
        lock (_gate)
        {
            res.Seq = ++_seq;
            using var cmd = InsertCommand();
            Bind(cmd, res);
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Inserts many rows in one transaction with one prepared statement (seeding 100,000 rows in seconds).</summary>
    public void InsertMany(IEnumerable<Resource> rows)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            using var cmd = InsertCommand();
            cmd.Transaction = tx;
            cmd.Prepare();
            foreach (var res in rows)
            {
                res.Seq = ++_seq;
                Bind(cmd, res);
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    public void Update(Resource res)
    {
        lock (_gate)
        {
            using var cmd = Command("UPDATE resources SET name=$name, state=$state, parent=$parent, json=$json, list_json=$list, target_state=$target, due_at=$due WHERE service=$s AND kind=$k AND id=$id");
            Bind(cmd, res);
            cmd.ExecuteNonQuery();
        }
    }

    public void Delete(string service, string kind, string id)
    {
        lock (_gate)
        {
            using var cmd = Command("DELETE FROM resources WHERE service=$s AND kind=$k AND id=$id", ("$s", service), ("$k", kind), ("$id", id));
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>All rows of a kind whose parent is <paramref name="parent"/>, in creation order.</summary>
    public List<Resource> Children(string service, string kind, string parent)
    {
        lock (_gate)
        {
            Settle();
            using var cmd = Command($"SELECT {Columns} FROM resources WHERE service=$s AND kind=$k AND parent=$p ORDER BY seq", ("$s", service), ("$k", kind), ("$p", parent));
            return ReadAll(cmd);
        }
    }

    public long Count(string service, string kind, string? where = null, params (string Name, object? Value)[] args)
    {
        lock (_gate)
        {
            Settle();
            var sql = "SELECT COUNT(*) FROM resources WHERE service=$s AND kind=$k" + (where == null ? "" : " AND " + where);
            var all = new List<(string, object?)> { ("$s", service), ("$k", kind) };
            all.AddRange(args);
            using var cmd = Command(sql, all.ToArray());
            return (long)cmd.ExecuteScalar()!;
        }
    }

    /// <summary>Sum of a numeric SQL expression over one kind (quota usage).</summary>
    public long Sum(string service, string kind, string expr)
    {
        lock (_gate)
        {
            Settle();
            using var cmd = Command($"SELECT COALESCE(SUM({expr}),0) FROM resources WHERE service=$s AND kind=$k", ("$s", service), ("$k", kind));
            return System.Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// Applies transitions that are due: evaluated lazily on each access instead of by a timer,
    /// so tests that move the clock see the same result as waiting.
    /// </summary>
    private void Settle()
    {
        var now = NowMs;
        using var del = Command("DELETE FROM resources WHERE due_at IS NOT NULL AND due_at <= $now AND target_state = $del", ("$now", now), ("$del", Resource.Deleted));
        del.ExecuteNonQuery();
        using var upd = Command("UPDATE resources SET state = target_state, target_state = NULL, due_at = NULL WHERE due_at IS NOT NULL AND due_at <= $now", ("$now", now));
        upd.ExecuteNonQuery();
    }

    private const string Columns = "service, kind, id, seq, name, state, created_at, parent, json, target_state, due_at, list_json";

    private SqliteCommand InsertCommand() => Command(
        "INSERT INTO resources (service, kind, id, seq, name, state, created_at, parent, json, list_json, target_state, due_at) " +
        "VALUES ($s, $k, $id, $seq, $name, $state, $created, $parent, $json, $list, $target, $due)");

    /// <summary>The row's list item text, rendered from what is being written (null for kinds without a shape).</summary>
    private string? Shape(Resource res) => _shapes.TryGetValue((res.Service, res.Kind), out var render) ? render(res) : null;

    private void Bind(SqliteCommand cmd, Resource res)
    {
        if (res.ReadForAnswer)
            throw new InvalidOperationException($"The {res.Service} {res.Kind} '{res.Id}' was read for a list answer, without its pending transition; read the row itself to change it.");
        void Set(string name, object? value)
        {
            if (cmd.Parameters.Contains(name)) cmd.Parameters[name].Value = value ?? DBNull.Value;
            else cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        Set("$s", res.Service); Set("$k", res.Kind); Set("$id", res.Id);
        if (cmd.CommandText.Contains("$seq", StringComparison.Ordinal)) Set("$seq", res.Seq);
        if (cmd.CommandText.Contains("$created", StringComparison.Ordinal)) Set("$created", res.CreatedAt);
        Set("$name", res.Name); Set("$state", res.State); Set("$parent", res.Parent);
        res.ListJson = Shape(res);
        Set("$json", res.Json); Set("$list", res.ListJson); Set("$target", res.TargetState); Set("$due", res.DueAt);
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] args)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private List<Resource> ReadAll(SqliteCommand cmd) => ReadAll(cmd, Read);

    private static List<Resource> ReadAll(SqliteCommand cmd, Func<SqliteDataReader, Resource> read)
    {
        var list = new List<Resource>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(read(r));
        return list;
    }

    private Resource Read(SqliteDataReader r)
    {
        var res = new Resource
        {
            Service = r.GetString(0), Kind = r.GetString(1), Id = r.GetString(2), Seq = r.GetInt64(3),
            Name = r.IsDBNull(4) ? null : r.GetString(4), State = r.GetString(5), CreatedAt = r.GetString(6),
            Parent = r.IsDBNull(7) ? null : r.GetString(7),
            TargetState = r.IsDBNull(9) ? null : r.GetString(9), DueAt = r.IsDBNull(10) ? null : r.GetInt64(10),
            Json = r.GetString(8),
        };
        res.ListJson = r.IsDBNull(11) ? Shape(res) : r.GetString(11); // rows of an older database file render now
        return res;
    }

    /// <summary>A row of a list answer's page (id, seq, name, state, created_at, parent, text, list_json; <see cref="ListRead"/>).</summary>
    private Resource ReadForAnswer(SqliteDataReader r, ListQuery q)
    {
        var res = new Resource
        {
            Service = q.Service, Kind = q.Kind, Id = r.GetString(0), Seq = r.GetInt64(1),
            Name = r.IsDBNull(2) ? null : r.GetString(2), State = r.GetString(3), CreatedAt = r.GetString(4),
            Parent = r.IsDBNull(5) ? null : r.GetString(5), ReadForAnswer = true,
        };
        var listJson = r.IsDBNull(7) ? null : r.GetString(7);
        if (r.IsDBNull(6)) res.LeaveJsonUnread(); // json is NOT NULL in the table: a shape read of a row that has its shape
        else res.Json = r.GetString(6);
        res.ListJson = listJson ?? Shape(res); // rows of an older database file render now
        return res;
    }

    public void Dispose()
    {
        lock (_gate) _db.Dispose();
    }
}

using Microsoft.Data.Sqlite;

namespace ScpStorage.Emulator.Store;

/// <summary>The one place that defines the emulator's tables and indexes.</summary>
internal static class Schema
{
    public static void Create(SqliteConnection db, bool inMemory)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = (inMemory ? "" : "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;") + @"
CREATE TABLE IF NOT EXISTS resources (
    service      TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    id           TEXT    NOT NULL,
    seq          INTEGER NOT NULL,
    name         TEXT,
    state        TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    parent       TEXT,
    json         TEXT    NOT NULL,
    list_json    TEXT,
    target_state TEXT,
    due_at       INTEGER,
    PRIMARY KEY (service, kind, id)
);
-- Keyset paging in creation order, the default sort and the benchmark's path.
CREATE UNIQUE INDEX IF NOT EXISTS ix_resources_seq ON resources (service, kind, seq);
CREATE INDEX IF NOT EXISTS ix_resources_name ON resources (service, kind, name, seq);
CREATE INDEX IF NOT EXISTS ix_resources_created ON resources (service, kind, created_at, seq);
CREATE INDEX IF NOT EXISTS ix_resources_parent ON resources (service, kind, parent);
-- Only rows in a transition carry due_at, so settling pending transitions stays cheap.
CREATE INDEX IF NOT EXISTS ix_resources_due ON resources (due_at) WHERE due_at IS NOT NULL;
";
        cmd.ExecuteNonQuery();
        AddListJsonColumn(db);
    }

    /// <summary>A database file written before list shapes existed gains the column; its rows render on read.</summary>
    private static void AddListJsonColumn(SqliteConnection db)
    {
        using var probe = db.CreateCommand();
        probe.CommandText = "SELECT COUNT(*) FROM pragma_table_info('resources') WHERE name = 'list_json'";
        if ((long)probe.ExecuteScalar()! > 0) return;
        using var alter = db.CreateCommand();
        alter.CommandText = "ALTER TABLE resources ADD COLUMN list_json TEXT";
        alter.ExecuteNonQuery();
    }
}

using System.Collections.Generic;
using Microsoft.AspNetCore.Http;
using ScpStorage.Emulator.Http;

namespace ScpStorage.Emulator.Services.Backup;

/// <summary>
/// The three lists of a backup's history: backup jobs (backup-histories), recovery points
/// (restore-targets) and restores (restore-histories). Each is paged with the shared list
/// parameters, filtered by a window on its start time (and by state where SCP has a state
/// filter), and read after the backup's lazy state changes are settled; they differ only in the
/// facts of a row here, so a route just names its row.
/// </summary>
internal sealed class BackupHistory
{
    public static readonly BackupHistory Jobs = new(Bk.Job, new Dictionary<string, string>
    {
        ["backup_start_time"] = "json_extract(json,'$.backup_start_time')", ["backup_end_time"] = "json_extract(json,'$.backup_end_time')",
        ["created_at"] = "created_at",
    }, defaultSort: null, afterQuery: "backup_start_time", beforeQuery: "backup_end_time", timeField: "backup_start_time",
        stateField: "backup_job_state", states: new[] { "SUCCESS", "PARTIAL_SUCCESS", "FAILED", "INPROGRESS", "ALL" });

    public static readonly BackupHistory Points = new(Bk.RecoveryPoint, new Dictionary<string, string>
    {
        ["backup_start_time"] = "json_extract(json,'$.backup_start_time')", ["created_at"] = "created_at",
    }, defaultSort: null, afterQuery: "backup_start_time", beforeQuery: "backup_end_time", timeField: "backup_start_time",
        stateField: null, states: null);

    public static readonly BackupHistory Restores = new(Bk.Restore, new Dictionary<string, string>
    {
        ["created_at"] = "created_at", ["backup_start_time"] = "json_extract(json,'$.backup_start_time')",
        ["restore_start_time"] = "json_extract(json,'$.restore_start_time')",
    }, defaultSort: "created_at:desc", afterQuery: "start_time", beforeQuery: "end_time", timeField: "restore_start_time",
        stateField: "restore_state", states: new[] { "COMPLETED", "FAILED", "INPROGRESS", "PARTIAL_SUCCESS" });

    private readonly string _kind;
    private readonly IReadOnlyDictionary<string, string> _sort;
    private readonly string? _defaultSort;
    private readonly string _afterQuery, _beforeQuery, _timeColumn;
    private readonly string? _stateField;
    private readonly string[]? _states;

    /// <param name="afterQuery">The query parameter of the window's start; <paramref name="beforeQuery"/> of its end (both bound <paramref name="timeField"/>).</param>
    /// <param name="stateField">The field that shows the state in answers; also the name of the state filter, where <paramref name="states"/> is given.</param>
    private BackupHistory(string kind, IReadOnlyDictionary<string, string> sort, string? defaultSort, string afterQuery, string beforeQuery,
        string timeField, string? stateField, string[]? states)
    {
        _kind = kind; _sort = sort; _defaultSort = defaultSort; _afterQuery = afterQuery; _beforeQuery = beforeQuery;
        _timeColumn = $"json_extract(json,'$.{timeField}')"; _stateField = stateField; _states = states;
    }

    /// <summary>One page of this list for a backup; every parameter is checked before the backup is looked up.</summary>
    public IResult Page(HttpContext ctx, EmulatorRuntime rt, string backupId)
    {
        var errors = new ValidationErrors();
        var q = errors.Field(() => Bk.Paged(ctx, _kind, _sort, _defaultSort, 20));
        var after = errors.Field(() => Bk.TimeQuery(ctx, _afterQuery));
        var before = errors.Field(() => Bk.TimeQuery(ctx, _beforeQuery));
        var state = _states == null ? null
            : errors.Field(() => ListParameters.Value(ctx, _stateField!), s => Bk.OneOf(s, _states, "query", _stateField!));
        errors.ThrowIfAny();
        rt.Store.Atomic(() => JobRoutes.RequireSettled(rt, backupId));
        q.Where("parent = {0}", backupId);
        if (after != null) q.Where(_timeColumn + " >= {0}", after);
        if (before != null) q.Where(_timeColumn + " <= {0}", before);
        // ALL (a backup job state) asks for every state.
        if (state is not (null or "ALL")) q.Where("state = {0}", state);
        return Bk.Page(rt, q, r => Bk.Raw(r, _stateField));
    }
}

using System;
using System.Text.Json.Nodes;

namespace ScpStorage.Emulator.Store;

/// <summary>
/// One stored resource of any service. The common columns are what lists filter, sort and page
/// on; everything else lives in <see cref="Json"/> so a new service needs no new table.
/// The state is kept out of the JSON because each service names that field differently
/// (volumes "state", snapshots "status") and because pending transitions rewrite it in SQL.
/// </summary>
internal sealed class Resource
{
    public required string Service { get; init; }
    public required string Kind { get; init; }
    public required string Id { get; init; }
    /// <summary>Creation sequence: the stable tie-breaker for every sort, assigned by the store.</summary>
    public long Seq { get; set; }
    public string? Name { get; set; }
    public string State { get; set; } = "";
    public string CreatedAt { get; set; } = "";
    /// <summary>Owning resource id (e.g. a snapshot's volume), indexed for filters and cascades.</summary>
    public string? Parent { get; set; }
    /// <summary>The full JSON; a list read for the list shape only (<see cref="ListRead.Shape"/>) leaves it unread.</summary>
    public string Json
    {
        get => _json ?? throw new InvalidOperationException($"The {Service} {Kind} '{Id}' was read for its list shape only; read the row itself for its JSON.");
        set => _json = value;
    }
    private string? _json = "{}";

    /// <summary>A row read for its list shape only.</summary>
    internal void LeaveJsonUnread() => _json = null;

    /// <summary>Read by a list answer (<see cref="ListRead"/>) without its pending transition: the store refuses to write it back.</summary>
    public bool ReadForAnswer { get; internal set; }

    /// <summary>
    /// The item as its list answer shows it, without the state (<see cref="ListShape"/>); set by
    /// the store on every write and read, for kinds that have a shape.
    /// </summary>
    public string? ListJson { get; set; }
    /// <summary>State to move to at <see cref="DueAt"/> (Unix ms); <see cref="Deleted"/> removes the row.</summary>
    public string? TargetState { get; set; }
    public long? DueAt { get; set; }

    public const string Deleted = "__deleted__";

    public JsonObject Data() => JsonNode.Parse(Json)!.AsObject();

    public void SetData(JsonObject data) => Json = data.ToJsonString(JsonText.Options);

    /// <summary>Starts a transition: shows <paramref name="transitional"/> until the delay has passed.</summary>
    public void Transition(string transitional, string target, long dueAtMs)
    {
        State = transitional;
        TargetState = target;
        DueAt = dueAtMs;
    }
}

using System;

namespace ScpStorage.Emulator.Store;

/// <summary>
/// How one kind of resource appears as an item of its list answers, rendered when a row is
/// written rather than each time it is listed. A list page then splices stored text, as
/// Virtual Server's volumes do, instead of parsing and re-rendering every item (a page of
/// 1,000 items re-rendered from stored JSON cost 10–30 ms, several times the page's query).
/// A shape may read only the row itself — its JSON, id, name, parent, creation time — and
/// fixed data, never its state (transitions rewrite that column in SQL; the list route
/// splices it in) nor other rows (a change to them would not re-render this one).
/// </summary>
internal sealed record ListShape(string Service, string Kind, Func<Resource, string> Render);

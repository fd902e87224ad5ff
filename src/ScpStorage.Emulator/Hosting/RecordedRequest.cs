using System;

namespace ScpStorage.Emulator;

/// <summary>
/// One API request as the emulator saw it: the witness tests use to prove a request was (or was
/// not) sent. <see cref="Status"/> is what the client really got: 0 when no answer reached it
/// (dropped on purpose, or the client gave up first). <see cref="HandlerStatus"/> is what the
/// handler produced, so a lost answer still shows that the work was done.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    string? Service,
    int Status,
    DateTimeOffset Timestamp,
    bool SignatureValid,
    string? ApiVersion,
    string? FaultInjected,
    int? HandlerStatus = null);

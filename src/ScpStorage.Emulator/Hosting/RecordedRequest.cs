using System;

namespace ScpStorage.Emulator;

/// <summary>
/// One API request as the emulator saw it: the witness tests use to prove a request was (or was
/// not) sent. <see cref="Status"/> is 0 when the connection was dropped on purpose.
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
    string? FaultInjected);

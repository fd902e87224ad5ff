using System;

namespace ScpStorage.Emulator;

/// <summary>
/// One API request as the emulator saw it: the witness tests use to prove a request was (or was
/// not) sent. <see cref="Status"/> is what the client really got: 0 when no answer reached it
/// (dropped on purpose, or the client gave up first). <see cref="HandlerStatus"/> is what the
/// handler produced, so a lost answer still shows that the work was done. The identity it
/// carried is recorded as the access key, the account id, whether an X-Auth-Token came (never
/// the token itself) and the Host it was addressed to, so tests can prove whose identity reached
/// which endpoint. <see cref="Path"/> is the raw path without a <c>/{environment}/{region}</c>
/// prefix; <see cref="Region"/> and <see cref="Environment"/> name the state the request acted
/// on (the default region for a path without the prefix).
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
    int? HandlerStatus = null,
    string? AccessKey = null,
    string? AccountId = null,
    bool HasAuthToken = false,
    string? Host = null,
    string? Region = null,
    string? Environment = null);

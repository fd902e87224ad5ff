namespace ScpStorage.Emulator.Services.Backup;

/// <summary>
/// How this emulator's backup jobs, restores and connection checks end (set through
/// <c>PUT /_emulator/backup/options</c>): SUCCESS/COMPLETED by default, so tests are
/// deterministic; PARTIAL_SUCCESS or FAILED on request. Scheduled runs happen only when
/// <c>POST /_emulator/backup/run-schedules</c> asks.
/// </summary>
internal sealed class BkOptions
{
    public string JobOutcome { get; set; } = "SUCCESS";
    public string RestoreOutcome { get; set; } = "COMPLETED";
    public string ConnectionOutcome { get; set; } = "SUCCESS";
}

using ScpStorage.Core.Threading;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Core.Backup
{
    /// <summary>Schedules, manual backups and the job history.</summary>
    public sealed partial class BackupClient
    {
        /// <summary>How far SCP's clock may be behind ours when a new job or restore is looked for by time.</summary>
        public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

        public IEnumerable<ScpBackupSchedule> ListSchedules(string backupId, CancellationToken ct = default)
        {
            var r = BackupOperations.ListSchedules.Request().WithPath("backup_id", Id(backupId, nameof(backupId)));
            return Single<ScpBackupSchedule>(r, "contents", ct, s => { if (string.IsNullOrEmpty(s.BackupId)) s.BackupId = backupId; });
        }

        /// <summary>Replaces the backup's schedules with <paramref name="schedules"/> (validated first).</summary>
        public Task<ScpBackupRequest> SetSchedulesAsync(string backupId, IReadOnlyList<ScpBackupScheduleSpec> schedules, CancellationToken ct = default)
        {
            if (ScpBackupScheduleSpec.ValidateAll(schedules) is string problem) throw new ArgumentException(problem, nameof(schedules));
            return Change(BackupOperations.SetSchedules, backupId, new JObject { ["schedules"] = new JArray(schedules.Select(s => s.ToJson())) }, ct);
        }

        /// <summary>Streams a backup's jobs; <paramref name="state"/> may be ALL.</summary>
        public IEnumerable<ScpBackupJob> ListBackupJobs(string backupId, DateTimeOffset? after = null, DateTimeOffset? before = null,
            string? state = null, string? sort = null, int pageSize = DefaultPageSize, int? first = null, CancellationToken ct = default)
        {
            var r = BackupOperations.ListBackupHistories.Request().WithPath("backup_id", Id(backupId, nameof(backupId)))
                .WithQuery("backup_start_time", Utc(after)).WithQuery("backup_end_time", Utc(before))
                .WithQuery("backup_job_state", state).WithQuery("sort", sort);
            return Stream<ScpBackupJob>(r, pageSize, first, j => j.Id ?? Utc(j.StartTime), ct, j => j.BackupId = backupId);
        }

        /// <summary>
        /// Starts a backup now (Manual Backup). SCP's answer does not name the job, so the jobs
        /// already listed since shortly before the call are remembered: the job started is the
        /// one the answer names if it does, else the newest one not seen before.
        /// </summary>
        public async Task<BackupJobTicket> StartBackupJobAsync(string backupId, CancellationToken ct = default)
        {
            var since = DateTimeOffset.UtcNow - ClockSkew;
            var known = await ScpBlockingWork.Start(() => ListBackupJobs(backupId, after: since, ct: ct).Select(j => j.Id ?? "").ToList(), ct).ConfigureAwait(false);
            // Not resent on a lost answer (a second run would be a second backup): the pipeline says it may have been carried out.
            var answer = Decode<ScpBackupRequest>(await SendAsync(BackupOperations.ManualBackup.Request().WithPath("backup_id", Id(backupId, nameof(backupId))), ct).ConfigureAwait(false));
            return new BackupJobTicket(backupId, since, known, answer.Resource?.Id, answer.RequestId);
        }

        /// <summary>The job a ticket stands for, once SCP lists it; null while it does not.</summary>
        public async Task<ScpBackupJob?> FindBackupJobAsync(BackupJobTicket ticket, CancellationToken ct = default)
        {
            var jobs = await ScpBlockingWork.Start(() => ListBackupJobs(ticket.BackupId, after: ticket.Since, sort: "backup_start_time:desc", ct: ct).ToList(), ct).ConfigureAwait(false);
            return jobs.FirstOrDefault(j => !string.IsNullOrEmpty(ticket.AnswerId) && j.Id == ticket.AnswerId)
                ?? jobs.Where(j => !ticket.Known.Contains(j.Id ?? "")).OrderByDescending(j => j.StartTime).FirstOrDefault();
        }

        /// <summary>Waits until the started job is listed (without waiting for it to finish).</summary>
        public Task<ScpBackupJob> WaitForBackupJobListedAsync(BackupJobTicket ticket, ScpWaitOptions options, Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync($"Waiting for the job of backup {ticket.BackupId} to be listed", c => FindBackupJobAsync(ticket, c),
                j => j == null ? ScpWaitStatus.Pending : ScpWaitStatus.Succeeded, j => j?.State ?? "not listed yet", options, progress, ct)!;

        /// <summary>
        /// Follows the started job until SUCCESS or PARTIAL_SUCCESS (returned; the caller warns on
        /// partial) or FAILED (<see cref="ScpWaitException"/>).
        /// </summary>
        public Task<ScpBackupJob> WaitForBackupJobAsync(BackupJobTicket ticket, ScpWaitOptions? options = null, Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync($"Waiting for the job of backup {ticket.BackupId}", c => FindBackupJobAsync(ticket, c),
                j => j == null ? ScpWaitStatus.Pending : BackupStates.Job.Classify(j.State), j => j?.State ?? "not listed yet",
                options ?? ScpWaitOptions.Default, progress, ct)!;
    }

    /// <summary>What is known about a job just started: enough to find it in the history.</summary>
    public sealed class BackupJobTicket
    {
        public BackupJobTicket(string backupId, DateTimeOffset since, IReadOnlyCollection<string> known, string? answerId, string? requestId)
        {
            BackupId = backupId; Since = since; Known = new HashSet<string>(known); AnswerId = answerId; RequestId = requestId;
        }

        public string BackupId { get; }
        /// <summary>The call's start minus <see cref="BackupClient.ClockSkew"/>.</summary>
        public DateTimeOffset Since { get; }
        /// <summary>Job ids listed since then before the call.</summary>
        public HashSet<string> Known { get; }
        /// <summary><c>resource.id</c> of the answer (meaning undocumented; used only when it matches a job id).</summary>
        public string? AnswerId { get; }
        public string? RequestId { get; }
    }
}

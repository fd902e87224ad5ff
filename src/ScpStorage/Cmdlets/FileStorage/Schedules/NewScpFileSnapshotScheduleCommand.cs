using ScpStorage.Core.Threading;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.FileStorage;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.FileStorage.Schedules
{
    /// <summary>
    /// Adds a snapshot schedule entry to File Storage volumes (CreateSnapshotSchedule). SCP's
    /// answer has no id, so the volume's schedules are listed afterwards and the new entry, with
    /// its id, is returned; an entry identical to an existing one is refused before any change
    /// (the two could not be told apart).
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ScpFileSnapshotSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByVolume)]
    [OutputType(typeof(ScpFileSnapshotSchedule))]
    public sealed class NewScpFileSnapshotScheduleCommand : FileChildCmdlet
    {
        /// <summary>Daily or Weekly.</summary>
        [Parameter(Mandatory = true)]
        [ValidateSet("Daily", "Weekly")]
        public string Frequency { get; set; } = "";

        /// <summary>The day of a Weekly schedule.</summary>
        [Parameter]
        [ValidateSet("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")]
        public string? DayOfWeek { get; set; }

        /// <summary>The hour of the day, 0–23.</summary>
        [Parameter(Mandatory = true)]
        [ValidateRange(0, 23)]
        public int Hour { get; set; }

        /// <summary>How many snapshots the volume keeps (a per-volume setting).</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? RetentionCount { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var volume in Volumes())
            {
                var spec = ScheduleParameters.Check(this, Frequency, DayOfWeek, Hour, RetentionCount, volume);
                if (spec == null) return;
                var client = ClientOf<FileStorageClient>(volume);
                var existing = InvokeCall(ct => ScpBlockingWork.Start(() => client.ListSnapshotSchedules(volume.Id, ct).FirstOrDefault(spec.Matches), ct));
                if (existing != null)
                {
                    WriteError(ScpErrorRecords.InvalidOperation("ScpFileScheduleExists",
                        $"File volume {volume} already has this schedule ({existing}).", volume));
                    continue;
                }
                if (!ShouldProcess(volume.ToString(), $"Add snapshot schedule {spec.Frequency}{(spec.DayOfWeek == null ? "" : " " + spec.DayOfWeek)} {spec.Hour:00}:00")) continue;
                var volumeId = volume.Id;
                Run(new ScpWorkItem($"New snapshot schedule of file volume {volume}", volume, async ctx =>
                    ctx.Output.Object(await new FileStorageClient(ctx.Client).CreateSnapshotScheduleAsync(volumeId, spec, ctx.CancellationToken).ConfigureAwait(false)),
                    ConnectionFor(volume)));
            }
        }
    }
}

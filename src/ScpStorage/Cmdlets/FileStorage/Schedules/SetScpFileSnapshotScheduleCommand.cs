using System;
using System.Management.Automation;
using ScpStorage.Core.FileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.FileStorage.Schedules
{
    /// <summary>
    /// Changes snapshot schedule entries of File Storage volumes (SetSnapshotSchedule). SCP's
    /// body needs the whole entry, so what is not given is taken from the entry as listed.
    /// -PassThru returns the entry as the volume lists it afterwards.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ScpFileSnapshotSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpFileSnapshotSchedule))]
    public sealed class SetScpFileSnapshotScheduleCommand : ScheduleEntryCmdlet
    {
        /// <summary>Daily or Weekly (a Weekly entry needs a day).</summary>
        [Parameter]
        [ValidateSet("Daily", "Weekly")]
        public string? Frequency { get; set; }

        /// <summary>The day of a Weekly entry.</summary>
        [Parameter]
        [ValidateSet("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")]
        public string? DayOfWeek { get; set; }

        /// <summary>The hour of the day, 0–23.</summary>
        [Parameter]
        [ValidateRange(0, 23)]
        public int? Hour { get; set; }

        /// <summary>How many snapshots the volume keeps.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? RetentionCount { get; set; }

        /// <summary>Return the entry after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var entry in Entries())
            {
                var frequency = Frequency ?? entry.Frequency ?? "DAILY";
                var weekly = string.Equals(frequency, "Weekly", StringComparison.OrdinalIgnoreCase);
                var day = DayOfWeek ?? (weekly ? entry.DayOfWeek : null);
                var spec = ScheduleParameters.Check(this, frequency, day, Hour ?? entry.Hour ?? 0, RetentionCount, entry);
                if (spec == null) continue;
                var (volumeId, id, passThru) = (entry.VolumeId!, entry.Id!, PassThru.IsPresent);
                if (!ShouldProcess($"snapshot schedule {entry} of file volume {volumeId}",
                    $"Set to {spec.Frequency}{(spec.DayOfWeek == null ? "" : " " + spec.DayOfWeek)} {spec.Hour:00}:00")) continue;
                Run(new ScpWorkItem($"Set snapshot schedule {id}", entry, async ctx =>
                {
                    var result = await new FileStorageClient(ctx.Client).SetSnapshotScheduleAsync(volumeId, id, spec, ctx.CancellationToken).ConfigureAwait(false);
                    if (passThru) ctx.Output.Object(result);
                }, ConnectionFor(entry)));
            }
        }
    }
}

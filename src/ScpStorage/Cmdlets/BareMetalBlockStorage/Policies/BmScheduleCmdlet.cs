using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Policies
{
    /// <summary>
    /// New-, Set- and Remove-ScpBmSnapshotSchedule: the one snapshot schedule of a volume or a
    /// volume group; the piped object's type picks the volume or the group operation.
    /// </summary>
    public abstract class BmScheduleCmdlet : BmSourceCmdlet
    {
        internal abstract string Action { get; }
        internal abstract Task<ScpBmSnapshotSchedule> Send(BareMetalBlockStorageClient bm, ScpBmTargetKind kind, string id, CancellationToken ct);

        protected override void ProcessRecord()
        {
            if (!(Source() is BmSource source) || !ShouldProcess(source.Display, Action)) return;
            var (kind, id) = (source.Kind, source.Id);
            Run(new ScpWorkItem($"{Action} of {source.Display}", source.From ?? (object)id, async ctx =>
                ctx.Output.Object(await Send(new BareMetalBlockStorageClient(ctx.Client), kind, id, ctx.CancellationToken).ConfigureAwait(false)),
                source.From == null ? null : ConnectionFor(source.From)));
        }

        /// <summary>The documented three-letter token (SUN..SAT) for a day given as SUN or Sunday.</summary>
        internal static string? Day(string? day) =>
            day == null ? null : BareMetalBlockStorageRules.Days.First(d => day.StartsWith(d, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The -Hour and -DayOfWeek of New- and Set-ScpBmSnapshotSchedule.</summary>
    public abstract class BmScheduleSetCmdlet : BmScheduleCmdlet
    {
        /// <summary>Hour of the day (0–23) the snapshot is taken.</summary>
        [Parameter(Mandatory = true)]
        [ValidateRange(0, 23)]
        public int Hour { get; set; }

        /// <summary>Day of the week for a weekly schedule; left out, the schedule is daily.</summary>
        [Parameter]
        [ValidateSet("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", IgnoreCase = true)]
        public string? DayOfWeek { get; set; }

        internal string When => DayOfWeek == null ? $"daily at {Hour}:00" : $"every {Day(DayOfWeek)} at {Hour}:00";
    }
}

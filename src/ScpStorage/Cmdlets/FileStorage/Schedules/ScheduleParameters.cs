using System;
using ScpStorage.Core.FileStorage;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.FileStorage.Schedules
{
    /// <summary>The rule for a schedule entry, checked before any request: Weekly needs a day, Daily takes none.</summary>
    internal static class ScheduleParameters
    {
        public static FileScheduleSpec? Check(ScpCmdlet cmdlet, string frequency, string? dayOfWeek, int hour, int? retention, object target)
        {
            var weekly = string.Equals(frequency, "Weekly", StringComparison.OrdinalIgnoreCase);
            if (weekly && dayOfWeek == null)
            {
                cmdlet.WriteError(ScpErrorRecords.InvalidArgument("A Weekly schedule needs -DayOfWeek (SUN, MON, TUE, WED, THU, FRI or SAT).", target));
                return null;
            }
            if (!weekly && dayOfWeek != null)
            {
                cmdlet.WriteError(ScpErrorRecords.InvalidArgument("-DayOfWeek is only for Weekly schedules; a Daily schedule runs every day.", target));
                return null;
            }
            return new FileScheduleSpec { Frequency = frequency.ToUpperInvariant(), DayOfWeek = dayOfWeek?.ToUpperInvariant(), Hour = hour, RetentionCount = retention };
        }
    }
}

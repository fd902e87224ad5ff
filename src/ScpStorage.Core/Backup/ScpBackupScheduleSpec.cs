using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.Backup
{
    /// <summary>
    /// One schedule to create or set (BackupScheduleCreateRequest). <see cref="Validate"/> says
    /// what is wrong, with a valid example, before anything is sent.
    /// </summary>
    public sealed class ScpBackupScheduleSpec
    {
        public static readonly string[] Frequencies = { "DAILY", "WEEKLY", "MONTHLY" };
        public static readonly string[] Types = { "FULL", "INCREMENTAL" };
        public static readonly string[] Days = { "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN" };
        public static readonly string[] Weeks = { "WEEK_1", "WEEK_2", "WEEK_3", "WEEK_4", "WEEK_LAST" };

        /// <summary>What a valid schedule looks like, in every validation message.</summary>
        public const string Example = "@{Frequency='DAILY'; Type='FULL'; StartTime='02:00:00'} or @{Frequency='WEEKLY'; Type='INCREMENTAL'; StartTime='23:30:00'; StartDay='SUN'}";

        private static readonly Regex Time = new Regex("^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$", RegexOptions.CultureInvariant);

        /// <summary>DAILY, WEEKLY or MONTHLY.</summary>
        public string Frequency { get; set; } = "";
        /// <summary>FULL or INCREMENTAL.</summary>
        public string Type { get; set; } = "";
        /// <summary>HH:MM:SS, 24-hour.</summary>
        public string StartTime { get; set; } = "";
        /// <summary>MON … SUN (optional).</summary>
        public string? StartDay { get; set; }
        /// <summary>WEEK_1 … WEEK_4 or WEEK_LAST (optional).</summary>
        public string? StartWeek { get; set; }

        /// <summary>Values in SCP's upper case; null when valid, otherwise what is wrong and a valid example.</summary>
        public string? Validate()
        {
            Frequency = (Frequency ?? "").ToUpperInvariant(); Type = (Type ?? "").ToUpperInvariant();
            StartDay = StartDay?.ToUpperInvariant(); StartWeek = StartWeek?.ToUpperInvariant();
            var problems = new List<string>();
            if (!Frequencies.Contains(Frequency)) problems.Add($"Frequency '{Frequency}' is not one of {string.Join(", ", Frequencies)}");
            if (!Types.Contains(Type)) problems.Add($"Type '{Type}' is not one of {string.Join(", ", Types)}");
            if (!Time.IsMatch(StartTime ?? "")) problems.Add($"StartTime '{StartTime}' is not a 24-hour HH:MM:SS time");
            if (StartDay != null && !Days.Contains(StartDay)) problems.Add($"StartDay '{StartDay}' is not one of {string.Join(", ", Days)}");
            if (StartWeek != null && !Weeks.Contains(StartWeek)) problems.Add($"StartWeek '{StartWeek}' is not one of {string.Join(", ", Weeks)}");
            return problems.Count == 0 ? null : $"Invalid backup schedule: {string.Join("; ", problems)}. A valid schedule: {Example}.";
        }

        /// <summary>Validates a whole list: at least one schedule, each valid; null when valid.</summary>
        public static string? ValidateAll(IReadOnlyList<ScpBackupScheduleSpec>? schedules)
        {
            if (schedules == null || schedules.Count == 0) return $"A backup needs at least one schedule, for example {Example}.";
            return schedules.Select(s => s.Validate()).FirstOrDefault(m => m != null);
        }

        internal JObject ToJson()
        {
            var o = new JObject { ["frequency"] = Frequency, ["start_time"] = StartTime, ["type"] = Type };
            if (StartDay != null) o["start_day"] = StartDay;
            if (StartWeek != null) o["start_week"] = StartWeek;
            return o;
        }

        public override string ToString() => $"{Type} {Frequency} {StartTime}" + (StartDay == null ? "" : " " + StartDay) + (StartWeek == null ? "" : " " + StartWeek);
    }
}

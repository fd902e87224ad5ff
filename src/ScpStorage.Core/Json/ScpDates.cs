using System;
using System.Globalization;

namespace ScpStorage.Core
{
    /// <summary>
    /// SCP returns dates in three shapes: <c>2024-07-30T04:54:33.219373</c> (no zone: UTC),
    /// <c>2024-08-01 07:06:23.315000+00:00</c> and <c>2026-02-11T06:44:46.280Z</c>. All become
    /// DateTimeOffset; a missing zone means UTC, never local time.
    /// </summary>
    public static class ScpDates
    {
        public static DateTimeOffset? Parse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            return DateTimeOffset.TryParse(text!.Trim(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value)
                ? value
                : (DateTimeOffset?)null;
        }
    }
}

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
            // Every listed item carries two or three dates, and the general parser takes about
            // 250 ns for each (half a microsecond of a volume's five): the three shapes SCP sends
            // are read digit by digit, and anything else goes to the general parser.
            return TryParseIso(text!, out var value) ? value : General(text!);
        }

        /// <summary>The general parser, which reads every shape .NET knows (and decides what the fast path declines).</summary>
        internal static DateTimeOffset? General(string text) =>
            DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value)
                ? value
                : (DateTimeOffset?)null;

        /// <summary>
        /// <c>yyyy-MM-dd</c>, <c>T</c> or a space, <c>HH:mm:ss</c>, an optional fraction of 1–7
        /// digits, then nothing (UTC), <c>Z</c> or <c>±HH:mm</c>. False for anything else, including
        /// a date that does not exist, so the general parser gives the answer.
        /// </summary>
        internal static bool TryParseIso(string s, out DateTimeOffset value)
        {
            value = default;
            if (s.Length < 19 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':') return false;
            if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
                || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second)) return false;
            // Years 1 and 9999 are left to the general parser: an offset can carry them out of range.
            if (year < 2 || year > 9998 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
                || hour > 23 || minute > 59 || second > 59) return false;

            var i = 19;
            var fraction = 0;
            if (i < s.Length && s[i] == '.')
            {
                var start = ++i;
                while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
                var digits = i - start;
                if (digits == 0 || digits > 7) return false; // a tick is the seventh digit
                Digits(s, start, digits, out fraction);
                for (var d = digits; d < 7; d++) fraction *= 10;
            }

            var offset = TimeSpan.Zero;
            if (i < s.Length && !(s[i] == 'Z' && i + 1 == s.Length) && !TryOffset(s, i, out offset)) return false;

            value = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second).AddTicks(fraction), offset);
            return true;
        }

        /// <summary><c>±HH:mm</c> at <paramref name="i"/>, ending the text, within ±14 hours.</summary>
        private static bool TryOffset(string s, int i, out TimeSpan offset)
        {
            offset = TimeSpan.Zero;
            if ((s[i] != '+' && s[i] != '-') || i + 6 != s.Length || s[i + 3] != ':'
                || !Digits(s, i + 1, 2, out var hours) || !Digits(s, i + 4, 2, out var minutes)
                || minutes > 59 || hours * 60 + minutes > 14 * 60) return false;
            var sign = s[i] == '-' ? -1 : 1;
            offset = new TimeSpan(sign * hours, sign * minutes, 0);
            return true;
        }

        private static bool Digits(string s, int start, int count, out int value)
        {
            value = 0;
            for (var i = start; i < start + count; i++)
            {
                var c = s[i];
                if (c < '0' || c > '9') return false;
                value = value * 10 + (c - '0');
            }
            return true;
        }
    }
}

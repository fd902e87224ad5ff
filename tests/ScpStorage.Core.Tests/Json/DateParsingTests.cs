using System;
using System.Globalization;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Core.Tests.Json
{
    /// <summary>
    /// ScpDates reads SCP's three date shapes digit by digit and leaves everything else to the
    /// general parser; whichever path answers, the answer (instant and offset) is the general parser's.
    /// </summary>
    public sealed class DateParsingTests
    {
        [Theory]
        [InlineData("2024-07-30T04:54:33.219373")]
        [InlineData("2024-08-01 07:06:23.315000+00:00")]
        [InlineData("2026-02-11T06:44:46.280Z")]
        [InlineData("2026-02-11T15:44:46.280+09:00")]
        [InlineData("2024-02-29T23:59:59")]
        [InlineData("2024-12-31T00:00:00.1234567-03:30")]
        public void SCPs_shapes_are_read_by_the_fast_path_with_the_general_parsers_answer(string text)
        {
            ScpDates.TryParseIso(text, out var fast).Should().BeTrue();
            Same(fast, ScpDates.General(text)!.Value, text);
        }

        [Theory]
        [InlineData("2024-07-30T04:54:33.12345678Z")]   // eight fraction digits
        [InlineData("2023-02-29T00:00:00Z")]            // no such day
        [InlineData("2024-07-30T24:00:00")]             // no such hour
        [InlineData("2024-07-30T04:54:33+15:00")]       // offset out of range
        [InlineData("2024-07-30T04:54:33+0900")]        // offset without a colon
        [InlineData(" 2024-07-30T04:54:33Z ")]          // spaces around
        [InlineData("2024-07-30T04:54:33.Z")]           // a dot without digits
        [InlineData("2024-07-30T04:54:33z")]
        [InlineData("0001-01-01T00:00:00+01:00")]       // before the first instant there is
        [InlineData("9999-12-31T23:59:59-01:00")]       // after the last
        [InlineData("2024-07-30")]
        [InlineData("2024-07-30T04:54")]
        [InlineData("30/07/2024 04:54:33")]
        [InlineData("not a date")]
        public void Anything_else_gets_the_general_parsers_answer(string text)
        {
            ScpDates.TryParseIso(text, out _).Should().BeFalse();
            var parsed = ScpDates.Parse(text);
            var general = ScpDates.General(text);
            parsed.HasValue.Should().Be(general.HasValue, text);
            if (general.HasValue) Same(parsed!.Value, general.Value, text);
        }

        [Fact]
        public void Generated_dates_in_every_shape_read_as_the_general_parser_reads_them()
        {
            var random = new Random(20240730);
            for (int n = 0; n < 5000; n++)
            {
                var instant = new DateTime(2000, 1, 1).AddTicks((long)(random.NextDouble() * TimeSpan.FromDays(365.25 * 40).Ticks));
                var digits = random.Next(0, 8);
                var text = instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    + (random.Next(2) == 0 ? "T" : " ")
                    + instant.ToString("HH:mm:ss", CultureInfo.InvariantCulture)
                    + (digits == 0 ? "" : "." + instant.ToString(digits == 1 ? "%f" : new string('f', digits), CultureInfo.InvariantCulture));
                switch (random.Next(3))
                {
                    case 1: text += "Z"; break;
                    case 2:
                        var minutes = random.Next(-14 * 60, 14 * 60 + 1);
                        text += (minutes < 0 ? "-" : "+") + (Math.Abs(minutes) / 60).ToString("00") + ":" + (Math.Abs(minutes) % 60).ToString("00");
                        break;
                }
                ScpDates.TryParseIso(text, out var fast).Should().BeTrue(text);
                Same(fast, ScpDates.General(text)!.Value, text);
            }
        }

        private static void Same(DateTimeOffset actual, DateTimeOffset expected, string text)
        {
            // DateTimeOffset equality compares instants only: the offset must match too.
            actual.Ticks.Should().Be(expected.Ticks, text);
            actual.Offset.Should().Be(expected.Offset, text);
        }
    }
}

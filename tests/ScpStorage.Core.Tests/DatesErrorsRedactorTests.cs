using System;
using System.Collections.Generic;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Logging;
using Xunit;

namespace ScpStorage.Core.Tests
{
    [CollectionDefinition("Time zone", DisableParallelization = true)]
    public class TimeZoneCollection { }

    [Collection("Time zone")]
    public class DatesTests
    {
        public static IEnumerable<object[]> Shapes() => new[]
        {
            new object[] { "2024-07-30T04:54:33.219373", new DateTimeOffset(2024, 7, 30, 4, 54, 33, TimeSpan.Zero).AddTicks(2193730) },
            new object[] { "2024-08-01 07:06:23.315000+00:00", new DateTimeOffset(2024, 8, 1, 7, 6, 23, 315, TimeSpan.Zero) },
            new object[] { "2026-02-11T06:44:46.280Z", new DateTimeOffset(2026, 2, 11, 6, 44, 46, 280, TimeSpan.Zero) },
            new object[] { "2024-08-01T16:06:23+09:00", new DateTimeOffset(2024, 8, 1, 7, 6, 23, TimeSpan.Zero) },
            new object[] { " 2024-07-30T04:54:33 ", new DateTimeOffset(2024, 7, 30, 4, 54, 33, TimeSpan.Zero) },
        };

        [Theory]
        [MemberData(nameof(Shapes))]
        public void Every_shape_parses_to_the_right_utc_instant(string text, DateTimeOffset expected)
        {
            var parsed = ScpDates.Parse(text);
            parsed.Should().NotBeNull();
            parsed!.Value.UtcDateTime.Should().Be(expected.UtcDateTime);
            parsed.Value.UtcTicks.Should().Be(expected.UtcTicks);
        }

        [Fact]
        public void A_date_without_zone_is_utc_even_when_the_machine_is_in_Seoul()
        {
            var old = Environment.GetEnvironmentVariable("TZ");
            try
            {
                Environment.SetEnvironmentVariable("TZ", "Asia/Seoul");
                TimeZoneInfo.ClearCachedData();
                var parsed = ScpDates.Parse("2024-07-30T04:54:33.219373");
                parsed!.Value.Offset.Should().Be(TimeSpan.Zero);
                parsed.Value.UtcDateTime.Should().Be(new DateTime(2024, 7, 30, 4, 54, 33, DateTimeKind.Utc).AddTicks(2193730));
                ScpDates.Parse("2024-08-01 07:06:23.315000+00:00")!.Value.UtcDateTime.Hour.Should().Be(7);
            }
            finally
            {
                Environment.SetEnvironmentVariable("TZ", old);
                TimeZoneInfo.ClearCachedData();
            }
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("  ")]
        [InlineData("not a date")]
        public void Non_dates_are_null(string? text)
        {
            ScpDates.Parse(text).Should().BeNull();
        }
    }

    public class ErrorBodyTests
    {
        [Fact]
        public void Errors_shape_with_a_string_detail()
        {
            var e = ScpErrorBody.TryParse(@"{""errors"":[{""status"":404,""code"":""NOT_FOUND"",""title"":""Not Found"",""detail"":""no such volume""},{""code"":""SECOND""}]}");
            e.Should().NotBeNull();
            e!.Code.Should().Be("NOT_FOUND");
            e.Title.Should().Be("Not Found");
            e.Detail.Should().Be("no such volume");
            e.ValidationErrors.Should().BeEmpty();
        }

        [Fact]
        public void Errors_shape_with_a_detail_list()
        {
            var e = ScpErrorBody.TryParse(@"{""errors"":[{""status"":400,""code"":""BAD_REQUEST"",""title"":""Bad Request"",""detail"":[""size too small"",""name invalid""]}]}");
            e!.Code.Should().Be("BAD_REQUEST");
            e.Detail.Should().Contain("size too small").And.Contain("name invalid");
        }

        [Fact]
        public void Errors_shape_falls_back_to_message()
        {
            ScpErrorBody.TryParse(@"{""errors"":[{""code"":""X"",""message"":""from message""}]}")!.Detail.Should().Be("from message");
        }

        [Fact]
        public void Validation_shape()
        {
            var e = ScpErrorBody.TryParse(@"{""detail"":[{""loc"":[""body"",""size""],""msg"":""must be >= 8"",""type"":""value_error""},{""loc"":[""query"",""limit"",0],""msg"":""too big"",""type"":""v2""}]}");
            e!.Code.Should().Be("VALIDATION_ERROR");
            e.ValidationErrors.Should().HaveCount(2);
            e.ValidationErrors[0].Location.Should().Be("body.size");
            e.ValidationErrors[0].Message.Should().Be("must be >= 8");
            e.ValidationErrors[0].Type.Should().Be("value_error");
            e.ValidationErrors[1].Location.Should().Be("query.limit.0");
            e.ValidationErrors[0].ToString().Should().Be("body.size: must be >= 8");
            e.Detail.Should().Be("body.size: must be >= 8; query.limit.0: too big");
        }

        [Fact]
        public void Plain_detail_or_message_objects()
        {
            ScpErrorBody.TryParse(@"{""detail"":""Not authenticated""}")!.Detail.Should().Be("Not authenticated");
            var m = ScpErrorBody.TryParse(@"{""message"":""denied"",""code"":""AUTH""}");
            m!.Detail.Should().Be("denied");
            m.Code.Should().Be("AUTH");
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("<html>502 Bad Gateway</html>")]
        [InlineData("[1,2]")]
        [InlineData("{}")]
        [InlineData(@"{""errors"":[]}")]
        [InlineData(@"{""volumes"":[]}")]
        public void Anything_else_is_null(string? body)
        {
            ScpErrorBody.TryParse(body).Should().BeNull();
        }
    }

    public class RedactorTests
    {
        [Theory]
        [InlineData("https://h/v1/x?auth_key=abc&name=n", "https://h/v1/x?auth_key=<redacted>&name=n")]
        [InlineData("https://h/v1/x?name=n&AUTH_KEY=abc", "https://h/v1/x?name=n&AUTH_KEY=<redacted>")]
        [InlineData("https://h/v1/x?auth%5Fkey=abc", "https://h/v1/x?auth%5Fkey=<redacted>")]
        [InlineData("https://h/v1/x?password=p&token=t&signature=s", "https://h/v1/x?password=<redacted>&token=<redacted>&signature=<redacted>")]
        [InlineData("https://h/v1/x?name=auth_key", "https://h/v1/x?name=auth_key")]
        [InlineData("https://h/v1/x", "https://h/v1/x")]
        [InlineData("https://h/v1/x?flag", "https://h/v1/x?flag")]
        public void Url_masks_sensitive_query_values(string url, string expected)
        {
            ScpRedactor.Url(url).Should().Be(expected);
        }

        [Fact]
        public void Body_masks_nested_sensitive_fields()
        {
            var body = @"{""name"":""v"",""auth_key"":""K1"",""server"":{""password"":""P1"",""tags"":[{""secret_key"":""K2"",""keep"":""ok""}]},""list"":[[{""token"":""T1""}]]}";
            var redacted = ScpRedactor.Body(body);
            redacted.Should().NotContain("K1").And.NotContain("P1").And.NotContain("K2").And.NotContain("T1");
            var j = JObject.Parse(redacted);
            ((string)j["auth_key"]!).Should().Be("<redacted>");
            ((string)j["server"]!["password"]!).Should().Be("<redacted>");
            ((string)j["server"]!["tags"]![0]!["secret_key"]!).Should().Be("<redacted>");
            ((string)j["server"]!["tags"]![0]!["keep"]!).Should().Be("ok");
            ((string)j["list"]![0]![0]!["token"]!).Should().Be("<redacted>");
            ((string)j["name"]!).Should().Be("v");
        }

        [Fact]
        public void Body_masks_sensitive_fields_holding_objects_too()
        {
            ScpRedactor.Body(@"{""auth_key"":{""value"":""K3""}}").Should().NotContain("K3");
        }

        [Theory]
        [InlineData(null, "")]
        [InlineData("", "")]
        [InlineData("plain text auth_key=1", "plain text auth_key=1")]
        public void Body_leaves_non_json_alone(string? body, string expected)
        {
            ScpRedactor.Body(body).Should().Be(expected);
        }

        [Theory]
        [InlineData("Scp-Signature", true)]
        [InlineData("scp-signature", true)]
        [InlineData("X-Auth-Token", true)]
        [InlineData("x-auth-token", true)]
        [InlineData("Authorization", true)]
        [InlineData("Scp-AccessKey", false)]
        [InlineData("Scp-Timestamp", false)]
        [InlineData("Scp-API-Version", false)]
        public void Headers(string name, bool sensitive)
        {
            ScpRedactor.IsSensitiveHeader(name).Should().Be(sensitive);
            ScpRedactor.Header(name, "VALUE-1").Should().Be(sensitive ? ScpRedactor.Redacted : "VALUE-1");
        }
    }
}

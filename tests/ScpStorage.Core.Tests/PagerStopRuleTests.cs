using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Threading;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Http;
using ScpStorage.Core.Logging;
using ScpStorage.Core.Paging;
using Xunit;

namespace ScpStorage.Core.Tests
{
    /// <summary>
    /// The defensive pager's stop rules against servers that do not behave as hoped: SCP does not
    /// say whether count is a total or a page length, and nothing guarantees limit, marker or
    /// offset are honoured.
    /// </summary>
    public class PagerStopRuleTests
    {
        private static readonly string[] Ids = Enumerable.Range(0, 250).Select(i => "obj-" + i.ToString("D3", CultureInfo.InvariantCulture)).ToArray();

        private static int Int(CapturedRequest r, string key, int fallback) =>
            r.QueryValue(key) is string s ? int.Parse(s, CultureInfo.InvariantCulture) : fallback;

        private static string Page(IEnumerable<string> ids, string items = "volumes", Action<JObject>? extra = null)
        {
            var body = new JObject { [items] = new JArray(ids.Select(id => new JObject { ["id"] = id })) };
            extra?.Invoke(body);
            return body.ToString();
        }

        private static IEnumerable<string> MarkerSlice(CapturedRequest r, int limit)
        {
            var marker = r.QueryValue("marker");
            return Ids.Skip(marker == null ? 0 : Array.IndexOf(Ids, marker) + 1).Take(limit);
        }

        private static ScpRequest List() => new ScpRequest("virtualserver", "List volumes and details", "GET", "/v1/volumes");

        private static List<string> Run(FakeHandler handler, ScpPageSpec spec, LogSink? log = null) =>
            ScpPager.Stream(TestClients.Client(handler, log), List(), spec, CancellationToken.None).Select(o => (string)o["id"]!).ToList();

        [Fact]
        public void A_count_that_is_only_the_page_length_does_not_end_the_listing()
        {
            var handler = new FakeHandler((r, n) =>
            {
                var slice = MarkerSlice(r, Int(r, "limit", 20)).ToList();
                return FakeHandler.Json(HttpStatusCode.OK, Page(slice, extra: b => b["count"] = slice.Count));
            });
            Run(handler, new ScpPageSpec(ScpPagingStyle.LimitMarker, "volumes", 100)).Should().Equal(Ids);
            handler.Calls.Should().Be(3, "100 + 100 + a short page of 50");
        }

        [Theory]
        [InlineData("\"\"")]
        [InlineData("\"many\"")]
        [InlineData("\"250\"")]
        [InlineData("null")]
        public void A_count_sent_as_a_string_or_empty_is_no_error(string count)
        {
            var handler = new FakeHandler((r, n) =>
                FakeHandler.Json(HttpStatusCode.OK, Page(MarkerSlice(r, Int(r, "limit", 20))).Replace("{", "{\"count\":" + count + ",")));
            Run(handler, new ScpPageSpec(ScpPagingStyle.LimitMarker, "volumes", 100)).Should().Equal(Ids);
        }

        [Fact]
        public void A_total_smaller_than_the_items_is_only_progress_and_never_stops_the_listing()
        {
            var seen = new List<ScpPageProgress>();
            var handler = new FakeHandler((r, n) =>
                FakeHandler.Json(HttpStatusCode.OK, Page(Ids.Skip(Int(r, "offset", 0)).Take(Int(r, "limit", 20)), extra: b => b["total_count"] = 120)));
            var spec = new ScpPageSpec(ScpPagingStyle.OffsetLimit, "volumes", 100) { Progress = seen.Add };
            Run(handler, spec).Should().Equal(Ids);
            seen.Select(p => p.Items).Should().Equal(100, 200, 250);
            seen.Should().OnlyContain(p => p.Total == 120);
        }

        [Fact]
        public void A_server_that_ignores_limit_is_paged_by_what_it_sends()
        {
            // Honours the marker, but always answers up to 80 items whatever limit says.
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, Page(MarkerSlice(r, 80))));
            Run(handler, new ScpPageSpec(ScpPagingStyle.LimitMarker, "volumes", 50)).Should().Equal(Ids);
            handler.Requests.Select(r => r.QueryValue("marker")).Should().Equal(null, "obj-079", "obj-159", "obj-239");

            var capped = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, Page(MarkerSlice(r, 80))));
            Run(capped, new ScpPageSpec(ScpPagingStyle.LimitMarker, "volumes", 50, first: 60)).Should().Equal(Ids.Take(60));
            capped.Calls.Should().Be(1, "-First is honoured even when the page holds more");
        }

        [Theory]
        [InlineData(ScpPagingStyle.LimitMarker)]
        [InlineData(ScpPagingStyle.OffsetLimit)]
        [InlineData(ScpPagingStyle.PageSize)]
        public void A_server_that_ignores_the_marker_or_offset_is_asked_twice_and_nothing_repeats(ScpPagingStyle style)
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, Page(Ids.Take(100))));
            Run(handler, new ScpPageSpec(style, "volumes", 100)).Should().Equal(Ids.Take(100));
            handler.Calls.Should().Be(2);
        }

        [Fact]
        public void Marker_and_is_truncated_continue_with_the_answer_marker_while_truncated()
        {
            var handler = new FakeHandler((r, n) =>
            {
                var slice = MarkerSlice(r, Int(r, "limit", 200)).ToList();
                var truncated = slice.Count > 0 && slice[slice.Count - 1] != Ids[Ids.Length - 1];
                // count is the page length here, as in Archive's example (count 1, is_truncated true).
                return FakeHandler.Json(HttpStatusCode.OK, Page(slice, "contents", b =>
                {
                    b["count"] = slice.Count; b["is_truncated"] = truncated; b["marker"] = truncated ? slice[slice.Count - 1] : null;
                }));
            });
            Run(handler, new ScpPageSpec(ScpPagingStyle.MarkerTruncated, "contents", 100)).Should().Equal(Ids);
            handler.Requests.Select(r => r.QueryValue("marker")).Should().Equal(null, "obj-099", "obj-199");
        }

        [Fact]
        public void Marker_and_is_truncated_stop_when_not_truncated_even_on_a_full_page()
        {
            var handler = new FakeHandler((r, n) =>
                FakeHandler.Json(HttpStatusCode.OK, Page(Ids.Take(100), "contents", b => b["is_truncated"] = "false")));
            Run(handler, new ScpPageSpec(ScpPagingStyle.MarkerTruncated, "contents", 100)).Should().HaveCount(100);
            handler.Calls.Should().Be(1);
        }

        [Fact]
        public void Marker_and_is_truncated_stop_when_the_answer_marker_does_not_move()
        {
            var handler = new FakeHandler((r, n) =>
                FakeHandler.Json(HttpStatusCode.OK, Page(Ids.Skip((n - 1) * 10).Take(10), "contents", b => { b["is_truncated"] = true; b["marker"] = "stuck"; })));
            Run(handler, new ScpPageSpec(ScpPagingStyle.MarkerTruncated, "contents", 10)).Should().Equal(Ids.Take(20));
            handler.Requests.Select(r => r.QueryValue("marker")).Should().Equal(null, "stuck");
        }

        [Fact]
        public void Unpaged_sends_only_limit_once_and_warns_when_the_answer_fills_it()
        {
            var log = new LogSink();
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, Page(Ids.Take(Int(r, "limit", 20)), "buckets")));
            Run(handler, new ScpPageSpec(ScpPagingStyle.Unpaged, "buckets", 100), log).Should().HaveCount(100);
            handler.Requests.Should().ContainSingle().Which.Query.Select(q => q.Key).Should().Equal("limit");
            log.Lines(ScpLogLevel.Warning).Should().ContainSingle().Which.Should().Contain("cannot page");

            var quiet = new LogSink();
            var small = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, Page(Ids.Take(7), "buckets")));
            Run(small, new ScpPageSpec(ScpPagingStyle.Unpaged, "buckets", 100), quiet).Should().HaveCount(7);
            quiet.Lines(ScpLogLevel.Warning).Should().BeEmpty();
        }

        [Fact]
        public void Items_are_handed_out_as_they_are_read_before_the_rest_of_the_page_is_parsed()
        {
            // The page breaks after two items: both are out before the reader meets the damage.
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, "{\"volumes\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":"));
            var seen = new List<string>();
            Action act = () =>
            {
                foreach (var o in ScpPager.Stream(TestClients.Client(handler), List(), new ScpPageSpec(ScpPagingStyle.LimitMarker, "volumes", 10), CancellationToken.None))
                    seen.Add((string)o["id"]!);
            };
            act.Should().Throw<Newtonsoft.Json.JsonException>();
            seen.Should().Equal("a", "b");
        }

        [Fact]
        public void Read_ahead_fetches_the_next_page_while_the_caller_handles_this_one()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, Page(MarkerSlice(r, Int(r, "limit", 20)))));
            var spec = new ScpPageSpec(ScpPagingStyle.LimitMarker, "volumes", 100) { ReadAhead = true };
            using var e = ScpPager.Stream(TestClients.Client(handler), List(), spec, CancellationToken.None).GetEnumerator();
            e.MoveNext().Should().BeTrue();
            SpinWait.SpinUntil(() => handler.Calls >= 2, TimeSpan.FromSeconds(10)).Should().BeTrue("page 2 is asked for while item 1 of page 1 is still in hand");
            var ids = new List<string> { (string)e.Current["id"]! };
            while (e.MoveNext()) ids.Add((string)e.Current["id"]!);
            ids.Should().Equal(Ids);
            handler.Calls.Should().Be(3);
        }

        [Fact]
        public void Read_ahead_hands_out_the_items_before_a_failure_then_the_failure()
        {
            var handler = new FakeHandler((r, n) => n == 1
                ? FakeHandler.Json(HttpStatusCode.OK, Page(MarkerSlice(r, Int(r, "limit", 20))))
                : FakeHandler.Json(HttpStatusCode.NotFound, "{\"errors\":[{\"status\":404,\"detail\":\"gone\"}]}"));
            var spec = new ScpPageSpec(ScpPagingStyle.LimitMarker, "volumes", 100) { ReadAhead = true };
            var seen = new List<string>();
            Action act = () => { foreach (var o in ScpPager.Stream(TestClients.Client(handler), List(), spec, CancellationToken.None)) seen.Add((string)o["id"]!); };
            act.Should().Throw<Errors.ScpRequestFailedException>().Which.Status.Should().Be(404);
            seen.Should().Equal(Ids.Take(100));
        }

        [Fact]
        public void Read_ahead_ends_cleanly_when_the_caller_stops_early()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, Page(MarkerSlice(r, Int(r, "limit", 20)))));
            var spec = new ScpPageSpec(ScpPagingStyle.LimitMarker, "volumes", 10) { ReadAhead = true };
            ScpPager.Stream(TestClients.Client(handler), List(), spec, CancellationToken.None).Take(15).Select(o => (string)o["id"]!)
                .Should().Equal(Ids.Take(15));
            handler.Calls.Should().BeLessThan(25, "the worker stops with the caller instead of reading the whole list");
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Threading;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Http;
using ScpStorage.Core.Paging;
using Xunit;

namespace ScpStorage.Core.Tests
{
    public class PagerTests
    {
        private const int Total = 2345;
        private static readonly string[] Ids = Enumerable.Range(0, Total).Select(i => "vol-" + i.ToString("D4", CultureInfo.InvariantCulture)).ToArray();

        private static int Int(CapturedRequest r, string key, int fallback) =>
            r.QueryValue(key) is string s ? int.Parse(s, CultureInfo.InvariantCulture) : fallback;

        /// <summary>A list service over <see cref="Ids"/> in the given paging style.</summary>
        private static FakeHandler Service(ScpPagingStyle style, string itemsProperty, string? totalProperty, int serverMax = 1000)
        {
            return new FakeHandler((r, n) =>
            {
                IEnumerable<string> slice;
                switch (style)
                {
                    case ScpPagingStyle.LimitMarker:
                        var marker = r.QueryValue("marker");
                        var start = marker == null ? 0 : Array.IndexOf(Ids, marker) + 1;
                        slice = Ids.Skip(start).Take(Math.Min(Int(r, "limit", 20), serverMax));
                        break;
                    case ScpPagingStyle.OffsetLimit:
                        slice = Ids.Skip(Int(r, "offset", 0)).Take(Math.Min(Int(r, "limit", 20), serverMax));
                        break;
                    default:
                        var size = Int(r, "size", 20);
                        slice = Ids.Skip(Int(r, "page", 0) * size).Take(size);
                        break;
                }
                var body = new JObject { [itemsProperty] = new JArray(slice.Select(id => new JObject { ["id"] = id, ["name"] = "n " + id })) };
                if (totalProperty != null) body[totalProperty] = Total;
                return FakeHandler.Json(HttpStatusCode.OK, body.ToString());
            });
        }

        private static ScpRequest List(string service = "virtualserver") =>
            new ScpRequest(service, "ListVolumes", "GET", "/v1/volumes").WithQuery("sort", "created_at:asc").WithQuery("limit", 7);

        private static List<string> Ids_(IEnumerable<JObject> items) => items.Select(i => (string)i["id"]!).ToList();

        [Fact]
        public void LimitMarker_pages_with_the_last_id_and_stops_on_a_short_page()
        {
            var handler = Service(ScpPagingStyle.LimitMarker, "volumes", "count");
            var items = Ids_(ScpPager.Stream(TestClients.Client(handler), List(), new ScpPageSpec(ScpPagingStyle.LimitMarker, "volumes", 100), CancellationToken.None));

            items.Should().Equal(Ids);
            var rs = handler.Requests;
            rs.Should().HaveCount(24);
            rs[0].QueryValue("marker").Should().BeNull();
            for (int i = 1; i < rs.Count; i++)
                rs[i].QueryValue("marker").Should().Be(Ids[i * 100 - 1]);
            rs.Should().OnlyContain(r => r.QueryValue("limit") == "100" && r.QueryValue("sort") == "created_at:asc");
            rs.Should().OnlyContain(r => r.Query.Count(q => q.Key == "limit") == 1, "the caller's limit is replaced, not repeated");
        }

        [Fact]
        public void LimitMarker_stops_on_an_empty_page_when_the_total_divides_evenly()
        {
            var handler = Service(ScpPagingStyle.LimitMarker, "volumes", null);
            var items = Ids_(ScpPager.Stream(TestClients.Client(handler), List(), new ScpPageSpec(ScpPagingStyle.LimitMarker, "volumes", 469), CancellationToken.None));
            items.Should().Equal(Ids);
            handler.Calls.Should().Be(6, "five full pages and one empty page");
        }

        [Fact]
        public void LimitMarker_with_the_largest_page_size_virtual_server_allows()
        {
            var handler = Service(ScpPagingStyle.LimitMarker, "volumes", "count", serverMax: 1000);
            var items = Ids_(ScpPager.Stream(TestClients.Client(handler), List(), new ScpPageSpec(ScpPagingStyle.LimitMarker, "volumes", 1000), CancellationToken.None));
            items.Should().Equal(Ids);
            handler.Requests.Select(r => r.QueryValue("limit")).Should().Equal(new[] { "100", "1000", "1000", "1000" },
                "the first page is small so the first items come out early; the rest come in full pages");
        }

        [Theory]
        [InlineData(ScpPagingStyle.LimitMarker, "volumes")]
        [InlineData(ScpPagingStyle.OffsetLimit, "filestorages")]
        public void The_first_page_is_small_and_a_short_listing_costs_no_extra_request(ScpPagingStyle style, string items)
        {
            var handler = Service(style, items, "count", serverMax: 1000);
            ScpPager.Stream(TestClients.Client(handler), List(), new ScpPageSpec(style, items, 1000, first: 80), CancellationToken.None).Count().Should().Be(80);
            handler.Requests.Select(r => r.QueryValue("limit")).Should().Equal(new[] { "80" }, "-First below the start page needs one request");

            handler = Service(style, items, "count", serverMax: 1000);
            ScpPager.Stream(TestClients.Client(handler), List(), new ScpPageSpec(style, items, 1000, first: 600), CancellationToken.None).Count().Should().Be(600);
            handler.Requests.Select(r => r.QueryValue("limit")).Should().Equal(new[] { "100", "500" });
        }

        [Fact]
        public void An_unpaged_list_asks_for_its_whole_size_in_its_one_request()
        {
            var handler = Service(ScpPagingStyle.Unpaged, "buckets", null);
            ScpPager.Stream(TestClients.Client(handler), List(), new ScpPageSpec(ScpPagingStyle.Unpaged, "buckets", 1000), CancellationToken.None).ToList();
            handler.Requests.Select(r => r.QueryValue("limit")).Should().Equal(new[] { "1000" }, "there is no second request to fetch the rest");
        }

        [Theory]
        [InlineData("count")]
        [InlineData("total_count")]
        [InlineData(null)]
        public void OffsetLimit_yields_every_item_once_in_order(string? totalProperty)
        {
            var handler = Service(ScpPagingStyle.OffsetLimit, "filestorages", totalProperty);
            var items = Ids_(ScpPager.Stream(TestClients.Client(handler, tweak: null), List("filestorage"),
                new ScpPageSpec(ScpPagingStyle.OffsetLimit, "filestorages", 100), CancellationToken.None));

            items.Should().Equal(Ids);
            var rs = handler.Requests;
            rs.Should().HaveCount(24);
            rs.Select(r => r.QueryValue("offset")).Should().Equal(Enumerable.Range(0, 24).Select(i => (i * 100).ToString(CultureInfo.InvariantCulture)));
        }

        [Theory]
        [InlineData("count", 470)]
        [InlineData("total_count", 470)]
        [InlineData(null, 470)]
        public void OffsetLimit_asks_once_more_after_a_full_last_page_whatever_the_total_says(string? totalProperty, int expectedCalls)
        {
            var handler = Service(ScpPagingStyle.OffsetLimit, "items", totalProperty);
            var items = Ids_(ScpPager.Stream(TestClients.Client(handler), List("baremetal-blockstorage"),
                new ScpPageSpec(ScpPagingStyle.OffsetLimit, "items", 5), CancellationToken.None));
            items.Should().Equal(Ids);
            handler.Calls.Should().Be(expectedCalls);
        }

        [Fact]
        public void PageSize_uses_zero_based_pages_and_contents()
        {
            var handler = Service(ScpPagingStyle.PageSize, "contents", "count");
            var items = Ids_(ScpPager.Stream(TestClients.Client(handler), List("backup"), new ScpPageSpec(ScpPagingStyle.PageSize, "contents", 100), CancellationToken.None));

            items.Should().Equal(Ids);
            var rs = handler.Requests;
            rs.Should().HaveCount(24);
            rs.Select(r => r.QueryValue("page")).Should().Equal(Enumerable.Range(0, 24).Select(i => i.ToString(CultureInfo.InvariantCulture)));
            rs.Should().OnlyContain(r => r.QueryValue("size") == "100" && r.QueryValue("limit") == null && r.QueryValue("offset") == null);
        }

        [Theory]
        [InlineData(ScpPagingStyle.LimitMarker, new[] { 100, 100, 50 })]
        [InlineData(ScpPagingStyle.OffsetLimit, new[] { 100, 100, 50 })]
        public void First_caps_the_items_and_the_page_size_requested(ScpPagingStyle style, int[] limits)
        {
            var handler = Service(style, "volumes", "count");
            var items = Ids_(ScpPager.Stream(TestClients.Client(handler), List(), new ScpPageSpec(style, "volumes", 100, first: 250), CancellationToken.None));

            items.Should().Equal(Ids.Take(250));
            handler.Requests.Select(r => int.Parse(r.QueryValue("limit")!, CultureInfo.InvariantCulture)).Should().Equal(limits);
        }

        [Fact]
        public void First_with_page_size_keeps_the_size_and_stops_early()
        {
            var handler = Service(ScpPagingStyle.PageSize, "contents", "count");
            var items = Ids_(ScpPager.Stream(TestClients.Client(handler), List("backup"), new ScpPageSpec(ScpPagingStyle.PageSize, "contents", 100, first: 250), CancellationToken.None));
            items.Should().Equal(Ids.Take(250));
            handler.Requests.Select(r => r.QueryValue("page")).Should().Equal("0", "1", "2");
        }

        [Fact]
        public void First_smaller_than_a_page_asks_for_just_that_many_and_First_zero_asks_nothing()
        {
            var handler = Service(ScpPagingStyle.OffsetLimit, "volumes", "count");
            Ids_(ScpPager.Stream(TestClients.Client(handler), List(), new ScpPageSpec(ScpPagingStyle.OffsetLimit, "volumes", 1000, first: 3), CancellationToken.None))
                .Should().Equal(Ids.Take(3));
            handler.Requests.Should().ContainSingle().Which.QueryValue("limit").Should().Be("3");

            var none = Service(ScpPagingStyle.OffsetLimit, "volumes", "count");
            ScpPager.Stream(TestClients.Client(none), List(), new ScpPageSpec(ScpPagingStyle.OffsetLimit, "volumes", 10, first: 0), CancellationToken.None)
                .Should().BeEmpty();
            none.Calls.Should().Be(0);
        }

        [Fact]
        public void Items_stream_before_the_next_page_is_requested()
        {
            var handler = Service(ScpPagingStyle.LimitMarker, "volumes", "count");
            var stream = ScpPager.Stream(TestClients.Client(handler), List(), new ScpPageSpec(ScpPagingStyle.LimitMarker, "volumes", 100), CancellationToken.None);
            handler.Calls.Should().Be(0, "nothing is requested before enumeration");

            using var e = stream.GetEnumerator();
            e.MoveNext().Should().BeTrue();
            e.Current["id"]!.ToString().Should().Be(Ids[0]);
            handler.Calls.Should().Be(1);
            for (int i = 1; i < 100; i++) e.MoveNext().Should().BeTrue();
            handler.Calls.Should().Be(1, "the whole first page is served from one request");
            e.MoveNext().Should().BeTrue();
            e.Current["id"]!.ToString().Should().Be(Ids[100]);
            handler.Calls.Should().Be(2);
        }

        [Fact]
        public void Cancellation_ends_the_page_being_read_and_asks_for_no_more()
        {
            var handler = Service(ScpPagingStyle.OffsetLimit, "volumes", "count");
            using var cts = new CancellationTokenSource();
            var seen = new List<string>();
            Action act = () =>
            {
                foreach (var item in ScpPager.Stream(TestClients.Client(handler), List(), new ScpPageSpec(ScpPagingStyle.OffsetLimit, "volumes", 100), cts.Token))
                {
                    seen.Add((string)item["id"]!);
                    if (seen.Count == 150) cts.Cancel();
                }
            };

            act.Should().Throw<OperationCanceledException>();
            seen.Count.Should().BeInRange(150, 199, "cancelling ends the page being read (what its reader had in hand is handed out)");
            handler.Calls.Should().Be(2, "the next page is not requested");
        }

        [Fact]
        public void A_missing_items_array_ends_the_stream()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, @"{""count"":0}"));
            ScpPager.Stream(TestClients.Client(handler), List(), new ScpPageSpec(ScpPagingStyle.LimitMarker, "volumes", 10), CancellationToken.None)
                .Should().BeEmpty();
            handler.Calls.Should().Be(1);
        }

        [Fact]
        public void Page_spec_rejects_nonsense()
        {
            ((Action)(() => new ScpPageSpec(ScpPagingStyle.OffsetLimit, "x", 0))).Should().Throw<ArgumentOutOfRangeException>();
            ((Action)(() => new ScpPageSpec(ScpPagingStyle.OffsetLimit, "x", 10, -1))).Should().Throw<ArgumentOutOfRangeException>();
        }
    }
}

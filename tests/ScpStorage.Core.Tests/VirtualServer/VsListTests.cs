using System;
using System.Globalization;
using System.Linq;
using System.Net;
using FluentAssertions;
using ScpStorage.Core.Paging;
using ScpStorage.Core.VirtualServer;
using Xunit;

namespace ScpStorage.Core.Tests.VirtualServer
{
    public class VsListTests
    {
        private static readonly string[] Ids = Enumerable.Range(0, 23).Select(i => "vol-" + i.ToString("D3", CultureInfo.InvariantCulture)).ToArray();

        /// <summary>Volumes served like the emulator: limit/marker over a fixed order, count on every page.</summary>
        private static VsFake Volumes() => new VsFake().On("GET", "/v1/volumes", r =>
        {
            var marker = r.QueryValue("marker");
            var start = marker == null ? 0 : Array.IndexOf(Ids, marker) + 1;
            var limit = int.Parse(r.QueryValue("limit") ?? "20", CultureInfo.InvariantCulture);
            var page = Ids.Skip(start).Take(limit).Select(id => VsPayloads.Volume(id: id, name: "n" + id));
            return FakeHandler.Json(HttpStatusCode.OK, "{\"count\":" + Ids.Length + ",\"volumes\":[" + string.Join(",", page) + "]}");
        });

        [Fact]
        public void ListVolumes_pages_through_the_marker_and_keeps_filters_on_every_page()
        {
            var fake = Volumes();
            var list = fake.Client.ListVolumes(new VolumeFilter { Name = "data 01", State = "available", Bootable = false }, "created_at:desc", pageSize: 10).ToList();

            list.Select(v => v.Id).Should().Equal(Ids);
            fake.Requests.Should().HaveCount(3);
            fake.Requests.Select(r => r.QueryValue("marker")).Should().Equal(null, "vol-009", "vol-019");
            foreach (var r in fake.Requests)
            {
                r.QueryValue("name").Should().Be("data 01");
                r.QueryValue("state").Should().Be("available");
                r.QueryValue("bootable").Should().Be("false");
                r.QueryValue("sort").Should().Be("created_at:desc");
                r.QueryValue("limit").Should().Be("10");
                r.QueryValue("with_count").Should().Be("false", "nothing reads the total, and counting is the dearest part of a page");
            }
        }

        [Fact]
        public void ListVolumes_first_caps_items_and_requests()
        {
            var fake = Volumes();
            fake.Client.ListVolumes(first: 5).Select(v => v.Id).Should().Equal(Ids.Take(5));
            fake.Requests.Should().ContainSingle().Which.QueryValue("limit").Should().Be("5");
        }

        [Fact]
        public void Lists_are_lazy_until_enumerated()
        {
            var fake = Volumes();
            var lazy = fake.Client.ListVolumes();
            fake.Requests.Should().BeEmpty();
            lazy.First().Id.Should().Be("vol-000");
            fake.Requests.Should().ContainSingle().Which.QueryValue("limit").Should().Be(ScpPager.StartPageSize.ToString(CultureInfo.InvariantCulture),
                "the first page of a listing is the pager's small start page (the default page size is larger)");
            VirtualServerClient.DefaultPageSize.Should().BeGreaterThan(ScpPager.StartPageSize);
        }

        [Fact]
        public void ListSnapshots_and_ListServers_send_their_filters()
        {
            var fake = new VsFake()
                .On("GET", "/v1/snapshots", 200, "{\"count\":1,\"snapshots\":[" + VsPayloads.Snapshot() + "]}")
                .On("GET", "/v1/servers", 200, "{\"servers\":[" + VsPayloads.Server + "]}");

            fake.Client.ListSnapshots(new SnapshotFilter { VolumeId = VsPayloads.VolumeId, Name = "pre-patch" }).Single().State.Should().Be("available");
            fake.Last.QueryValue("volume_id").Should().Be(VsPayloads.VolumeId);
            fake.Last.QueryValue("name").Should().Be("pre-patch");
            fake.Last.QueryValue("with_count").Should().Be("false");

            var filter = new ServerFilter { Ip = "192.169.3.2", State = "ACTIVE", ProductOffering = new[] { "virtual_server", "gpu_server" } };
            fake.Client.ListServers(filter).Single().Name.Should().Be("servername");
            fake.Last.QueryValue("ip").Should().Be("192.169.3.2");
            fake.Last.Query.Where(kv => kv.Key == "product_offering").Select(kv => kv.Value).Should().Equal("virtual_server", "gpu_server");
            fake.Last.QueryValue("with_count").Should().BeNull("only the volume and snapshot lists document with_count");
        }

        [Fact]
        public void ListVolumeTransfers_is_one_unpaged_request()
        {
            var fake = new VsFake().On("GET", "/v1/volume-transfer", 200,
                "{\"transfers\":[{\"id\":\"t1\",\"name\":\"a\",\"volume_id\":\"v1\"},{\"id\":\"t2\",\"name\":null,\"volume_id\":\"v2\"}]}");
            fake.Client.ListVolumeTransfers().Select(t => t.Id).Should().Equal("t1", "t2");
            fake.Last.Query.Should().BeEmpty();
            fake.Client.ListVolumeTransfers(first: 1).Should().ContainSingle();
        }

        [Fact]
        public void ListVolumeTypes_reads_volume_types()
        {
            var fake = new VsFake().On("GET", "/v1/volume-types", 200,
                "{\"volume_types\":[{\"extra_specs\":{\"multiattach\":\"False\"},\"id\":\"a\",\"name\":\"SSD\"},{\"extra_specs\":{},\"id\":\"b\",\"name\":\"HDD\"}]}");
            fake.Client.ListVolumeTypes().Select(t => t.Name).Should().Equal("SSD", "HDD");
        }
    }
}

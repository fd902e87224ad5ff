using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.BareMetalBlockStorage;
using Xunit;

namespace ScpStorage.Core.Tests.BareMetalBlockStorage
{
    /// <summary>Requests built as documented, answers read as SCP sends them, version pins honoured before sending.</summary>
    public class BmRequestTests
    {
        private static (BareMetalBlockStorageClient Client, FakeHandler Handler) Fake(Func<CapturedRequest, string> answer, int status = 200,
            Dictionary<string, string>? pins = null)
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Json((HttpStatusCode)status, answer(r)));
            return (new BareMetalBlockStorageClient(TestClients.Client(handler, tweak: s => s.ApiVersions = pins)), handler);
        }

        private static string PathOf(CapturedRequest r) => new Uri(r.Url).AbsolutePath.Replace("/baremetal-blockstorage", "");

        [Fact]
        public async Task Show_volume_unwraps_result_and_marks_the_volume_detailed()
        {
            var (bm, h) = Fake(_ => "{\"result\":{\"id\":\"v1\",\"name\":\"bs-01\",\"state\":\"AVAILABLE\",\"qos\":{\"iops\":6000,\"throughput\":300}}}");
            var v = await bm.GetVolumeAsync("v1");
            v.Name.Should().Be("bs-01");
            v.Qos!.Iops.Should().Be(6000);
            v.IsDetailed.Should().BeTrue();
            v.Service.Should().Be("baremetal-blockstorage");
            h.Requests.Single().Header("Scp-API-Version").Should().Be("baremetal-blockstorage 1.3");
        }

        [Fact]
        public async Task Detach_is_a_DELETE_whose_body_lists_the_server_ids()
        {
            var (bm, h) = Fake(_ => "{\"attachments\":[]}");
            await bm.DetachVolumeAsync("v1", new[] { "s1", "s2" });
            var r = h.Requests.Single();
            r.Method.Should().Be("DELETE");
            PathOf(r).Should().Be("/v1/volumes/v1/attachments");
            JObject.Parse(r.Body!).Should().BeEquivalentTo(JObject.Parse("{\"attachments\":[\"s1\",\"s2\"]}"));
        }

        [Fact]
        public async Task Create_volume_sends_an_empty_attachment_list_and_qos_only_when_given()
        {
            var (bm, h) = Fake(_ => "{\"request_id\":\"req-1\",\"resource_id\":\"v9\"}", 202);
            var answer = await bm.CreateVolumeAsync(new ScpBmVolumeSpec { Name = "db01", SizeGB = 10, DiskType = "SSD" });
            answer.ResourceId.Should().Be("v9");
            var body = JObject.Parse(h.Requests.Single().Body!);
            body["attachments"]!.Should().BeOfType<JArray>().Which.Should().BeEmpty();
            body.ContainsKey("qos").Should().BeFalse();
            body["size_gb"]!.Value<int>().Should().Be(10);
        }

        [Fact]
        public async Task Lists_page_by_offset_and_limit_until_a_short_page()
        {
            var (bm, h) = Fake(r =>
            {
                var offset = int.Parse(r.QueryValue("offset")!);
                var items = Enumerable.Range(offset, Math.Max(0, Math.Min(2, 5 - offset))).Select(i => $"{{\"id\":\"v{i}\",\"name\":\"n{i}\"}}");
                return "{\"total_count\":5,\"volumes\":[" + string.Join(",", items) + "]}";
            });
            bm.ListVolumes(pageSize: 2).Select(v => v.Id).Should().Equal("v0", "v1", "v2", "v3", "v4");
            h.Requests.Select(r => r.QueryValue("offset")).Should().Equal("0", "2", "4");
            h.Requests.Should().OnlyContain(r => r.QueryValue("limit") == "2");
        }

        [Theory]
        [InlineData("1.1", true, false)]
        [InlineData("1.0", true, true)]
        [InlineData("1.2", false, false)]
        public async Task Operations_newer_than_the_pinned_version_are_refused_before_sending(string pin, bool qosRefused, bool recoveryRefused)
        {
            var (bm, h) = Fake(_ => "{\"iops\":6000,\"throughput\":300,\"request_id\":\"r\",\"resource_id\":\"x\"}",
                pins: new Dictionary<string, string> { ["baremetal-blockstorage"] = pin });
            Func<Task> qos = () => bm.SetVolumeQosAsync("v1", 6000, null);
            Func<Task> recovery = () => bm.CreateVolumeRecoveryAsync("v1", "s1", "copy");
            if (qosRefused) await qos.Should().ThrowAsync<NotSupportedException>().WithMessage("*Set Volume QoS needs baremetal-blockstorage API 1.2*pins " + pin + "*");
            else await qos.Should().NotThrowAsync();
            if (recoveryRefused) await recovery.Should().ThrowAsync<NotSupportedException>().WithMessage("*1.1 or later*");
            else await recovery.Should().NotThrowAsync();
            h.Requests.Should().HaveCount((qosRefused ? 0 : 1) + (recoveryRefused ? 0 : 1), "a refused operation sends nothing");
        }

        [Fact]
        public async Task Replication_pairs_pick_the_path_by_the_target_kind()
        {
            var (bm, h) = Fake(_ => "{\"result\":{\"lag_time\":\"01:23:45\",\"related_volume_groups\":[],\"sync_cycle\":\"5MIN\",\"sync_state\":\"SNAPMIRROED\"}}");
            var rep = await bm.GetReplicationAsync(ScpBmTargetKind.VolumeGroup, "g1");
            PathOf(h.Requests.Single()).Should().Be("/v1/volume-groups/g1/replications");
            rep.VolumeGroupId.Should().Be("g1");
            rep.VolumeId.Should().BeNull();
            rep.LagTime.Should().Be(new TimeSpan(1, 23, 45));
            await bm.SetReplicationCycleAsync(ScpBmTargetKind.Volume, "v1", "HOURLY");
            PathOf(h.Requests.Last()).Should().Be("/v1/volumes/v1/replications/cycle");
        }

        [Fact]
        public async Task Snapshot_lists_stamp_their_parent_on_every_item()
        {
            var (bm, _) = Fake(_ => "{\"is_snapshot_policy\":true,\"snapshot_capacity_mb\":\"12.5\",\"snapshots\":[{\"snapshot_id\":\"s-1\",\"snapshot_name\":\"n\",\"created_dt\":\"2024-08-01T07:07:23.315Z\",\"snapshot_size_mb\":\"0.0\"}]}");
            var usage = await bm.ListSnapshotsAsync("v1");
            usage.VolumeId.Should().Be("v1");
            usage.SnapshotCapacityMb.Should().Be(12.5);
            usage.Snapshots.Single().VolumeId.Should().Be("v1");
            usage.Snapshots.Single().SnapshotSizeMb.Should().Be(0);
        }
    }
}

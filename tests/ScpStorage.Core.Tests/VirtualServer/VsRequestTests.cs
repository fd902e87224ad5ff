using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Errors;
using ScpStorage.Core.VirtualServer;
using Xunit;

namespace ScpStorage.Core.Tests.VirtualServer
{
    public class VsRequestTests
    {
        private static JObject Body(CapturedRequest r) => JObject.Parse(r.Body!);

        [Fact]
        public async Task CreateVolume_posts_name_size_type_snapshot_and_tags()
        {
            var fake = new VsFake().On("POST", "/v1/volumes", 202, VsPayloads.Volume(state: "creating"));
            var v = await fake.Client.CreateVolumeAsync(new VolumeCreateSpec
            {
                Name = "data01", Size = 100, VolumeType = "SSD", SnapshotId = "snap-1",
                Tags = new Dictionary<string, string?> { ["env"] = "prod" },
            });

            v.State.Should().Be("creating");
            var r = fake.Last;
            r.Method.Should().Be("POST");
            VsFake.PathOf(r).Should().Be("/v1/volumes");
            r.Header("Scp-Api-Version").Should().StartWith("virtualserver ");
            JToken.DeepEquals(Body(r), JObject.Parse(@"{""name"":""data01"",""size"":100,""volume_type"":""SSD"",""snapshot_id"":""snap-1"",
                ""tags"":[{""key"":""env"",""value"":""prod""}]}")).Should().BeTrue(r.Body);
        }

        [Fact]
        public async Task CreateVolume_leaves_optional_fields_out()
        {
            var fake = new VsFake().On("POST", "/v1/volumes", 202, VsPayloads.Volume(state: "creating"));
            await fake.Client.CreateVolumeAsync(new VolumeCreateSpec { Name = "d", Size = 8 });
            JToken.DeepEquals(Body(fake.Last), JObject.Parse(@"{""name"":""d"",""size"":8}")).Should().BeTrue(fake.Last.Body);
        }

        [Fact]
        public async Task DeleteVolume_sends_cascade_only_when_asked()
        {
            var fake = new VsFake().On("DELETE", "/v1/volumes/" + VsPayloads.VolumeId, 202, "");
            await fake.Client.DeleteVolumeAsync(VsPayloads.VolumeId);
            fake.Last.QueryValue("cascade").Should().BeNull();
            await fake.Client.DeleteVolumeAsync(VsPayloads.VolumeId, cascade: true);
            fake.Last.Method.Should().Be("DELETE");
            fake.Last.QueryValue("cascade").Should().Be("true");
        }

        [Fact]
        public async Task Extend_puts_the_size_and_returns_the_volume_when_the_answer_has_one()
        {
            var fake = new VsFake().On("PUT", "/v1/volumes/" + VsPayloads.VolumeId + "/size", 202, VsPayloads.Volume(state: "extending", size: 200));
            var v = await fake.Client.ExtendVolumeAsync(VsPayloads.VolumeId, 200);
            v!.Size.Should().Be(200);
            Body(fake.Last)["size"]!.Value<int>().Should().Be(200);

            fake.On("PUT", "/v1/volumes/" + VsPayloads.VolumeId + "/size", 202, "");
            (await fake.Client.ExtendVolumeAsync(VsPayloads.VolumeId, 300)).Should().BeNull();
        }

        [Fact]
        public async Task Attach_detach_and_revert_use_the_documented_paths_and_bodies()
        {
            var fake = new VsFake()
                .On("POST", "/v1/volumes/" + VsPayloads.VolumeId + "/servers", 202,
                    @"{""delete_on_termination"":true,""device"":""/dev/vdb"",""server_id"":""" + VsPayloads.ServerId + @""",""volume_id"":""" + VsPayloads.VolumeId + @"""}")
                .On("DELETE", "/v1/volumes/" + VsPayloads.VolumeId + "/servers/" + VsPayloads.ServerId, 202, "")
                .On("POST", "/v1/volumes/" + VsPayloads.VolumeId + "/revert", 202, "");

            var a = await fake.Client.AttachVolumeAsync(VsPayloads.VolumeId, VsPayloads.ServerId, deleteOnTermination: true);
            a!.Device.Should().Be("/dev/vdb");
            JToken.DeepEquals(Body(fake.Last), JObject.Parse(@"{""server_id"":""" + VsPayloads.ServerId + @""",""delete_on_termination"":true}")).Should().BeTrue();

            await fake.Client.DetachVolumeAsync(VsPayloads.VolumeId, VsPayloads.ServerId);
            fake.Last.Method.Should().Be("DELETE");
            fake.Last.Body.Should().BeNullOrEmpty();

            await fake.Client.RevertVolumeAsync(VsPayloads.VolumeId, VsPayloads.SnapshotId);
            JToken.DeepEquals(Body(fake.Last), JObject.Parse(@"{""snapshot_id"":""" + VsPayloads.SnapshotId + @"""}")).Should().BeTrue();
        }

        [Fact]
        public async Task Snapshot_create_and_update_bodies()
        {
            var fake = new VsFake()
                .On("POST", "/v1/snapshots", 202, VsPayloads.Snapshot(status: "creating"))
                .On("PUT", "/v1/snapshots/" + VsPayloads.SnapshotId, 200, VsPayloads.Snapshot(name: "renamed"));

            var s = await fake.Client.CreateSnapshotAsync(VsPayloads.VolumeId, "pre-patch", force: true);
            s.State.Should().Be("creating");
            JToken.DeepEquals(Body(fake.Last), JObject.Parse(@"{""name"":""pre-patch"",""volume_id"":""" + VsPayloads.VolumeId + @""",""force"":true}"))
                .Should().BeTrue(fake.Last.Body);

            (await fake.Client.UpdateSnapshotAsync(VsPayloads.SnapshotId, "renamed", "why")).Name.Should().Be("renamed");
            JToken.DeepEquals(Body(fake.Last), JObject.Parse(@"{""name"":""renamed"",""description"":""why""}")).Should().BeTrue();
        }

        [Fact]
        public async Task Transfers_create_returns_the_auth_key_and_accept_sends_it()
        {
            var fake = new VsFake()
                .On("POST", "/v1/volume-transfer", 202,
                    @"{""auth_key"":""0123456789abcdef"",""created_at"":""2026-02-11T06:44:45.212Z"",""id"":""t-1"",""name"":""move"",""volume_id"":""" + VsPayloads.VolumeId + @"""}")
                .On("POST", "/v1/volume-transfer/t-1/accept", 202, @"{""id"":""t-1"",""name"":""move"",""volume_id"":""" + VsPayloads.VolumeId + @"""}");

            var t = await fake.Client.CreateVolumeTransferAsync(VsPayloads.VolumeId, "move");
            t.AuthKey.Should().Be("0123456789abcdef");
            JToken.DeepEquals(Body(fake.Last), JObject.Parse(@"{""volume_id"":""" + VsPayloads.VolumeId + @""",""name"":""move""}")).Should().BeTrue();

            var accepted = await fake.Client.AcceptVolumeTransferAsync("t-1", "0123456789abcdef");
            accepted.VolumeId.Should().Be(VsPayloads.VolumeId);
            accepted.AuthKey.Should().BeNull();
            Body(fake.Last)["auth_key"]!.Value<string>().Should().Be("0123456789abcdef");
        }

        [Fact]
        public async Task Server_volume_operations_use_the_server_side_paths()
        {
            const string item = @"{""delete_on_termination"":false,""device"":""/dev/vdb"",""id"":""" + VsPayloads.VolumeId +
                @""",""server_id"":""" + VsPayloads.ServerId + @""",""volume_id"":""" + VsPayloads.VolumeId + @"""}";
            var basePath = "/v1/servers/" + VsPayloads.ServerId + "/volumes";
            var fake = new VsFake()
                .On("GET", basePath, 200, @"{""volumes"":[" + item + "]}")
                .On("POST", basePath, 200, item)
                .On("PUT", basePath + "/" + VsPayloads.VolumeId, 200, item)
                .On("GET", basePath + "/" + VsPayloads.VolumeId, 200, item)
                .On("DELETE", basePath + "/" + VsPayloads.VolumeId, 202, "");

            fake.Client.ListServerVolumes(VsPayloads.ServerId).Single().Device.Should().Be("/dev/vdb");
            (await fake.Client.CreateServerVolumeAsync(VsPayloads.ServerId, VsPayloads.VolumeId, device: "/dev/vdb")).VolumeId.Should().Be(VsPayloads.VolumeId);
            JToken.DeepEquals(Body(fake.Last), JObject.Parse(@"{""volume_id"":""" + VsPayloads.VolumeId + @""",""device"":""/dev/vdb""}")).Should().BeTrue();
            await fake.Client.UpdateServerVolumeAsync(VsPayloads.ServerId, VsPayloads.VolumeId, true);
            JToken.DeepEquals(Body(fake.Last), JObject.Parse(@"{""volume_id"":""" + VsPayloads.VolumeId + @""",""delete_on_termination"":true}")).Should().BeTrue();
            (await fake.Client.GetServerVolumeAsync(VsPayloads.ServerId, VsPayloads.VolumeId)).ServerId.Should().Be(VsPayloads.ServerId);
            await fake.Client.DeleteServerVolumeAsync(VsPayloads.ServerId, VsPayloads.VolumeId);
            fake.Requests.Select(r => r.Method).Should().Equal("GET", "POST", "PUT", "GET", "DELETE");
        }

        [Fact]
        public async Task Default_volume_type_is_marked_default()
        {
            var fake = new VsFake().On("GET", "/v1/volume-types/default", 200,
                @"{""extra_specs"":{""multiattach"":""False""},""id"":""c643ac35-3aec-43e6-b97a-3d6f666c5207"",""name"":""SSD""}");
            (await fake.Client.GetDefaultVolumeTypeAsync()).IsDefault.Should().BeTrue();
        }

        [Fact]
        public async Task Errors_carry_the_operation_name_from_the_table()
        {
            var fake = new VsFake();
            var e = await Assert.ThrowsAsync<ScpRequestFailedException>(() => fake.Client.GetVolumeAsync("missing"));
            e.Status.Should().Be(404);
            e.Operation.Should().Be("Show Volume's details");
            e.Service.Should().Be("virtualserver");
        }

        [Fact]
        public async Task Empty_ids_and_bad_page_sizes_fail_before_any_request()
        {
            var fake = new VsFake();
            await Assert.ThrowsAsync<ArgumentException>(() => fake.Client.GetVolumeAsync(" "));
            Assert.Throws<ArgumentOutOfRangeException>(() => fake.Client.ListVolumes(pageSize: 1001));
            Assert.Throws<ArgumentOutOfRangeException>(() => fake.Client.ListSnapshots(pageSize: 0));
            fake.Requests.Should().BeEmpty();
        }
    }
}

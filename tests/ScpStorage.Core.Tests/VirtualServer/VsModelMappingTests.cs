using System;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.VirtualServer;
using Xunit;

namespace ScpStorage.Core.Tests.VirtualServer
{
    public class VsModelMappingTests
    {
        private static readonly Config.ScpConnection Conn = TestClients.Connection();

        private static JObject J(string json) => (JObject)ScpJson.Parse(json);

        /// <summary>What the client does with a single answer: the shared serializer, then the stamp.</summary>
        private static T Decode<T>(JObject json, Config.ScpConnection? c) where T : ScpResource =>
            ScpJson.Decode<T>(json)!.Stamp<T>(VirtualServerClient.ServiceName, c);

        [Fact]
        public void Volume_maps_the_spec_example_with_image_metadata_and_servers()
        {
            // seeds/001 example item (GET /v1/volumes, 1.0)
            var v = Decode<ScpVolume>(J(@"{""bootable"":false,""created_at"":""2026-02-11T06:44:40.281Z"",""encrypted"":true,
                ""id"":""3f500f00-ed80-4566-a057-e31760226f9a"",""modified_at"":""2025-07-26T12:00:00Z"",""multiattach"":false,""name"":""volume01"",
                ""servers"":[{""attached_at"":""2026-02-11T06:44:40.281Z"",""device"":""/dev/vda"",""id"":""2a9be312-5d4b-4bc8-b2ae-35100fa9241f""}],
                ""size"":104,""snapshot_id"":""cceed636-1f1e-4bb0-b85c-4e5b9e0bf790"",""state"":""available"",""user_id"":""570907805e5447be84b618450ef52o0t"",
                ""volume_image_metadata"":{""checksum"":""7538e0fcb56e0e272cfd89eb384d6613"",""min_disk"":100,""os_distro"":""alma"",""signature_verified"":false,""size"":2429747200},
                ""volume_type"":""SSD"",""volume_type_id"":""c643ac35-3aec-43e6-b97a-3d6f666c5207""}"), Conn);

            v.Id.Should().Be("3f500f00-ed80-4566-a057-e31760226f9a");
            v.Name.Should().Be("volume01");
            v.State.Should().Be("available");
            v.Size.Should().Be(104);
            v.VolumeType.Should().Be("SSD");
            v.VolumeTypeId.Should().Be("c643ac35-3aec-43e6-b97a-3d6f666c5207");
            v.Encrypted.Should().BeTrue();
            v.Bootable.Should().BeFalse();
            v.SnapshotId.Should().Be("cceed636-1f1e-4bb0-b85c-4e5b9e0bf790");
            v.CreatedAt.Should().Be(new DateTimeOffset(2026, 2, 11, 6, 44, 40, 281, TimeSpan.Zero));
            v.ModifiedAt.Should().Be(new DateTimeOffset(2025, 7, 26, 12, 0, 0, TimeSpan.Zero));
            v.Servers.Should().ContainSingle();
            v.Servers[0].ServerId.Should().Be("2a9be312-5d4b-4bc8-b2ae-35100fa9241f");
            v.Servers[0].Device.Should().Be("/dev/vda");
            v.Servers[0].AttachedAt!.Value.Offset.Should().Be(TimeSpan.Zero);
            v.ImageMetadata!["os_distro"].Should().Be("alma");
            v.ImageMetadata["size"].Should().Be(2429747200L);
            v.Tags.Should().BeNull();
            v.Service.Should().Be("virtualserver");
            v.Region.Should().Be("kr-west1");
            v.Environment.Should().Be("e");
            v.ToString().Should().Be("volume01 (3f500f00-ed80-4566-a057-e31760226f9a)");
        }

        [Theory]
        [InlineData("2024-07-30T04:54:33.219373", 2024, 7, 30, 4, 54, 33)]
        [InlineData("2024-08-01 07:06:23.315000+00:00", 2024, 8, 1, 7, 6, 23)]
        [InlineData("2026-02-11T06:44:46.280Z", 2026, 2, 11, 6, 44, 46)]
        public void All_three_SCP_date_formats_read_as_UTC(string text, int y, int mo, int d, int h, int mi, int s)
        {
            var v = Decode<ScpVolume>(J(@"{""id"":""v"",""created_at"":""" + text + @""",""modified_at"":""" + text + @"""}"), Conn);
            var expected = new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.Zero);
            v.CreatedAt!.Value.Offset.Should().Be(TimeSpan.Zero);
            v.CreatedAt.Value.UtcDateTime.Should().BeCloseTo(expected.UtcDateTime, TimeSpan.FromSeconds(1));
            Decode<ScpVolumeSnapshot>(J(@"{""id"":""s"",""created_at"":""" + text + @"""}"), Conn).CreatedAt!.Value.UtcDateTime
                .Should().BeCloseTo(expected.UtcDateTime, TimeSpan.FromSeconds(1));
        }

        [Theory]
        [InlineData(@"""true""", true)]
        [InlineData(@"""True""", true)]
        [InlineData(@"""false""", false)]
        [InlineData(@"true", true)]
        [InlineData(@"1", true)]
        [InlineData(@"""yes-ish""", false)]
        public void Booleans_accept_strings_and_numbers(string raw, bool expected)
        {
            var v = Decode<ScpVolume>(J(@"{""id"":""v"",""bootable"":" + raw + @",""encrypted"":" + raw + @",""multiattach"":" + raw + "}"), Conn);
            v.Bootable.Should().Be(expected);
            v.Encrypted.Should().Be(expected);
            v.Multiattach.Should().Be(expected);
        }

        [Fact]
        public void Missing_fields_give_defaults_not_exceptions()
        {
            var v = Decode<ScpVolume>(J(@"{""id"":""only-id"",""size"":""12"",""created_at"":""not a date"",""servers"":null}"), Conn);
            v.Name.Should().BeNull();
            v.ToString().Should().Be("only-id");
            v.Size.Should().Be(12);
            v.CreatedAt.Should().BeNull();
            v.Servers.Should().BeEmpty();
            v.ImageMetadata.Should().BeNull();

            Decode<ScpVolumeSnapshot>(new JObject(), Conn).Id.Should().Be("");
            Decode<ScpVolumeType>(new JObject(), Conn).ExtraSpecs.Should().BeEmpty();
            Decode<ScpServer>(new JObject(), Conn).IpAddresses.Should().BeEmpty();
            Decode<ScpVolumeQuota>(new JObject(), Conn).Volumes.Limit.Should().Be(0);
            Decode<ScpVolumeTransfer>(new JObject(), Conn).AuthKey.Should().BeNull();
            Decode<ScpServerVolume>(new JObject(), Conn).DeleteOnTermination.Should().BeFalse();
        }

        [Fact]
        public void Volume_tags_read_as_a_key_value_map()
        {
            var v = Decode<ScpVolume>(J(@"{""id"":""v"",""tags"":[{""key"":""env"",""value"":""prod""},{""key"":""empty"",""value"":null}]}"), Conn);
            v.Tags.Should().BeEquivalentTo(new System.Collections.Generic.Dictionary<string, string?> { ["env"] = "prod", ["empty"] = null });
        }

        [Fact]
        public void Snapshot_state_comes_from_status()
        {
            var s = Decode<ScpVolumeSnapshot>(J(VsPayloads.Snapshot(status: "creating")), Conn);
            s.State.Should().Be("creating");
            s.VolumeId.Should().Be(VsPayloads.VolumeId);
            s.Size.Should().Be(100);
            s.Metadata.Should().BeEmpty();
            s.ToString().Should().Be("pre-patch (" + VsPayloads.SnapshotId + ")");
        }

        [Fact]
        public void Volume_type_reads_extra_specs_multiattach_string()
        {
            // VsFixtures.Types() shape
            var t = Decode<ScpVolumeType>(J(@"{""extra_specs"":{""multiattach"":""False""},""id"":""c643ac35-3aec-43e6-b97a-3d6f666c5207"",""name"":""SSD""}"), Conn);
            t.Name.Should().Be("SSD");
            t.Multiattach.Should().BeFalse();
            t.ExtraSpecs["multiattach"].Should().Be("False");
            t.IsDefault.Should().BeNull();
            t.IsPublic.Should().BeNull();
        }

        [Fact]
        public void Quota_reads_the_four_rows()
        {
            var q = Decode<ScpVolumeQuota>(J(@"{""id"":""acct-42"",""per_volume_size"":{""in_use"":0,""limit"":16384,""reserved"":0},
                ""snapshots"":{""in_use"":3,""limit"":1000000,""reserved"":0},""usages"":{""in_use"":300,""limit"":1000000000,""reserved"":0},
                ""volumes"":{""in_use"":2,""limit"":1000000,""reserved"":1}}"), Conn);
            q.Id.Should().Be("acct-42");
            q.Volumes.InUse.Should().Be(2);
            q.Volumes.Available.Should().Be(1000000 - 2 - 1);
            q.Snapshots.InUse.Should().Be(3);
            q.Usages.InUse.Should().Be(300);
            q.PerVolumeSize.Limit.Should().Be(16384);
            q.Rows.Select(r => r.Name).Should().Equal("volumes", "snapshots", "usages", "per_volume_size");
        }

        [Fact]
        public void Transfer_auth_key_is_kept_but_never_printed()
        {
            var t = Decode<ScpVolumeTransfer>(J(@"{""auth_key"":""9a7ad649f1cd75e7"",""created_at"":""2026-02-11T06:44:45.212Z"",
                ""id"":""cceed636"",""name"":""move-me"",""volume_id"":""760fee21""}"), Conn);
            t.AuthKey.Should().Be("9a7ad649f1cd75e7");
            t.ToString().Should().Be("move-me (cceed636)").And.NotContain("9a7ad649f1cd75e7");
            t.VolumeId.Should().Be("760fee21");
        }

        [Fact]
        public void Server_flattens_addresses_type_and_volumes_and_tolerates_string_placeholders()
        {
            var s = Decode<ScpServer>(J(VsPayloads.Server), Conn);
            s.Name.Should().Be("servername");
            s.State.Should().Be("ACTIVE");
            s.ServerType.Should().Be("s1v1m2");
            s.ServerTypeId.Should().Be("s1v1m2");
            s.Vcpus.Should().Be(1);
            s.Ram.Should().Be(2);
            s.IpAddresses.Should().Equal("192.169.3.2", "10.0.0.7");
            s.VolumeIds.Should().Equal(VsPayloads.VolumeId);
            s.SecurityGroups.Should().Equal("securitygroup");
            s.ProductOffering.Should().Be("virtual_server");
            s.VpcId.Should().Be("cc976b621087484ea5fd527f4b78708b");
            s.Metadata.Should().BeNull();
            s.CreatedAt.Should().Be(new DateTimeOffset(2026, 2, 11, 6, 44, 45, 212, TimeSpan.Zero));
        }

        [Fact]
        public void Server_volume_from_the_attach_answer_has_no_id_but_a_volume_id()
        {
            var a = Decode<ScpServerVolume>(J(@"{""delete_on_termination"":true,""device"":""/dev/vdb"",""server_id"":""srv"",""volume_id"":""vol""}"), Conn);
            a.AttachmentId.Should().BeNull();
            a.VolumeId.Should().Be("vol");
            a.ServerId.Should().Be("srv");
            a.DeleteOnTermination.Should().BeTrue();
            a.ToString().Should().Be("vol on srv (/dev/vdb)");
        }
    }
}

using System;
using System.Collections.Generic;
using FluentAssertions;
using ScpStorage.Core.VirtualServer;
using Xunit;

namespace ScpStorage.Core.Tests.Json
{
    /// <summary>
    /// Each tolerant converter of the shared serializer, seen through the models users get:
    /// what SCP (or a proxy in front of it) may send instead of the documented type.
    /// </summary>
    public class TolerantDecodingTests
    {
        private static T Decode<T>(string json) where T : class => ScpJson.Decode<T>(ScpJson.Parse(json))!;

        [Theory]
        [InlineData("12", 12)]
        [InlineData("\"12\"", 12)]
        [InlineData("\" 12 \"", 12)]
        [InlineData("12.0", 12)]
        [InlineData("\"12.4\"", 12)]
        [InlineData("\"\"", 0)]
        [InlineData("\"twelve\"", 0)]
        [InlineData("null", 0)]
        [InlineData("{}", 0)]
        public void Numbers_arrive_as_numbers_or_strings(string raw, int expected)
        {
            Decode<ScpVolume>("{\"id\":\"v\",\"size\":" + raw + "}").Size.Should().Be(expected);
        }

        [Fact]
        public void A_known_field_sent_as_null_or_empty_is_never_an_unknown_field()
        {
            // SCP sends null and "" for absent values; they belong to the field, not to AdditionalProperties.
            var v = Decode<ScpVolume>("{\"id\":\"v\",\"description\":null,\"snapshot_id\":\"\",\"created_at\":\"\",\"size\":null,\"servers\":null,\"tags\":\"\"}");
            v.Description.Should().BeNull();
            v.SnapshotId.Should().Be("", "strings keep what was sent");
            v.CreatedAt.Should().BeNull();
            v.Size.Should().Be(0);
            v.Servers.Should().BeEmpty();
            (v.AdditionalProperties ?? new Dictionary<string, object?>()).Should().BeEmpty();
        }

        [Fact]
        public void Nullable_and_long_numbers_read_strings_and_keep_null_for_empty()
        {
            var row = Decode<ScpVolumeQuota>("{\"volumes\":{\"in_use\":\"5\",\"limit\":\"9000000000\",\"reserved\":\"\"}}").Volumes;
            row.InUse.Should().Be(5);
            row.Limit.Should().Be(9_000_000_000L);
            row.Reserved.Should().Be(0);
            Decode<ScpServer>("{\"server_type\":{\"vcpus\":\"4\",\"ram\":\"\"}}").Vcpus.Should().Be(4);
            Decode<ScpServer>("{\"server_type\":{\"vcpus\":\"4\",\"ram\":\"\"}}").Ram.Should().BeNull();
        }

        [Theory]
        [InlineData("42", "42")]
        [InlineData("4.5", "4.5")]
        [InlineData("true", "true")]
        [InlineData("\"\"", "")]
        [InlineData("null", null)]
        public void Strings_arrive_as_strings_numbers_or_booleans(string raw, string? expected)
        {
            Decode<ScpVolume>("{\"id\":\"v\",\"name\":" + raw + "}").Name.Should().Be(expected);
        }

        [Fact]
        public void A_numeric_id_is_read_as_its_text_and_a_null_id_stays_empty()
        {
            Decode<ScpVolume>("{\"id\":1234}").Id.Should().Be("1234");
            Decode<ScpVolume>("{\"id\":null}").Id.Should().Be("");
        }

        [Theory]
        [InlineData("true", true)]
        [InlineData("\"true\"", true)]
        [InlineData("\"True\"", true)]
        [InlineData("\"1\"", true)]
        [InlineData("1", true)]
        [InlineData("false", false)]
        [InlineData("\"False\"", false)]
        [InlineData("\"0\"", false)]
        [InlineData("0", false)]
        [InlineData("\"\"", false)]
        [InlineData("\"maybe\"", false)]
        public void Booleans_arrive_as_booleans_strings_or_numbers(string raw, bool expected)
        {
            Decode<ScpVolume>("{\"id\":\"v\",\"bootable\":" + raw + "}").Bootable.Should().Be(expected);
        }

        [Theory]
        [InlineData("\"True\"", true)]
        [InlineData("\"1\"", true)]
        [InlineData("\"\"", null)]
        [InlineData("\"maybe\"", null)]
        public void Nullable_booleans_stay_null_when_unreadable(string raw, bool? expected)
        {
            Decode<ScpVolumeType>("{\"id\":\"t\",\"is_public\":" + raw + "}").IsPublic.Should().Be(expected);
        }

        [Theory]
        [InlineData("2024-07-30T04:54:33.219373", "2024-07-30T04:54:33.2193730+00:00")]
        [InlineData("2024-08-01 07:06:23.315000+00:00", "2024-08-01T07:06:23.3150000+00:00")]
        [InlineData("2026-02-11T06:44:46.280Z", "2026-02-11T06:44:46.2800000+00:00")]
        [InlineData("2026-02-11T15:44:46+09:00", "2026-02-11T06:44:46.0000000+00:00")]
        public void The_three_SCP_date_forms_become_the_same_instant_in_UTC(string text, string utc)
        {
            var v = Decode<ScpVolume>("{\"id\":\"v\",\"created_at\":\"" + text + "\"}");
            v.CreatedAt!.Value.ToUniversalTime().ToString("o").Should().Be(utc);
        }

        [Theory]
        [InlineData("\"\"")]
        [InlineData("\"not a date\"")]
        [InlineData("12")]
        [InlineData("null")]
        public void An_empty_or_unreadable_date_is_null(string raw)
        {
            Decode<ScpVolume>("{\"id\":\"v\",\"created_at\":" + raw + "}").CreatedAt.Should().BeNull();
        }

        [Fact]
        public void Empty_strings_where_objects_or_lists_belong_read_as_null_or_empty()
        {
            var s = Decode<ScpServer>("{\"id\":\"s\",\"metadata\":\"\",\"addresses\":\"\",\"security_groups\":\"\",\"server_type\":\"\"}");
            s.Metadata.Should().BeNull();
            s.IpAddresses.Should().BeEmpty();
            s.SecurityGroups.Should().BeEmpty();
            s.ServerType.Should().BeNull();
            Decode<ScpVolume>("{\"id\":\"v\",\"servers\":\"\",\"volume_image_metadata\":\"\"}").Servers.Should().BeEmpty();
            Decode<ScpVolumeType>("{\"id\":\"t\",\"extra_specs\":\"\"}").ExtraSpecs.Should().BeEmpty();
            Decode<ScpVolumeSnapshot>("{\"id\":\"s\",\"metadata\":\"\"}").Metadata.Should().BeNull();
        }

        [Fact]
        public void Unknown_fields_are_kept_on_the_model_and_never_an_error()
        {
            var v = Decode<ScpVolume>("{\"id\":\"v\",\"size\":10,\"partition_number\":1,\"placement\":{\"zone\":\"a\"},\"labels\":[\"x\"],\"new_flag\":true}");
            v.Size.Should().Be(10);
            v.AdditionalProperties.Should().NotBeNull();
            v.AdditionalProperties!.Keys.Should().BeEquivalentTo("partition_number", "placement", "labels", "new_flag");
            Convert.ToInt32(v.AdditionalProperties["partition_number"]).Should().Be(1);
            v.AdditionalProperties["placement"]!.ToString().Should().Contain("zone");

            Decode<ScpVolume>("{\"id\":\"v\"}").AdditionalProperties.Should().BeNull("nothing unknown came");
        }

        [Fact]
        public void Known_fields_are_not_repeated_in_the_bag()
        {
            var s = Decode<ScpServer>("{\"id\":\"s\",\"server_type\":{\"id\":\"t\",\"name\":\"s1v1m2\"},\"addresses\":[],\"volumes\":[],\"security_groups\":[],\"status\":\"ACTIVE\"}");
            s.State.Should().Be("ACTIVE");
            s.AdditionalProperties.Should().BeNull();
        }

        [Fact]
        public void Tags_read_from_the_list_form_and_the_flat_form()
        {
            Decode<ScpVolume>("{\"id\":\"v\",\"tags\":[{\"key\":\"env\",\"value\":\"prod\"},{\"key\":\"n\",\"value\":5}]}").Tags
                .Should().BeEquivalentTo(new Dictionary<string, string?> { ["env"] = "prod", ["n"] = "5" });
            Decode<ScpVolume>("{\"id\":\"v\",\"tags\":{\"env\":\"prod\"}}").Tags
                .Should().BeEquivalentTo(new Dictionary<string, string?> { ["env"] = "prod" });
            Decode<ScpVolume>("{\"id\":\"v\",\"tags\":\"\"}").Tags.Should().BeNull();
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Core.FileStorage;
using Xunit;

namespace ScpStorage.Core.Tests.FileStorage
{
    /// <summary>
    /// Every example answer of File Storage's documentation (seed 003 section 4, version 1.1,
    /// kept in FileStorage/TestData) goes through the client method that receives it and comes
    /// out with no field lost; children carry the volume id of the request.
    /// </summary>
    public class FileExampleDecodingTests
    {
        public static IEnumerable<object[]> Examples() => ScpExampleAnswers.Operations("FileStorage");

        [Fact]
        public void Seventeen_of_the_21_operations_have_an_example_answer_the_four_deletes_have_none()
        {
            Examples().Select(e => (string)e[0]).Should().HaveCount(17).And.NotContain(n => n.StartsWith("Delete"));
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public async Task The_example_answer_decodes_with_no_field_lost(string operation)
        {
            var body = ScpExampleAnswers.Body("FileStorage", operation);
            var handler = new FakeHandler((r, n) => FakeHandler.Json(operation.StartsWith("List") || operation.StartsWith("Show") ? HttpStatusCode.OK : HttpStatusCode.Accepted, body));
            var fs = new FileStorageClient(TestClients.Client(handler));
            const string vol = "bfdbabf2-04d9-4e8b-a205-020f8e6da438";

            List<object> decoded = operation switch
            {
                "ListVolumes" => fs.ListVolumes().Cast<object>().ToList(),
                "ShowVolume" => new List<object> { await fs.GetVolumeAsync(vol) },
                "CreateVolume" => new List<object> { await fs.CreateVolumeAsync(new FileVolumeCreateSpec { Name = "my_volume" }) },
                "SetVolume" => new List<object> { (await fs.SetVolumeAsync(vol, true))! },
                "ListSnapshots" => fs.ListSnapshots(vol).Cast<object>().ToList(),
                "CreateSnapshot" => new List<object> { await fs.CreateSnapshotAsync(vol) },
                "RestoreSnapshot" => new List<object> { (await fs.RestoreSnapshotAsync(vol, "s"))! },
                "ListSnapshotSchedule" => fs.ListSnapshotSchedules(vol).Cast<object>().ToList(),
                "CreateSnapshotSchedule" => new List<object> { await fs.CreateSnapshotScheduleAsync(vol, new FileScheduleSpec { Frequency = "WEEKLY", DayOfWeek = "MON", Hour = 23 }) },
                "SetSnapshotSchedule" => new List<object> { await fs.SetSnapshotScheduleAsync(vol, "d02d1a74", new FileScheduleSpec { Frequency = "WEEKLY", DayOfWeek = "MON", Hour = 23 }) },
                "ListAccessRules" => fs.ListAccessRules(vol).Cast<object>().ToList(),
                "SetAccessRule" => new List<object> { (await fs.SetAccessRuleAsync(vol, "VM", "43fq3347-02q4-4aa8-ccf9-affe4917bb6f", add: true))! },
                "ListVolumeReplications" => fs.ListReplications(vol).Cast<object>().ToList(),
                "ShowVolumeReplication" => new List<object> { await fs.GetReplicationAsync(vol, "r") },
                "CreateVolumeReplication" => new List<object> { await fs.CreateReplicationAsync(new FileReplicationSpec { VolumeId = vol, Name = "my_volume", Region = "kr-west1" }) },
                "SetVolumeReplication" => new List<object> { (await fs.SetReplicationAsync(vol, "r", new FileReplicationChange { Frequency = "5min" }))! },
                "ListVolumeReplicationRegion" => (await fs.ListReplicationRegionsAsync("HDD", "kr-west1", "replication")).Cast<object>().ToList(),
                _ => throw new Xunit.Sdk.XunitException("no client method is mapped to " + operation),
            };

            var example = ScpJson.Parse(body);
            if (operation == "ListVolumeReplicationRegion")
            {
                // SCP's example sends the list as the text "['kr-west1']": it must come out as the list it stands for.
                decoded.Should().Equal("kr-west1");
                return;
            }
            ScpExampleAnswers.ShouldKeepEveryField(example, decoded, "count", "snapshot_size_total_byte");
            foreach (var o in decoded.OfType<ScpResource>()) o.Service.Should().Be("filestorage");
        }

        [Fact]
        public void Listed_children_carry_the_volume_id_their_payload_omits()
        {
            var fs = Serving("ListSnapshots");
            fs.ListSnapshots("vol-9").Single().VolumeId.Should().Be("vol-9");
            Serving("ListSnapshotSchedule").ListSnapshotSchedules("vol-9").Single().Should()
                .BeEquivalentTo(new { VolumeId = "vol-9", Id = "d02d1a74-1871-4a3d-bdfc-6e60e9ea0f31", Frequency = "WEEKLY", DayOfWeek = "MON", Hour = 23, RetentionCount = 10, PolicyEnabled = true },
                    o => o.ExcludingMissingMembers());
            Serving("ListAccessRules").ListAccessRules("vol-9").Single().VolumeId.Should().Be("vol-9");
            Serving("ListVolumeReplications").ListReplications("vol-9").Single().VolumeId.Should().Be("bfdbabf2-04d9-4e8b-a205-020f8e6da438", "a replication's volume is its source");
        }

        [Theory]
        [InlineData("['kr-west1']", new[] { "kr-west1" })]
        [InlineData("['kr-west1', \"kr-east1\"]", new[] { "kr-west1", "kr-east1" })]
        [InlineData("[]", new string[0])]
        public void Regions_sent_as_python_list_text_read_as_a_list(string text, string[] expected)
        {
            FileStorageClient.Regions(new Newtonsoft.Json.Linq.JValue(text)).Should().Equal(expected);
            FileStorageClient.Regions(Newtonsoft.Json.Linq.JArray.FromObject(expected)).Should().Equal(expected);
        }

        private static FileStorageClient Serving(string operation)
        {
            var body = ScpExampleAnswers.Body("FileStorage", operation);
            return new FileStorageClient(TestClients.Client(new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, body))));
        }
    }
}

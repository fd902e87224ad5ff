using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Core.ParallelFileStorage;
using ScpStorage.Core.Tests.FileStorage;
using ScpStorage.Core.VirtualServer;
using Xunit;

namespace ScpStorage.Core.Tests.ParallelFileStorage
{
    /// <summary>
    /// Every example answer of Parallel File Storage's documentation (seed 003 section 5, kept in
    /// ParallelFileStorage/TestData) goes through the client method that receives it with no
    /// field lost; the operations table matches operations.tsv.
    /// </summary>
    public class PfsExampleDecodingTests
    {
        public static IEnumerable<object[]> Examples() => ScpExampleAnswers.Operations("ParallelFileStorage");

        [Fact]
        public void The_table_has_the_11_operations_of_operations_tsv()
        {
            var reference = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "operations.tsv")).Skip(1)
                .Select(l => l.Split('\t')).Where(c => c.Length >= 5 && c[0] == "parallel-filestorage").Select(c => (c[2], c[3], c[4].Trim())).ToArray();
            reference.Should().HaveCount(11);
            ParallelFileStorageOperations.All.Select(o => (o.Method, o.PathTemplate, o.Name)).Should().BeEquivalentTo(reference);
            typeof(ParallelFileStorageOperations).GetFields().Where(f => f.FieldType == typeof(ScpOperation)).Should().HaveCount(11);
            Examples().Should().HaveCount(7, "the two deletes, restore and resize answer without a body");
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public async Task The_example_answer_decodes_with_no_field_lost(string operation)
        {
            var body = ScpExampleAnswers.Body("ParallelFileStorage", operation);
            var pfs = new ParallelFileStorageClient(TestClients.Client(new FakeHandler((r, n) =>
                FakeHandler.Json(r.Method == "GET" ? HttpStatusCode.OK : HttpStatusCode.Accepted, body))));
            const string vol = "bfdbabf2-04d9-4e8b-a205-020f8e6da438";
            List<object> decoded = operation switch
            {
                "ListVolumes" => pfs.ListVolumes().Cast<object>().ToList(),
                "ShowVolume" => new List<object> { await pfs.GetVolumeAsync(vol) },
                "CreateVolume" => new List<object> { await pfs.CreateVolumeAsync("my_volume", 100) },
                "ListSnapshots" => pfs.ListSnapshots(vol).Cast<object>().ToList(),
                "CreateSnapshot" => new List<object> { await pfs.CreateSnapshotAsync(vol) },
                "ListAccessRule" => pfs.ListAccessRules(vol).Cast<object>().ToList(),
                "SetAccessRule" => new List<object> { (await pfs.SetAccessRulesAsync(vol, new[] { "n1" }, new[] { "n2" }))! },
                _ => throw new Xunit.Sdk.XunitException("no client method is mapped to " + operation),
            };
            ScpExampleAnswers.ShouldKeepEveryField(ScpJson.Parse(body), decoded, "count", "snapshot_size_total_byte");
            foreach (var o in decoded.OfType<ScpResource>()) o.Service.Should().Be("parallel-filestorage");
        }

        [Fact]
        public void Listed_snapshots_and_rules_carry_the_volume_id_their_payload_omits()
        {
            PfsServing("ListSnapshots").ListSnapshots("vol-9").Single().VolumeId.Should().Be("vol-9");
            var rule = PfsServing("ListAccessRule").ListAccessRules("vol-9").Single();
            rule.VolumeId.Should().Be("vol-9");
            rule.AccessIps.Single().State.Should().Be("active");
        }

        private static ParallelFileStorageClient PfsServing(string operation)
        {
            var body = ScpExampleAnswers.Body("ParallelFileStorage", operation);
            return new ParallelFileStorageClient(TestClients.Client(new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, body))));
        }
    }
}

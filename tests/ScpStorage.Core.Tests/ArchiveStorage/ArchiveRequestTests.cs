using System;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.ArchiveStorage;
using Xunit;

namespace ScpStorage.Core.Tests.ArchiveStorage
{
    public class ArchiveRequestTests
    {
        private static string ObjectsPage(bool truncated, string? marker, params string[] names) =>
            "{\"count\":" + names.Length + ",\"marker\":" + (marker == null ? "null" : "\"" + marker + "\"") + ",\"is_truncated\":" + (truncated ? "true" : "false") +
            ",\"contents\":[" + string.Join(",", names.Select(n => "{\"object_name\":\"" + n + "\",\"object_type\":\"FILE\",\"object_size\":\"1\",\"modified_at\":\"2025-04-09T05:54:46.244000+00:00\"}")) + "]}";

        [Fact]
        public void Objects_page_by_the_answers_marker_while_is_truncated_and_carry_the_bucket_id()
        {
            var fake = new ArchiveFake().On("GET", "/v1/buckets/b-1/objects", r => r.QueryValue("marker") switch
            {
                null => FakeHandler.Json(System.Net.HttpStatusCode.OK, ObjectsPage(true, "next-from-server", "a", "b")),
                "next-from-server" => FakeHandler.Json(System.Net.HttpStatusCode.OK, ObjectsPage(false, null, "c")),
                _ => throw new InvalidOperationException("unexpected marker"),
            });

            var objects = fake.Client.ListObjects("b-1", new ArchiveObjectFilter { ObjectPath = "docs/" }, pageSize: 2).ToList();

            objects.Select(o => o.ObjectName).Should().Equal("a", "b", "c");
            objects.Should().OnlyContain(o => o.BucketId == "b-1" && o.Service == "archivestorage");
            fake.Requests.Should().HaveCount(2);
            fake.Requests[0].QueryValue("limit").Should().Be("2");
            fake.Requests[0].QueryValue("object_path").Should().Be("docs/");
            fake.Requests[1].QueryValue("marker").Should().Be("next-from-server");
        }

        [Fact]
        public void A_truncated_page_without_a_marker_continues_from_the_last_key()
        {
            var fake = new ArchiveFake().On("GET", "/v1/buckets/b-1/objects", r => r.QueryValue("marker") switch
            {
                null => FakeHandler.Json(System.Net.HttpStatusCode.OK, ObjectsPage(true, null, "a", "b")),
                _ => FakeHandler.Json(System.Net.HttpStatusCode.OK, ObjectsPage(false, null, "c")),
            });
            fake.Client.ListObjects("b-1", pageSize: 2).Select(o => o.ObjectName).Should().Equal("a", "b", "c");
            fake.Requests[1].QueryValue("marker").Should().Be("b");
        }

        [Fact]
        public void First_stops_after_the_first_page_without_asking_for_the_next()
        {
            var fake = new ArchiveFake().On("GET", "/v1/buckets/b-1/objects", 200, ObjectsPage(true, "x", "a", "b"));
            fake.Client.ListObjects("b-1", first: 2).Should().HaveCount(2);
            fake.Requests.Should().HaveCount(1);
            fake.Requests[0].QueryValue("limit").Should().Be("2");
        }

        [Fact]
        public void History_lists_send_both_bounds_in_utc_and_stamp_the_bucket()
        {
            var fake = new ArchiveFake().On("GET", "/v1/archiving-histories", 200,
                "{\"total_count\":1,\"bucket_id\":\"b-1\",\"contents\":[{\"id\":\"EXE-1\",\"state\":\"SUCCESS\",\"start_at\":\"2025-04-01T00:00:00+09:00\",\"end_at\":null}]}");
            var from = new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.FromHours(9));
            var jobs = fake.Client.ListArchivingJobs("b-1", from, from.AddDays(7), "SUCCESS").ToList();

            jobs.Should().ContainSingle().Which.BucketId.Should().Be("b-1");
            jobs[0].EndAt.Should().BeNull();
            var q = fake.Requests.Single();
            q.QueryValue("start_at_from").Should().Be("2025-04-01T00:00:00Z");
            q.QueryValue("start_at_to").Should().Be("2025-04-08T00:00:00Z");
            q.QueryValue("bucket_id").Should().Be("b-1");
            q.QueryValue("state").Should().Be("SUCCESS");
            q.QueryValue("offset").Should().Be("0");
        }

        [Fact]
        public void A_window_that_ends_before_it_starts_is_refused_before_any_request()
        {
            var fake = new ArchiveFake();
            Action list = () => fake.Client.ListRecoveryJobs("b-1", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(-1));
            list.Should().Throw<ArgumentException>().WithMessage("*starts*after it ends*");
            fake.Requests.Should().BeEmpty();
        }

        [Fact]
        public async Task Deleting_objects_sends_every_path_of_the_bucket_in_one_body()
        {
            var fake = new ArchiveFake().On("DELETE", "/v1/buckets/b-1/objects", 202, "");
            await fake.Client.DeleteObjectsAsync("b-1", new[] { "a.txt", "docs/" });
            var body = JObject.Parse(fake.Requests.Single().Body!);
            body["paths"]!.Values<string>().Should().Equal("a.txt", "docs/");
        }

        [Fact]
        public async Task A_recovery_is_found_in_the_history_and_the_answers_id_is_not_used()
        {
            var started = false;
            var fake = new ArchiveFake()
                .On("PUT", "/v1/buckets/b-1/recover-objects", r => { started = true; return FakeHandler.Json(System.Net.HttpStatusCode.Accepted, "{\"id\":\"b-1\",\"recovery_target_bucket_name\":\"obs1\"}"); })
                .On("GET", "/v1/recovery-histories", r => FakeHandler.Json(System.Net.HttpStatusCode.OK, started
                    ? "{\"total_count\":2,\"bucket_id\":\"b-1\",\"contents\":[{\"id\":\"EXE-old\",\"recovery_target_bucket_name\":\"obs1\"},{\"id\":\"EXE-new\",\"recovery_target_bucket_name\":\"obs1\",\"state\":\"RUNNING\"}]}"
                    : "{\"total_count\":1,\"bucket_id\":\"b-1\",\"contents\":[{\"id\":\"EXE-old\",\"recovery_target_bucket_name\":\"obs1\"}]}"));

            var job = await fake.Client.RecoverObjectsAsync("b-1", "obs1", new[] { ("docs/", "FOLDER"), ("a.txt", "FILE") }, overwrite: false);

            job!.Id.Should().Be("EXE-new");
            job.BucketId.Should().Be("b-1");
            var put = JObject.Parse(fake.Requests.Single(r => r.Method == "PUT").Body!);
            put["overwrite"]!.Value<bool>().Should().BeFalse();
            put["recovery_infos"]!.Select(i => (string)i["source_object_path"]! + ":" + (string)i["object_type"]!).Should().Equal("docs/:FOLDER", "a.txt:FILE");
        }

        [Fact]
        public void Policies_from_the_list_carry_the_envelopes_bucket_and_source()
        {
            var fake = new ArchiveFake().On("GET", "/v1/archiving-policies", 200, ArchiveFake.Example("ListArchivingPolicies"));
            var p = fake.Client.ListPolicies("138c2-fc8c2-9a449-dbfa86-81f8f-1d78e2").Single();
            p.BucketId.Should().Be("138c2-fc8c2-9a449-dbfa86-81f8f-1d78e2");
            p.SourceBucketName.Should().Be("obs-bucket-name");
            p.ObjectLifecycle.Should().Be(1);
            p.ObjectPath.Should().Be("/");
        }

        [Fact]
        public async Task A_policy_takes_only_slash_as_source_path_and_a_lifecycle_of_at_least_one()
        {
            var fake = new ArchiveFake();
            await fake.Invoking(f => f.Client.CreatePolicyAsync("b-1", "obs1", 1, "/docs")).Should().ThrowAsync<ArgumentException>();
            await fake.Invoking(f => f.Client.CreatePolicyAsync("b-1", "obs1", 0)).Should().ThrowAsync<ArgumentOutOfRangeException>();
            fake.Requests.Should().BeEmpty();
        }
    }
}

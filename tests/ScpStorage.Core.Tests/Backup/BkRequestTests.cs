using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Backup;
using ScpStorage.Core.Waiting;
using Xunit;

namespace ScpStorage.Core.Tests.Backup
{
    public class BkRequestTests
    {
        private const string BackupId = "0fdd87aab8cb46f59b7c1f81ed03fb3e";
        private const string ServerId = "89f5ef44-1021-4a5c-8e06-fbb289eac366";
        private static readonly ScpWaitOptions Fast = new ScpWaitOptions(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5));

        private static string Backup(string name = "db01-daily", string state = "AVAILABLE", string created = "2099-01-01T00:00:00Z") =>
            "{\"id\":\"" + BackupId + "\",\"name\":\"" + name + "\",\"state\":\"" + state + "\",\"policy_type\":\"VM_IMAGE\",\"retention_period\":\"WEEK_2\"," +
            "\"role_type\":\"ORIGINAL\",\"server_name\":\"db01\",\"created_at\":\"" + created + "\",\"created_by\":\"u\",\"modified_at\":\"" + created + "\",\"modified_by\":\"u\"}";

        private static string Job(string guid, string state, string start) =>
            "{\"backup_job_guid\":\"" + guid + "\",\"backup_job_state\":\"" + state + "\",\"backup_start_time\":\"" + start + "\",\"backup_end_time\":null,\"schedule_id\":\"s\",\"schedule_name\":\"n\"}";

        private static readonly List<ScpBackupScheduleSpec> Daily = new List<ScpBackupScheduleSpec>
            { new ScpBackupScheduleSpec { Frequency = "daily", Type = "full", StartTime = "02:00:00" } };

        [Fact]
        public async Task CreateBackup_posts_the_documented_body_then_finds_the_backup_by_name()
        {
            var fake = new BkFake().On("POST", "/v1/backups", 200, BkFake.Sync)
                .On("GET", "/v1/backups", 200, BkFake.Page(Backup()))
                .On("GET", "/v1/backups/" + BackupId, 200, Backup());
            var b = await fake.Client.CreateBackupAsync(new BackupCreateSpec { Name = "db01-daily", ServerUuid = ServerId, Schedules = Daily });

            b.Id.Should().Be(BackupId);
            var post = fake.To("POST", "/v1/backups").Single();
            post.Header("Scp-Api-Version").Should().Be("backup 1.2");
            JToken.DeepEquals(JObject.Parse(post.Body!), JObject.Parse(@"{""name"":""db01-daily"",""policy_category"":""AGENTLESS"",""policy_type"":""VM_IMAGE"",
                ""schedules"":[{""frequency"":""DAILY"",""start_time"":""02:00:00"",""type"":""FULL""}],""server_category"":""VIRTUAL_SERVER"",
                ""server_uuid"":""" + ServerId + @"""}")).Should().BeTrue(post.Body);
            fake.To("GET", "/v1/backups").Single().QueryValue("name").Should().Be("db01-daily");
        }

        [Theory]
        [InlineData("HOURLY", "FULL", "02:00:00", "Frequency 'HOURLY'")]
        [InlineData("DAILY", "DIFF", "02:00:00", "Type 'DIFF'")]
        [InlineData("DAILY", "FULL", "24:00:00", "StartTime '24:00:00'")]
        [InlineData("DAILY", "FULL", "2:00", "StartTime '2:00'")]
        public async Task A_bad_schedule_is_refused_with_a_valid_example_before_any_request(string frequency, string type, string time, string named)
        {
            var fake = new BkFake();
            var spec = new BackupCreateSpec { Name = "x", ServerUuid = ServerId,
                Schedules = new List<ScpBackupScheduleSpec> { new ScpBackupScheduleSpec { Frequency = frequency, Type = type, StartTime = time } } };
            var e = await Assert.ThrowsAsync<ArgumentException>(() => fake.Client.CreateBackupAsync(spec));
            e.Message.Should().Contain(named).And.Contain("A valid schedule: @{Frequency='DAILY'; Type='FULL'; StartTime='02:00:00'}");
            fake.Requests.Should().BeEmpty();
            (await Assert.ThrowsAsync<ArgumentException>(() => fake.Client.SetSchedulesAsync(BackupId, spec.Schedules))).Message.Should().Contain(named);
            fake.Requests.Should().BeEmpty();
        }

        [Fact]
        public async Task A_filesystem_backup_gets_the_agent_category_and_its_paths()
        {
            var fake = new BkFake().On("POST", "/v1/backups", 200, BkFake.Sync).On("GET", "/v1/backups", 200, BkFake.Page(Backup()))
                .On("GET", "/v1/backups/" + BackupId, 200, Backup());
            await fake.Client.CreateBackupAsync(new BackupCreateSpec { Name = "db01-daily", ServerUuid = ServerId, PolicyType = "FILESYSTEM",
                FilesystemPaths = new List<string> { "/data" }, RetentionPeriod = "MONTH_1", Schedules = Daily, Tags = new Dictionary<string, string> { ["env"] = "prod" } });
            var body = JObject.Parse(fake.To("POST", "/v1/backups").Single().Body!);
            ((string)body["policy_category"]!).Should().Be("AGENT");
            body["filesystem_paths"]!.ToObject<string[]>().Should().Equal("/data");
            ((string)body["retention_period"]!).Should().Be("MONTH_1");
            JToken.DeepEquals(body["tags"], JArray.Parse(@"[{""key"":""env"",""value"":""prod""}]")).Should().BeTrue();
        }

        [Fact]
        public async Task ListBackups_pages_by_page_and_size_and_stops_on_a_short_page()
        {
            var fake = new BkFake().On("GET", "/v1/backups", r =>
            {
                var page = int.Parse(r.QueryValue("page")!);
                var items = Enumerable.Range(0, page == 0 ? 2 : 1).Select(i => Backup("b" + page + i).Replace(BackupId, "id" + page + i)).ToArray();
                return FakeHandler.Json(System.Net.HttpStatusCode.OK, "{\"contents\":[" + string.Join(",", items) + "],\"count\":3}");
            });
            var all = fake.Client.ListBackups(pageSize: 2).ToList();
            all.Select(b => b.Name).Should().Equal("b00", "b01", "b10");
            fake.Requests.Select(r => r.QueryValue("page") + "/" + r.QueryValue("size")).Should().Equal("0/2", "1/2");
            all.Should().OnlyContain(b => b.Service == "backup" && b.Region == "kr-west1");
        }

        [Fact]
        public async Task A_started_job_is_found_in_the_history_as_the_new_one_and_followed_to_SUCCESS()
        {
            var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
            var polls = 0;
            var started = false;
            var fake = new BkFake()
                .On("POST", "/v1/backups/" + BackupId + "/manual-backup", _ => { started = true; return FakeHandler.Json(System.Net.HttpStatusCode.OK, BkFake.Sync); })
                .On("GET", "/v1/backups/" + BackupId + "/backup-histories", _ =>
                {
                    var old = Job("old-job", "INPROGRESS", now);
                    if (!started) return FakeHandler.Json(System.Net.HttpStatusCode.OK, BkFake.Page(old));
                    var state = ++polls < 3 ? "INPROGRESS" : "SUCCESS";
                    return FakeHandler.Json(System.Net.HttpStatusCode.OK, BkFake.Page(old, Job("new-job", state, now)));
                });
            var ticket = await fake.Client.StartBackupJobAsync(BackupId);
            ticket.Known.Should().Equal("old-job");
            var job = await fake.Client.WaitForBackupJobAsync(ticket, Fast);

            job.Id.Should().Be("new-job");
            job.State.Should().Be("SUCCESS");
            job.BackupId.Should().Be(BackupId);
            polls.Should().Be(3);
            var history = fake.To("GET", "/v1/backups/" + BackupId + "/backup-histories").Last();
            history.QueryValue("backup_start_time").Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$");
        }

        [Fact]
        public async Task A_FAILED_job_fails_the_wait_and_an_unknown_state_keeps_it_going()
        {
            var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
            var states = new Queue<string>(new[] { "QUEUED", "FAILED" });
            var fake = new BkFake().On("GET", "/v1/backups/" + BackupId + "/backup-histories", _ =>
                FakeHandler.Json(System.Net.HttpStatusCode.OK, BkFake.Page(Job("j", states.Count > 1 ? states.Dequeue() : states.Peek(), now))));
            var ticket = new BackupJobTicket(BackupId, DateTimeOffset.UtcNow.AddMinutes(-2), new string[0], null, null);
            var e = await Assert.ThrowsAsync<ScpWaitException>(() => fake.Client.WaitForBackupJobAsync(ticket, Fast));
            e.LastState.Should().Be("FAILED");
            fake.Requests.Should().HaveCount(2);
        }

        [Fact]
        public async Task A_restore_is_found_by_its_server_name_among_new_history_entries()
        {
            var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
            string Entry(string server, string state) => "{\"backup_id\":\"" + BackupId + "\",\"backup_start_time\":\"" + now + "\",\"restore_server_name\":\"" + server +
                "\",\"restore_server_id\":null,\"restore_start_time\":\"" + now + "\",\"restore_end_time\":null,\"restore_state\":\"" + state + "\",\"schedule_name\":\"n\"," +
                "\"created_at\":\"" + now + "\",\"created_by\":\"u\",\"modified_at\":\"" + now + "\",\"modified_by\":\"u\"}";
            var restored = false;
            var fake = new BkFake()
                .On("POST", "/v1/backups/" + BackupId + "/restore", _ => { restored = true; return FakeHandler.Json(System.Net.HttpStatusCode.Accepted, BkFake.Sync); })
                .On("GET", "/v1/backups/" + BackupId + "/restore-histories", _ => FakeHandler.Json(System.Net.HttpStatusCode.OK,
                    restored ? BkFake.Page(Entry("other", "INPROGRESS"), Entry("db01-restored", "PARTIAL_SUCCESS")) : BkFake.Page()));
            var ticket = await fake.Client.RestoreBackupAsync(BackupId, new BackupRestoreSpec
                { RestoreTargetId = "rp-1", RestoreServerName = "db01-restored", ServerTypeId = "s1v1m2", SubnetIds = new List<string> { "sub-1" } });
            var job = await fake.Client.WaitForRestoreAsync(ticket, Fast);
            job.RestoreServerName.Should().Be("db01-restored");
            job.State.Should().Be(BackupStates.PartialSuccess);
            JToken.DeepEquals(JObject.Parse(fake.To("POST", "/v1/backups/" + BackupId + "/restore").Single().Body!), JObject.Parse(
                @"{""restore_server_name"":""db01-restored"",""restore_target_id"":""rp-1"",""server_type_id"":""s1v1m2"",""networks"":[{""subnet_id"":""sub-1""}]}"))
                .Should().BeTrue();
        }

        [Theory]
        [InlineData("db 01!")]
        [InlineData("")]
        public async Task A_bad_restore_server_name_is_refused_before_any_request(string name)
        {
            var fake = new BkFake();
            var e = await Assert.ThrowsAsync<ArgumentException>(() => fake.Client.RestoreBackupAsync(BackupId,
                new BackupRestoreSpec { RestoreTargetId = "rp", RestoreServerName = name, ServerTypeId = "t" }));
            e.Message.Should().Contain("1-63 letters");
            fake.Requests.Should().BeEmpty();
        }

        [Fact]
        public async Task The_duplicate_checks_return_true_when_SCP_says_a_duplicate_exists()
        {
            var fake = new BkFake().On("GET", "/v1/backups/check-name-duplication", r =>
                FakeHandler.Json(System.Net.HttpStatusCode.OK, "{\"result\":" + (r.QueryValue("backup_name") == "taken" ? "true" : "false") + "}"));
            (await fake.Client.IsBackupNameTakenAsync("taken")).Should().BeTrue();
            (await fake.Client.IsBackupNameTakenAsync("free")).Should().BeFalse();
        }

        [Fact]
        public async Task Recovery_points_of_one_backup_are_deleted_in_one_request_with_a_body()
        {
            var fake = new BkFake().On("DELETE", "/v1/backups/" + BackupId + "/restore-targets", 200, BkFake.Sync);
            await fake.Client.DeleteRecoveryPointsAsync(BackupId, new[] { "a", "b" });
            JToken.DeepEquals(JObject.Parse(fake.Last.Body!), JObject.Parse(@"{""restore_target_ids"":[""a"",""b""]}")).Should().BeTrue();
        }

        [Fact]
        public async Task A_backup_wait_ends_on_AVAILABLE_only_and_fails_on_an_error_like_state()
        {
            var states = new Queue<string>(new[] { "CREATING", "SOMETHING_NEW", "AVAILABLE" });
            var fake = new BkFake().On("GET", "/v1/backups/" + BackupId, _ => FakeHandler.Json(System.Net.HttpStatusCode.OK, Backup(state: states.Dequeue())));
            (await fake.Client.WaitForBackupAsync(BackupId, Fast)).State.Should().Be("AVAILABLE");
            fake.Requests.Should().HaveCount(3);

            var failing = new BkFake().On("GET", "/v1/backups/" + BackupId, 200, Backup(state: "ERROR"));
            (await Assert.ThrowsAsync<ScpWaitException>(() => failing.Client.WaitForBackupAsync(BackupId, Fast))).LastState.Should().Be("ERROR");
        }

        [Fact]
        public async Task The_installer_query_is_upper_case_and_the_answer_is_stamped_with_it()
        {
            var fake = new BkFake().On("GET", "/v1/backup-agents/agent-install-file-path", 200, "{\"install_file_path\":\"http://linux-agent\"}");
            var i = await fake.Client.GetAgentInstallerAsync("linux");
            i.OsType.Should().Be("LINUX");
            i.InstallFilePath.Should().Be("http://linux-agent");
            fake.Last.QueryValue("os_type").Should().Be("LINUX");
            await Assert.ThrowsAsync<ArgumentException>(() => fake.Client.GetAgentInstallerAsync("macos"));
            fake.Requests.Should().HaveCount(1);
        }
    }
}

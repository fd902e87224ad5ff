using System;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ScpStorage.Emulator.Tests.Backup;

/// <summary>The Backup routes: documented answers (exactly the example's fields), 400/404/409 cases, paging, states.</summary>
public sealed class BackupRouteTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _f;
    private readonly BkEmulator _bk;
    public BackupRouteTests(EmulatorFixture f) { _f = f; _bk = new BkEmulator(f.Host); }

    [Fact]
    public async Task Every_answer_carries_exactly_the_documented_fields()
    {
        var agent = await _bk.Ok("POST", "/v1/backup-agents", new { server_uuid = BkEmulator.Db01, subnet_id = "sub-1" });
        var agentId = agent["resource"]!["id"]!.GetValue<string>();
        BkEmulator.Keys(agent).Should().Equal(BkEmulator.Keys(BkEmulator.Example("Create Backup Agent")));
        BkEmulator.Keys(agent["resource"]).Should().Equal("id", "links");
        await _bk.Ok("POST", "/v1/backups", new { name = "shape-fs", policy_category = "AGENT", policy_type = "FILESYSTEM", schedules = BkEmulator.Daily,
            server_category = "VIRTUAL_SERVER", server_uuid = BkEmulator.Db01, filesystem_paths = new[] { "/data" } });
        var id = await _bk.Backup("shape-vm", BkEmulator.Web02);
        var fsId = (await _bk.Ok("GET", "/v1/backups?name=shape-fs"))["contents"]![0]!["id"]!.GetValue<string>();
        await _bk.Ok("POST", $"/v1/backups/{fsId}/manual-backup");
        var point = (await _bk.Ok("GET", $"/v1/backups/{fsId}/restore-targets"))["contents"]![0]!["restore_target_id"]!.GetValue<string>();
        await _bk.Ok("POST", $"/v1/backups/{fsId}/restore-agent-backup", new { restore_server_uuid = BkEmulator.Db01, restore_target_id = point,
            filesystem_paths = new[] { new { source = "/data", destination = "/restore" } } });

        async Task Same(string operation, string path, string? items = "contents")
        {
            var answer = await _bk.Ok("GET", path);
            var example = BkEmulator.Example(operation);
            BkEmulator.Keys(answer).Should().Equal(BkEmulator.Keys(example), operation);
            if (items != null)
            {
                answer[items]!.AsArray().Should().NotBeEmpty(operation);
                foreach (var item in answer[items]!.AsArray()) BkEmulator.Keys(item).Should().Equal(BkEmulator.Keys(example[items]![0]), operation);
            }
        }
        await Same("List Backups", "/v1/backups");
        await Same("Show Backup", $"/v1/backups/{fsId}", null);
        await Same("List Backup Schedules", $"/v1/backups/{id}/schedules");
        await Same("List Backup Histories", $"/v1/backups/{fsId}/backup-histories");
        await Same("List Backup Restore Targets", $"/v1/backups/{fsId}/restore-targets");
        await Same("List Backup Restore Histories", $"/v1/backups/{fsId}/restore-histories");
        await Same("List Backup Restore Subnets", $"/v1/backups/{id}/restore/restorable-subnets?region=kr-west1", "subnets");
        await Same("List Agent Backup Restore Target Servers", $"/v1/backups/{fsId}/agent-backup-restore-targets");
        await Same("List Backup Targets", "/v1/backups/backup-targets?server_category=VIRTUAL_SERVER&policy_type=VM_IMAGE");
        await Same("List Backup Region Relationship", "/v1/backups/region-relationship");
        await Same("List Filesystem Path", $"/v1/backups/{fsId}/filesystem-path?restore_target_id={point}&path=/");
        await Same("List Backup Agents", "/v1/backup-agents");
        await Same("Show Backup Agent", "/v1/backup-agents/" + agentId, null);
        await Same("List Targets of Backup Agent", "/v1/backup-agents/targets?server_category=VIRTUAL_SERVER");
        await Same("Show Backup Agent Install File Path", "/v1/backup-agents/agent-install-file-path?os_type=LINUX", null);
        await Same("Check Backup Name Duplicate", "/v1/backups/check-name-duplication?backup_name=shape-vm", null);
        await Same("Check Backup Restore Server Name Duplicate", "/v1/backups/restore/check-name-duplication?restore_server_name=x", null);
        await Same("Check Filesystem Path Duplication", $"/v1/backups/check-filesystem-duplication?filesystem_path=/data&server_uuid={BkEmulator.Db01}", null);
    }

    [Fact]
    public async Task Create_validates_every_field_at_once_and_refuses_unknown_servers_and_duplicate_names()
    {
        var (status, json) = await _bk.Call("POST", "/v1/backups", new { name = "v", policy_category = "SOMETIMES", policy_type = "VM_IMAGE",
            schedules = new[] { new { frequency = "HOURLY", start_time = "25:00:00", type = "FULL" } }, server_category = "VIRTUAL_SERVER" });
        status.Should().Be(400);
        json!["detail"]!.AsArray().Select(d => string.Join(".", d!["loc"]!.AsArray().Skip(1).Select(l => l!.GetValue<string>())))
            .Should().BeEquivalentTo("policy_category", "schedules.0.frequency", "schedules.0.start_time", "server_uuid");

        (await _bk.Call("POST", "/v1/backups", new { name = "v", policy_category = "AGENTLESS", policy_type = "VM_IMAGE", schedules = BkEmulator.Daily,
            server_category = "VIRTUAL_SERVER", server_uuid = "no-such-server" })).Status.Should().Be(404);
        await _bk.Backup("dup");
        var dup = await _bk.Call("POST", "/v1/backups", new { name = "dup", policy_category = "AGENTLESS", policy_type = "VM_IMAGE", schedules = BkEmulator.Daily,
            server_category = "VIRTUAL_SERVER", server_uuid = BkEmulator.Web02 });
        dup.Status.Should().Be(400);
        (await _bk.Ok("GET", "/v1/backups/check-name-duplication?backup_name=dup"))["result"]!.GetValue<bool>().Should().BeTrue();
        (await _bk.Ok("GET", "/v1/backups/check-name-duplication?backup_name=free"))["result"]!.GetValue<bool>().Should().BeFalse();
        (await _bk.Call("GET", "/v1/backups/check-name-duplication")).Status.Should().Be(400);
    }

    [Fact]
    public async Task An_agent_backup_needs_an_agent_and_an_agent_in_use_cannot_go()
    {
        var body = new { name = "needs-agent", policy_category = "AGENT", policy_type = "FILESYSTEM", schedules = BkEmulator.Daily,
            server_category = "GPU_SERVER", server_uuid = "5b7d9f1a-3c5e-4a7b-9d1f-3a5c7e9b1d3f", filesystem_paths = new[] { "/data" } };
        (await _bk.Call("POST", "/v1/backups", body)).Status.Should().Be(400);
        var agentId = (await _bk.Ok("POST", "/v1/backup-agents", new { server_uuid = "5b7d9f1a-3c5e-4a7b-9d1f-3a5c7e9b1d3f" }))["resource"]!["id"]!.GetValue<string>();
        (await _bk.Call("POST", "/v1/backup-agents", new { server_uuid = "5b7d9f1a-3c5e-4a7b-9d1f-3a5c7e9b1d3f" })).Status.Should().Be(409);
        await _bk.Ok("POST", "/v1/backups", body);
        (await _bk.Ok("GET", "/v1/backup-agents/" + agentId))["backup_policy_count"]!.GetValue<int>().Should().Be(1);
        (await _bk.Call("DELETE", "/v1/backup-agents/" + agentId)).Status.Should().Be(400);

        var id = (await _bk.Ok("GET", "/v1/backups?name=needs-agent"))["contents"]![0]!["id"]!.GetValue<string>();
        await _bk.Ok("DELETE", "/v1/backups/" + id);
        (await _bk.Call("GET", "/v1/backups/" + id)).Status.Should().Be(404);
        (await _bk.Ok("GET", "/v1/backup-agents/" + agentId))["backup_policy_count"]!.GetValue<int>().Should().Be(0);
        await _bk.Ok("DELETE", "/v1/backup-agents/" + agentId);
        (await _bk.Call("GET", "/v1/backup-agents/" + agentId)).Status.Should().Be(404);
    }

    [Fact]
    public async Task A_manual_backup_runs_to_its_outcome_and_only_a_successful_one_leaves_a_recovery_point()
    {
        var id = await _bk.Backup("jobs");
        await _bk.Ok("POST", $"/v1/backups/{id}/manual-backup");
        var jobs = (await _bk.Ok("GET", $"/v1/backups/{id}/backup-histories"))["contents"]!.AsArray();
        jobs.Should().ContainSingle();
        jobs[0]!["backup_job_state"]!.GetValue<string>().Should().Be("SUCCESS");
        jobs[0]!["backup_end_time"].Should().NotBeNull();
        (await _bk.Ok("GET", $"/v1/backups/{id}/restore-targets"))["count"]!.GetValue<int>().Should().Be(1);

        await _bk.AdminPost("/options", "{\"job_outcome\":\"FAILED\"}", "PUT");
        try
        {
            await _bk.Ok("POST", $"/v1/backups/{id}/manual-backup");
            (await _bk.Ok("GET", $"/v1/backups/{id}/backup-histories?backup_job_state=FAILED"))["count"]!.GetValue<int>().Should().Be(1);
            (await _bk.Ok("GET", $"/v1/backups/{id}/restore-targets"))["count"]!.GetValue<int>().Should().Be(1);
        }
        finally { await _bk.AdminPost("/options", "{\"job_outcome\":\"SUCCESS\"}", "PUT"); }
    }

    [Fact]
    public async Task Schedules_run_only_when_the_admin_route_says_so()
    {
        var id = await _bk.Backup("scheduled");
        (await _bk.Ok("GET", $"/v1/backups/{id}/backup-histories"))["count"]!.GetValue<int>().Should().Be(0);
        (await _bk.AdminPost("/run-schedules"))["started"]!.GetValue<int>().Should().BeGreaterThan(0);
        var job = (await _bk.Ok("GET", $"/v1/backups/{id}/backup-histories"))["contents"]![0]!;
        job["schedule_name"]!.GetValue<string>().Should().StartWith("FULL_DAILY_02:00:00-");
    }

    [Fact]
    public async Task A_restore_is_202_then_COMPLETED_and_a_second_one_to_a_taken_name_is_409()
    {
        var id = await _bk.Backup("restorable");
        await _bk.Ok("POST", $"/v1/backups/{id}/manual-backup");
        var point = (await _bk.Ok("GET", $"/v1/backups/{id}/restore-targets"))["contents"]![0]!["restore_target_id"]!.GetValue<string>();
        var body = new { restore_server_name = "web01-restored", restore_target_id = point, server_type_id = "s1v1m2", networks = new[] { new { subnet_id = "023c57b14f11483689338d085e061492" } } };
        await _bk.Ok("POST", $"/v1/backups/{id}/restore", body, 202);
        var history = (await _bk.Ok("GET", $"/v1/backups/{id}/restore-histories"))["contents"]![0]!;
        history["restore_state"]!.GetValue<string>().Should().Be("COMPLETED");
        history["restore_server_name"]!.GetValue<string>().Should().Be("web01-restored");
        (await _bk.Call("POST", $"/v1/backups/{id}/restore", body)).Status.Should().Be(409);
        (await _bk.Call("POST", $"/v1/backups/{id}/restore", new { restore_server_name = "x", restore_target_id = "nope", server_type_id = "t" })).Status.Should().Be(404);
        (await _bk.Call("POST", $"/v1/backups/{id}/restore", new { restore_server_name = "bad/name", restore_target_id = point, server_type_id = "t" })).Status.Should().Be(400);
        (await _bk.Ok("GET", "/v1/backups/restore/check-name-duplication?restore_server_name=web01-restored"))["result"]!.GetValue<bool>().Should().BeTrue();
        // Recovery points go by id; an unknown one is 404 and deletes nothing.
        (await _bk.Call("DELETE", $"/v1/backups/{id}/restore-targets", new { restore_target_ids = new[] { point, "nope" } })).Status.Should().Be(404);
        await _bk.Ok("DELETE", $"/v1/backups/{id}/restore-targets", new { restore_target_ids = new[] { point } });
        (await _bk.Ok("GET", $"/v1/backups/{id}/restore-targets"))["count"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task The_history_lists_filter_by_a_start_time_window_and_by_their_states()
    {
        var id = await _bk.Backup("windowed");
        await _bk.Ok("POST", $"/v1/backups/{id}/manual-backup");
        var point = (await _bk.Ok("GET", $"/v1/backups/{id}/restore-targets"))["contents"]![0]!["restore_target_id"]!.GetValue<string>();
        await _bk.Ok("POST", $"/v1/backups/{id}/restore", new { restore_server_name = "windowed-restored", restore_target_id = point, server_type_id = "s1v1m2" }, 202);
        async Task<int> Count(string list) => (await _bk.Ok("GET", $"/v1/backups/{id}/{list}"))["count"]!.GetValue<int>();
        var past = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("o"));
        var future = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("o"));

        // Each list's window parameters bound its own start time: the job's, the point's (the job's), the restore's.
        foreach (var (list, after, before) in new[] { ("backup-histories", "backup_start_time", "backup_end_time"),
                     ("restore-targets", "backup_start_time", "backup_end_time"), ("restore-histories", "start_time", "end_time") })
        {
            (await Count($"{list}?{after}={past}&{before}={future}")).Should().Be(1, list);
            (await Count($"{list}?{after}={future}")).Should().Be(0, list);
            (await Count($"{list}?{before}={past}")).Should().Be(0, list);
            (await _bk.Call("GET", $"/v1/backups/{id}/{list}?{after}=yesterday")).Status.Should().Be(400, list);
            (await _bk.Call("GET", $"/v1/backups/nope/{list}")).Status.Should().Be(404, list);
        }
        (await Count("backup-histories?backup_job_state=ALL")).Should().Be(1);
        (await Count("backup-histories?backup_job_state=FAILED")).Should().Be(0);
        (await Count("restore-histories?restore_state=COMPLETED")).Should().Be(1);
        (await Count("restore-histories?restore_state=FAILED")).Should().Be(0);
        (await _bk.Call("GET", $"/v1/backups/{id}/restore-histories?restore_state=ALL")).Status.Should().Be(400, "ALL is a backup job state only");
    }

    [Fact]
    public async Task Lists_page_by_page_and_size_with_count_the_total()
    {
        await _bk.AdminPost("/seed", "{\"backups\":7}");
        var all = (await _bk.Ok("GET", "/v1/backups?size=1000"))["count"]!.GetValue<int>();
        all.Should().BeGreaterThanOrEqualTo(7);
        var page0 = await _bk.Ok("GET", "/v1/backups?size=3&page=0&sort=created_at:asc");
        var page1 = await _bk.Ok("GET", "/v1/backups?size=3&page=1&sort=created_at:asc");
        page0["contents"]!.AsArray().Should().HaveCount(3);
        page0["count"]!.GetValue<int>().Should().Be(all);
        page1["contents"]![0]!["id"]!.GetValue<string>().Should().NotBe(page0["contents"]![2]!["id"]!.GetValue<string>());
        (await _bk.Call("GET", "/v1/backups?size=-1")).Status.Should().Be(400);
        (await _bk.Call("GET", "/v1/backups?sort=colour:asc")).Status.Should().Be(400);
    }

    [Fact]
    public async Task Settings_change_the_backup_and_replication_links_a_replica()
    {
        var id = await _bk.Backup("settings");
        await _bk.Ok("PUT", $"/v1/backups/{id}/retention-period", new { retention_period = "MONTH_3" });
        (await _bk.Call("PUT", $"/v1/backups/{id}/retention-period", new { retention_period = "FOREVER" })).Status.Should().Be(400);
        await _bk.Ok("PUT", $"/v1/backups/{id}/replication", new { dr_enabled = true });
        var b = await _bk.Ok("GET", "/v1/backups/" + id);
        b["retention_period"]!.GetValue<string>().Should().Be("MONTH_3");
        b["dr_enabled"]!.GetValue<bool>().Should().BeTrue();
        b["dr_region"]!.GetValue<string>().Should().Be("kr-east1");
        var replica = await _bk.Ok("GET", "/v1/backups/" + b["replica_backup_id"]!.GetValue<string>());
        replica["origin_backup_id"]!.GetValue<string>().Should().Be(id);
        await _bk.Ok("PUT", $"/v1/backups/{id}/replication", new { dr_enabled = false });
        (await _bk.Call("GET", "/v1/backups/" + b["replica_backup_id"]!.GetValue<string>())).Status.Should().Be(404);
        (await _bk.Call("PUT", $"/v1/backups/{id}/filesystem-path", new { backup_filesystem_paths = "/data" })).Status.Should().Be(400);
        (await _bk.Call("PUT", "/v1/backups/nope/retention-period", new { retention_period = "MONTH_3" })).Status.Should().Be(404);
    }

    [Fact]
    public async Task A_connection_check_is_a_202_GET_whose_result_shows_in_the_agent()
    {
        var agentId = (await _bk.Ok("POST", "/v1/backup-agents", new { server_uuid = "8e0a2c4e-6a8c-4e0a-8c2e-4a6c8e0a2c4e" }))["resource"]!["id"]!.GetValue<string>();
        var before = DateTimeOffset.Parse((await _bk.Ok("GET", "/v1/backup-agents/" + agentId))["connection_check_time"]!.GetValue<string>());
        await _bk.Ok("GET", $"/v1/backup-agents/{agentId}/check-connection-state", expected: 202);
        var after = await _bk.Ok("GET", "/v1/backup-agents/" + agentId);
        DateTimeOffset.Parse(after["connection_check_time"]!.GetValue<string>()).Should().BeAfter(before);
        after["connection_state"]!.GetValue<string>().Should().Be("SUCCESS");
        (await _bk.Call("GET", "/v1/backup-agents/nope/check-connection-state")).Status.Should().Be(404);
        (await _bk.Call("GET", "/v1/backup-agents/agent-install-file-path?os_type=MACOS")).Status.Should().Be(400);
    }
}

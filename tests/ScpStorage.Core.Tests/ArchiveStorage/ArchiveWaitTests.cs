using System;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Core.Waiting;
using Xunit;

namespace ScpStorage.Core.Tests.ArchiveStorage
{
    /// <summary>Waits end on end_at, never on a state name SCP does not document.</summary>
    public class ArchiveWaitTests
    {
        private static readonly ScpWaitOptions Fast = new ScpWaitOptions(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5));

        private static string Job(string state, string? endAt) =>
            "{\"recovery_id\":\"ARC-1\",\"id\":\"EXE-1\",\"state\":\"" + state + "\",\"recovery_target_bucket_name\":\"obs\",\"start_at\":\"2026-01-01T00:00:00Z\",\"end_at\":"
            + (endAt == null ? "null" : "\"" + endAt + "\"") + ",\"bucket_id\":\"b-1\",\"recovery_infos\":[]}";

        [Fact]
        public async Task An_unknown_state_without_end_at_keeps_waiting_and_SUCCESS_with_end_at_ends_it()
        {
            var polls = 0;
            var fake = new ArchiveFake().On("GET", "/v1/recovery-histories/detail", _ =>
                FakeHandler.Json(System.Net.HttpStatusCode.OK, ++polls < 3 ? Job("SOMETHING_NEW", null) : Job("SUCCESS", "2026-01-01T00:05:00Z")));
            var job = await fake.Client.WaitForRecoveryJobAsync("b-1", "EXE-1", options: Fast);
            job.State.Should().Be("SUCCESS");
            polls.Should().Be(3, "a state SCP does not document is not taken as done while end_at is null");
        }

        [Fact]
        public async Task An_ended_job_in_another_state_fails_the_wait_unless_the_caller_stopped_it()
        {
            var fake = new ArchiveFake().On("GET", "/v1/recovery-histories/detail", 200, Job("CANCELED", "2026-01-01T00:05:00Z"));
            await fake.Invoking(f => f.Client.WaitForRecoveryJobAsync("b-1", "EXE-1", options: Fast)).Should().ThrowAsync<ScpWaitException>().WithMessage("*CANCELED*");
            (await fake.Client.WaitForRecoveryJobAsync("b-1", "EXE-1", stopping: true, options: Fast)).State.Should().Be("CANCELED");
        }
    }
}

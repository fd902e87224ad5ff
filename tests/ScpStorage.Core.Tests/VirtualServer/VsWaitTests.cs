using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Core.Waiting;
using Xunit;

namespace ScpStorage.Core.Tests.VirtualServer
{
    public class VsWaitTests
    {
        private static readonly ScpWaitOptions Fast = new ScpWaitOptions(TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2));
        private const string VolumePath = "/v1/volumes/" + VsPayloads.VolumeId;
        private const string SnapshotPath = "/v1/snapshots/" + VsPayloads.SnapshotId;

        /// <summary>Answers each poll with the next state; after the list, the last one (or 404 when it is null).</summary>
        private static VsFake Sequence(string path, Func<string, string> render, params string?[] states)
        {
            int n = 0;
            return new VsFake().On("GET", path, r =>
            {
                var state = states[Math.Min(n++, states.Length - 1)];
                return state == null ? VsFake.NotFound("resource") : FakeHandler.Json(HttpStatusCode.OK, render(state));
            });
        }

        [Fact]
        public async Task Volume_wait_polls_through_transitional_states_and_reports_progress()
        {
            var fake = Sequence(VolumePath, s => VsPayloads.Volume(state: s), "creating", "creating", "available");
            var reports = new List<ScpWaitProgress>();
            var v = await fake.Client.WaitForVolumeAsync(VsPayloads.VolumeId, Fast, reports.Add);
            v.State.Should().Be("available");
            fake.Requests.Should().HaveCount(3);
            reports.Should().NotBeEmpty();
            reports[0].Activity.Should().Be("Waiting for volume " + VsPayloads.VolumeId);
            reports[0].State.Should().Be("creating");
        }

        [Fact]
        public async Task Volume_wait_names_the_volume_when_given_the_object()
        {
            var fake = Sequence(VolumePath, s => VsPayloads.Volume(state: s), "extending", "in-use");
            var reports = new List<ScpWaitProgress>();
            var start = ScpJson.Decode<ScpVolume>(ScpJson.Parse(VsPayloads.Volume(state: "extending")))!;
            (await fake.Client.WaitForVolumeAsync(start, Fast, reports.Add)).State.Should().Be("in-use");
            reports[0].Activity.Should().Be($"Waiting for volume data01 ({VsPayloads.VolumeId})");
        }

        [Theory]
        [InlineData("awaiting-transfer")]
        [InlineData("in-use")]
        public async Task Settled_states_end_the_wait_at_once(string state)
        {
            var fake = Sequence(VolumePath, s => VsPayloads.Volume(state: s), state);
            (await fake.Client.WaitForVolumeAsync(VsPayloads.VolumeId, Fast)).State.Should().Be(state);
            fake.Requests.Should().ContainSingle();
        }

        [Theory]
        [InlineData("error")]
        [InlineData("error_extending")]
        [InlineData("ERROR_RESTORING")]
        public async Task Volume_wait_fails_on_an_error_state(string errorState)
        {
            var fake = Sequence(VolumePath, s => VsPayloads.Volume(state: s), "extending", errorState);
            var e = await Assert.ThrowsAsync<ScpWaitException>(() => fake.Client.WaitForVolumeAsync(VsPayloads.VolumeId, Fast));
            e.LastState.Should().Be(errorState);
            e.TimedOut.Should().BeFalse();
        }

        [Fact]
        public async Task Volume_delete_wait_treats_404_as_done()
        {
            var fake = Sequence(VolumePath, s => VsPayloads.Volume(state: s), "deleting", "deleting", null);
            await fake.Client.WaitForVolumeDeletedAsync(VsPayloads.VolumeId, Fast);
            fake.Requests.Should().HaveCount(3);
        }

        [Fact]
        public async Task Volume_delete_wait_fails_on_error_deleting()
        {
            var fake = Sequence(VolumePath, s => VsPayloads.Volume(state: s), "deleting", "error_deleting");
            (await Assert.ThrowsAsync<ScpWaitException>(() => fake.Client.WaitForVolumeDeletedAsync(VsPayloads.VolumeId, Fast)))
                .LastState.Should().Be("error_deleting");
        }

        [Fact]
        public async Task Snapshot_wait_reads_status_and_settles()
        {
            var fake = Sequence(SnapshotPath, s => VsPayloads.Snapshot(status: s), "creating", "available");
            (await fake.Client.WaitForSnapshotAsync(VsPayloads.SnapshotId, Fast)).State.Should().Be("available");
        }

        [Fact]
        public async Task Snapshot_wait_fails_on_error_and_delete_wait_ends_on_404()
        {
            var failing = Sequence(SnapshotPath, s => VsPayloads.Snapshot(status: s), "creating", "error");
            await Assert.ThrowsAsync<ScpWaitException>(() => failing.Client.WaitForSnapshotAsync(VsPayloads.SnapshotId, Fast));

            var deleting = Sequence(SnapshotPath, s => VsPayloads.Snapshot(status: s), "deleting", null);
            await deleting.Client.WaitForSnapshotDeletedAsync(VsPayloads.SnapshotId, Fast);
            deleting.Requests.Should().HaveCount(2);
        }

        [Fact]
        public async Task Wait_times_out_with_the_last_state()
        {
            var fake = Sequence(VolumePath, s => VsPayloads.Volume(state: s), "attaching");
            var options = new ScpWaitOptions(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(10));
            var e = await Assert.ThrowsAsync<ScpWaitException>(() => fake.Client.WaitForVolumeAsync(VsPayloads.VolumeId, options));
            e.TimedOut.Should().BeTrue();
            e.LastState.Should().Be("attaching");
        }

        [Fact]
        public void State_tables_follow_the_Cinder_lists()
        {
            foreach (var s in new[] { "creating", "attaching", "detaching", "extending", "deleting", "reverting", "backing-up", "restoring-backup",
                "downloading", "uploading", "retyping", "maintenance" })
                VirtualServerStates.Volume.Settled(s).Should().Be(ScpWaitStatus.Pending, s);
            foreach (var s in new[] { "available", "in-use", "awaiting-transfer" })
                VirtualServerStates.Volume.Settled(s).Should().Be(ScpWaitStatus.Succeeded, s);
            foreach (var s in new[] { "error", "error_deleting", "error_extending", "error_restoring", "error_managing", "error_backing-up" })
                VirtualServerStates.Volume.Settled(s).Should().Be(ScpWaitStatus.Failed, s);
            VirtualServerStates.Snapshot.Settled("creating").Should().Be(ScpWaitStatus.Pending);
            VirtualServerStates.Snapshot.Settled("deleting").Should().Be(ScpWaitStatus.Pending);
            VirtualServerStates.Snapshot.Settled("available").Should().Be(ScpWaitStatus.Succeeded);
            VirtualServerStates.Snapshot.Settled("error_deleting").Should().Be(ScpWaitStatus.Failed);
        }
    }
}

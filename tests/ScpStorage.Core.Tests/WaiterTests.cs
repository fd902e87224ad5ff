using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Waiting;
using Xunit;

namespace ScpStorage.Core.Tests
{
    public class WaiterTests
    {
        private static readonly ScpStateTable Volumes = new ScpStateTable(
            new[] { "creating", "attaching", "detaching", "extending", "deleting", "reverting" },
            new[] { "error", "error_deleting", "error_extending" });

        private static readonly ScpWaitOptions Fast = new ScpWaitOptions(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(20));

        private static ScpRequestFailedException Failure(int? status) =>
            new ScpRequestFailedException("poll failed", status, null, "virtualserver", "ShowVolume", "GET", "http://x/v1/volumes/v", "rid");

        /// <summary>A poll that plays a script: a state string, or an exception to throw.</summary>
        private sealed class Script
        {
            private readonly object[] _steps;
            public Script(params object[] steps) { _steps = steps; }
            public int Polls { get; private set; }
            public Task<string> Poll(CancellationToken ct)
            {
                var step = _steps[Math.Min(Polls, _steps.Length - 1)];
                Polls++;
                return step is Exception e ? Task.FromException<string>(e) : Task.FromResult((string)step);
            }
        }

        private static Task<string> Wait(Script script, ScpWaitOptions? options = null, Action<ScpWaitProgress>? progress = null, CancellationToken ct = default) =>
            ScpWaiter.WaitAsync("Waiting for volume v", script.Poll, s => Volumes.Settled(s), s => s, options ?? Fast, progress, ct);

        [Fact]
        public async Task Returns_when_the_state_settles()
        {
            var script = new Script("creating", "creating", "available");
            (await Wait(script)).Should().Be("available");
            script.Polls.Should().Be(3);
        }

        [Fact]
        public async Task Times_out_with_the_last_state()
        {
            var script = new Script("creating");
            var watch = Stopwatch.StartNew();
            Func<Task> act = () => Wait(script, new ScpWaitOptions(TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(40)));

            var e = (await act.Should().ThrowAsync<ScpWaitException>()).Which;
            watch.Elapsed.Should().BeGreaterOrEqualTo(TimeSpan.FromMilliseconds(290)).And.BeLessThan(TimeSpan.FromSeconds(2));
            e.TimedOut.Should().BeTrue();
            e.LastState.Should().Be("creating");
            e.Message.Should().Contain("creating").And.Contain("Waiting for volume v");
            script.Polls.Should().BeGreaterThan(2);
        }

        [Theory]
        [InlineData("error")]
        [InlineData("ERROR_EXTENDING")]
        public async Task Fails_on_an_error_state(string state)
        {
            var script = new Script("extending", state, "available");
            Func<Task> act = () => Wait(script);
            var e = (await act.Should().ThrowAsync<ScpWaitException>()).Which;
            e.TimedOut.Should().BeFalse();
            e.LastState.Should().Be(state);
            e.Message.Should().Contain(state);
            script.Polls.Should().Be(2);
        }

        [Fact]
        public async Task Tolerates_two_transient_failures_in_a_row()
        {
            var script = new Script(Failure(503), Failure(null), "available");
            (await Wait(script)).Should().Be("available");
            script.Polls.Should().Be(3);
        }

        [Fact]
        public async Task Fails_on_the_third_consecutive_transient_failure()
        {
            var third = Failure(503);
            var script = new Script(Failure(503), Failure(502), third, "available");
            Func<Task> act = () => Wait(script);
            // The third failure, counting the attempts of all three polls (one each here).
            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;
            e.Status.Should().Be(third.Status);
            e.Attempts.Should().Be(3);
            script.Polls.Should().Be(3);
        }

        [Fact]
        public async Task A_good_poll_resets_the_transient_count()
        {
            var script = new Script(Failure(503), Failure(503), "creating", Failure(503), Failure(429), "available");
            (await Wait(script)).Should().Be("available");
            script.Polls.Should().Be(6);
        }

        [Fact]
        public async Task A_final_failure_is_not_tolerated()
        {
            var notFound = Failure(404);
            var script = new Script(notFound, "available");
            Func<Task> act = () => Wait(script);
            (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which.Should().BeSameAs(notFound);
            script.Polls.Should().Be(1);
        }

        [Fact]
        public async Task Reports_progress_while_pending()
        {
            var reports = new List<ScpWaitProgress>();
            var script = new Script("creating", "creating", "attaching", "in-use");
            (await Wait(script, progress: reports.Add)).Should().Be("in-use");

            reports.Should().HaveCount(3);
            reports.Should().OnlyContain(p => p.Activity == "Waiting for volume v" && p.Timeout == Fast.Timeout);
            reports.ConvertAll(p => p.Polls).Should().Equal(1, 2, 3);
            reports.ConvertAll(p => p.State).Should().Equal("creating", "creating", "attaching");
            reports.Should().OnlyContain(p => p.PercentOfTimeout >= 0 && p.PercentOfTimeout <= 100);
            reports[2].Elapsed.Should().BeGreaterOrEqualTo(reports[0].Elapsed);
        }

        [Fact]
        public void Progress_percentage_is_bounded()
        {
            new ScpWaitProgress("a", "s", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), 1).PercentOfTimeout.Should().Be(50);
            new ScpWaitProgress("a", "s", TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(60), 1).PercentOfTimeout.Should().Be(100);
        }

        [Fact]
        public async Task Cancels_promptly_during_a_long_interval()
        {
            var script = new Script("creating");
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));
            var watch = Stopwatch.StartNew();
            Func<Task> act = () => Wait(script, new ScpWaitOptions(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)), ct: cts.Token);
            await act.Should().ThrowAsync<OperationCanceledException>();
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
            script.Polls.Should().Be(1);
        }

        [Fact]
        public void Wait_options_reject_a_non_positive_timeout()
        {
            ((Action)(() => new ScpWaitOptions(TimeSpan.Zero))).Should().Throw<ArgumentOutOfRangeException>();
            ScpWaitOptions.Default.Timeout.Should().Be(TimeSpan.FromMinutes(10));
        }

        [Theory]
        [InlineData("available", ScpWaitStatus.Succeeded)]
        [InlineData("in-use", ScpWaitStatus.Succeeded)]
        [InlineData("AVAILABLE", ScpWaitStatus.Succeeded)]
        [InlineData("creating", ScpWaitStatus.Pending)]
        [InlineData("CREATING", ScpWaitStatus.Pending)]
        [InlineData("Deleting", ScpWaitStatus.Pending)]
        [InlineData(null, ScpWaitStatus.Pending)]
        [InlineData("error", ScpWaitStatus.Failed)]
        [InlineData("ERROR_DELETING", ScpWaitStatus.Failed)]
        public void State_table_classifies_case_insensitively(string? state, ScpWaitStatus expected)
        {
            Volumes.Settled(state).Should().Be(expected);
            Volumes.IsError(state).Should().Be(expected == ScpWaitStatus.Failed);
            Volumes.IsTransitional(state).Should().Be(expected == ScpWaitStatus.Pending && state != null);
        }
    }
}

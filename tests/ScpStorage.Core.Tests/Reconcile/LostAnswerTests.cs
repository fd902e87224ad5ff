using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Http;
using ScpStorage.Core.Logging;
using ScpStorage.Core.Reconcile;
using ScpStorage.Core.Waiting;
using Xunit;

namespace ScpStorage.Core.Tests.Reconcile
{
    /// <summary>
    /// The core of "a lost answer is never a false failure or a duplicate": creates reconcile
    /// before they report, retries that find the work done succeed, and errors count every attempt.
    /// </summary>
    public class LostAnswerTests
    {
        private sealed record Found(string Id, DateTimeOffset? CreatedAt);

        private static ScpRequest Create() => new ScpRequest("virtualserver", "Create Volume", "POST", "/v1/volumes").WithBody(new JObject { ["name"] = "data" });

        private static HttpResponseMessage Created() => FakeHandler.Json(HttpStatusCode.Accepted, "{\"id\":\"new-1\"}");

        private static ScpCreateLookup<Found> Lookup(Func<IReadOnlyList<Found>> find, List<int>? calls = null) =>
            new ScpCreateLookup<Found>("volume 'data'", "Get-ScpVolume -Name 'data'",
                ct => { calls?.Add(1); return Task.FromResult(find()); }, f => f.Id, f => f.CreatedAt);

        private static Task<Found> Send(ScpClient client, ScpCreateLookup<Found>? lookup) =>
            ScpCreates.SendAsync(client, Create(), r => new Found((string)r.Json!["id"]!, null), lookup, CancellationToken.None);

        [Fact]
        public async Task A_create_whose_answer_was_lost_adopts_the_one_resource_it_made()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Status(502));
            var log = new LogSink();
            var result = await Send(TestClients.Client(handler, log), Lookup(() => new[] { new Found("vol-made", DateTimeOffset.UtcNow) }));
            result.Id.Should().Be("vol-made");
            handler.Calls.Should().Be(1, "the POST is never sent twice when its resource exists");
            log.Lines(ScpLogLevel.Verbose).Should().Contain(l => l.Contains("exactly one volume 'data'") && l.Contains("vol-made"));
        }

        [Fact]
        public async Task When_nothing_was_made_the_create_is_sent_again()
        {
            var handler = new FakeHandler((r, n) => n == 1 ? FakeHandler.Status(503) : Created());
            var result = await Send(TestClients.Client(handler), Lookup(() => Array.Empty<Found>()));
            result.Id.Should().Be("new-1");
            handler.Calls.Should().Be(2);
        }

        [Fact]
        public async Task An_older_namesake_is_not_taken_for_the_result()
        {
            var handler = new FakeHandler((r, n) => n == 1 ? FakeHandler.Status(500) : Created());
            var result = await Send(TestClients.Client(handler), Lookup(() => new[] { new Found("vol-old", DateTimeOffset.UtcNow.AddHours(-1)) }));
            result.Id.Should().Be("new-1");
            handler.Calls.Should().Be(2);
        }

        [Fact]
        public async Task Two_candidates_give_an_error_that_says_the_resource_may_exist_and_how_to_check()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Status(504));
            Func<Task> act = () => Send(TestClients.Client(handler), Lookup(() => new[] { new Found("a", null), new Found("b", null) }));
            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;
            e.Message.Should().Contain("may have been created").And.Contain("Get-ScpVolume -Name 'data'").And.Contain("a, b");
            e.Note.Should().NotBeNull();
            handler.Calls.Should().Be(1);
        }

        [Fact]
        public async Task A_failed_lookup_gives_an_error_that_says_the_resource_may_exist()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Status(500));
            var lookup = new ScpCreateLookup<Found>("volume 'data'", "Get-ScpVolume -Name 'data'",
                ct => throw new ScpRequestFailedException("list failed", 503, null, "virtualserver", "List", "GET", "u", "r"), f => f.Id, f => null);
            Func<Task> act = () => Send(TestClients.Client(handler), lookup);
            (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which.Message
                .Should().Contain("may have been created").And.Contain("Get-ScpVolume -Name 'data'");
        }

        [Fact]
        public async Task A_create_without_a_lookup_says_it_may_have_been_carried_out()
        {
            var handler = new FakeHandler((r, n) => throw new HttpRequestException("reset", new IOException("connection reset")));
            Func<Task> act = () => Send(TestClients.Client(handler), null);
            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;
            e.Message.Should().Contain("may have carried out the request");
            handler.Calls.Should().Be(1);
        }

        [Fact]
        public async Task A_definite_refusal_is_not_reconciled()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Status(400));
            var calls = new List<int>();
            Func<Task> act = () => Send(TestClients.Client(handler), Lookup(() => new[] { new Found("x", null) }, calls));
            (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which.Status.Should().Be(400);
            calls.Should().BeEmpty();
        }

        private static ScpRequest Extend() => new ScpRequest("virtualserver", "Extend Volume", "PUT", "/v1/volumes/v/size").WithBody(new JObject { ["size"] = 16 });

        private static Task<string> Resize(ScpClient client, List<int> confirms) =>
            ScpDoneOnRetry.SendAsync(client, async ct => { await client.SendAsync(Extend(), ct); return "sent"; },
                e => e.Status == 400, ct => { confirms.Add(1); return Task.FromResult((true, "confirmed")); }, "resize of volume v to 16 GB", CancellationToken.None);

        [Fact]
        public async Task A_retry_refused_because_the_work_is_done_is_a_success_confirmed_by_reading()
        {
            var handler = new FakeHandler((r, n) => n == 1 ? throw new HttpRequestException("reset", new IOException("reset")) : FakeHandler.Status(400));
            var confirms = new List<int>();
            var log = new LogSink();
            (await Resize(TestClients.Client(handler, log), confirms)).Should().Be("confirmed");
            confirms.Should().HaveCount(1);
            handler.Calls.Should().Be(2);
            log.Lines(ScpLogLevel.Verbose).Should().Contain(l => l.Contains("answer was lost") && l.Contains("resize of volume v"));
        }

        [Fact]
        public async Task A_call_that_ends_on_5xx_after_a_lost_answer_is_settled_by_reading()
        {
            // Attempt 1 is carried out but its answer is lost; every retry then meets a 503.
            var handler = new FakeHandler((r, n) => n == 1 ? throw new HttpRequestException("reset", new IOException("reset")) : FakeHandler.Status(503));
            var confirms = new List<int>();
            (await Resize(TestClients.Client(handler), confirms)).Should().Be("confirmed");
            confirms.Should().HaveCount(1);
            handler.Calls.Should().Be(4);
        }

        [Fact]
        public async Task A_call_whose_check_also_fails_says_it_may_have_happened()
        {
            var handler = new FakeHandler((r, n) => n == 1 ? throw new HttpRequestException("reset", new IOException("reset")) : FakeHandler.Status(503));
            var client = TestClients.Client(handler);
            Func<Task> act = () => ScpDoneOnRetry.SendAsync(client, async ct => { await client.SendAsync(Extend(), ct); return "sent"; },
                e => e.Status == 400, ct => throw new ScpRequestFailedException("read failed", 503, null, "virtualserver", "Show Volume", "GET", "u", "r"),
                "resize of volume v to 16 GB", CancellationToken.None);
            (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which.Message.Should().Contain("check whether the resize of volume v to 16 GB happened");
        }

        [Fact]
        public async Task The_same_refusal_on_a_first_attempt_stays_an_error()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Status(400));
            var confirms = new List<int>();
            Func<Task> act = () => Resize(TestClients.Client(handler), confirms);
            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;
            e.Status.Should().Be(400);
            e.AfterLostAnswer.Should().BeFalse();
            confirms.Should().BeEmpty();
        }

        [Fact]
        public async Task A_wait_that_ends_on_polling_errors_counts_the_attempts_of_every_failed_poll()
        {
            var failure = new ScpRequestFailedException("poll failed", 503, null, "virtualserver", "Show Volume", "GET", "u", "r", attempts: 4);
            var polls = 0;
            Func<Task> act = () => ScpWaiter.WaitAsync<string>("Waiting for volume v", ct => { polls++; return Task.FromException<string>(failure); },
                s => ScpWaitStatus.Pending, s => s, new ScpWaitOptions(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(10)),
                null, CancellationToken.None);
            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;
            polls.Should().Be(3);
            e.Attempts.Should().Be(12);
            e.Message.Should().Contain("12 attempts");
        }
    }
}

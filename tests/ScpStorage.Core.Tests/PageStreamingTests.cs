using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Http;
using ScpStorage.Core.Logging;
using ScpStorage.Core.Paging;
using Xunit;

namespace ScpStorage.Core.Tests
{
    /// <summary>
    /// List pages are decoded as their body arrives (Paging/ScpPageFetch): the first item is out
    /// while the rest of the page is still on the wire, a body cut off mid-page is asked for again
    /// without losing or repeating an item, and cancelling ends a page being read.
    /// </summary>
    public class PageStreamingTests
    {
        private static readonly ScpRequest List = new ScpRequest("virtualserver", "ListVolumes", "GET", "/v1/volumes");
        private static readonly Func<ScpLogLevel, bool> NoDebug = level => level != ScpLogLevel.Debug; // a debug log reads bodies whole

        private static ScpPageSpec Spec(int pageSize = 10) => new ScpPageSpec(ScpPagingStyle.LimitMarker, "volumes", pageSize);

        private static string Item(string id) => "{\"id\":\"" + id + "\",\"name\":\"n-" + id + "\"}";

        private static HttpResponseMessage Streamed(ScriptedStream body) =>
            new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) };

        [Fact]
        public void The_first_item_is_handed_out_before_the_rest_of_the_page_has_arrived()
        {
            var rest = new ManualResetEventSlim();
            var body = new ScriptedStream(
                "{\"volumes\":[" + Item("v1") + ",",
                ScriptedStream.WaitFor(rest),
                Item("v2") + "]}");
            var handler = new FakeHandler((r, n) => Streamed(body));

            using (var items = ScpPager.Stream(TestClients.Client(handler, new LogSink(), logLevels: NoDebug), List, Spec(), CancellationToken.None).GetEnumerator())
            {
                items.MoveNext().Should().BeTrue();
                ((string)items.Current["id"]!).Should().Be("v1");
                body.Waited.Should().BeFalse("the first item came while the rest of the page was still held back");
                rest.Set();
                items.MoveNext().Should().BeTrue();
                ((string)items.Current["id"]!).Should().Be("v2");
                items.MoveNext().Should().BeFalse();
            }
            handler.Calls.Should().Be(1);
        }

        [Fact]
        public void A_page_cut_off_mid_body_is_asked_for_again_and_no_item_is_lost_or_repeated()
        {
            var log = new LogSink();
            var handler = new FakeHandler((r, n) => n == 1
                ? Streamed(new ScriptedStream("{\"volumes\":[" + Item("v1") + "," + Item("v2") + ",{\"id\":\"v", ScriptedStream.Break()))
                : FakeHandler.Json(HttpStatusCode.OK, "{\"volumes\":[" + Item("v1") + "," + Item("v2") + "," + Item("v3") + "]}"));

            var ids = ScpPager.Stream(TestClients.Client(handler, log, logLevels: NoDebug), List, Spec(), CancellationToken.None).Select(i => (string)i["id"]!).ToList();

            ids.Should().Equal("v1", "v2", "v3");
            handler.Calls.Should().Be(2);
            handler.Requests[1].Url.Should().Be(handler.Requests[0].Url, "the same page is asked for again");
            log.Lines(ScpLogLevel.Verbose).Should().Contain(l => l.Contains("broke off after 2 item(s)") && l.Contains("asking for the page again"));
        }

        [Fact]
        public void A_page_not_read_to_its_end_within_the_attempt_time_is_asked_for_again_whole()
        {
            var log = new LogSink();
            var never = new ManualResetEventSlim();
            var handler = new FakeHandler((r, n) => n == 1
                ? Streamed(new ScriptedStream("{\"volumes\":[" + Item("v1") + ",", ScriptedStream.WaitFor(never), Item("v2") + "]}"))
                : FakeHandler.Json(HttpStatusCode.OK, "{\"volumes\":[" + Item("v1") + "," + Item("v2") + "]}"));

            var ids = ScpPager.Stream(TestClients.Client(handler, log, attemptTimeout: TimeSpan.FromMilliseconds(300), logLevels: NoDebug), List, Spec(), CancellationToken.None)
                .Select(i => (string)i["id"]!).ToList();

            ids.Should().Equal("v1", "v2");
            handler.Calls.Should().Be(2);
            log.Lines(ScpLogLevel.Verbose).Should().Contain(l => l.Contains("broke off after 1 item(s)") && l.Contains("time limit"));
        }

        [Fact]
        public void Cancelling_while_a_page_is_being_read_ends_the_listing_at_once()
        {
            var never = new ManualResetEventSlim();
            var handler = new FakeHandler((r, n) => Streamed(new ScriptedStream("{\"volumes\":[" + Item("v1") + ",", ScriptedStream.WaitFor(never), Item("v2") + "]}")));
            using (var cts = new CancellationTokenSource())
            using (var items = ScpPager.Stream(TestClients.Client(handler, new LogSink(), attemptTimeout: TimeSpan.FromSeconds(30), logLevels: NoDebug), List, Spec(), cts.Token).GetEnumerator())
            {
                items.MoveNext().Should().BeTrue();
                cts.CancelAfter(TimeSpan.FromMilliseconds(100));
                var watch = System.Diagnostics.Stopwatch.StartNew();
                FluentActions.Invoking(() => items.MoveNext()).Should().Throw<OperationCanceledException>();
                watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "the read in progress is ended, not waited out");
            }
            handler.Calls.Should().Be(1, "a cancelled listing asks for nothing more");
        }

        [Fact]
        public void Cancelling_ends_the_listing_as_cancelled_even_when_the_closed_body_just_stops_mid_item()
        {
            // Some streams end (read 0) when their response is closed, instead of failing: the JSON is then cut off.
            var never = new ManualResetEventSlim();
            var handler = new FakeHandler((r, n) => Streamed(new ScriptedStream("{\"volumes\":[" + Item("v1") + ",{\"id\":\"v", ScriptedStream.WaitFor(never), "2\"}]}") { EndWhenClosed = true }));
            using (var cts = new CancellationTokenSource())
            using (var items = ScpPager.Stream(TestClients.Client(handler, new LogSink(), attemptTimeout: TimeSpan.FromSeconds(30), logLevels: NoDebug), List, Spec(), cts.Token).GetEnumerator())
            {
                items.MoveNext().Should().BeTrue();
                cts.CancelAfter(TimeSpan.FromMilliseconds(100));
                FluentActions.Invoking(() => items.MoveNext()).Should().Throw<OperationCanceledException>();
            }
        }

        [Fact]
        public void With_the_debug_log_on_the_page_is_read_whole_and_its_body_is_logged()
        {
            var log = new LogSink();
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, "{\"volumes\":[" + Item("v1") + "]}"));
            ScpPager.Stream(TestClients.Client(handler, log), List, Spec(), CancellationToken.None).Should().HaveCount(1);
            log.Lines(ScpLogLevel.Debug).Should().Contain(l => l.StartsWith("Response body:", StringComparison.Ordinal) && l.Contains("n-v1"));
        }
    }

    /// <summary>
    /// A response body sent in scripted steps: text, a wait for the test's signal, or a broken
    /// connection. Disposing it (as closing the response does) ends a wait in progress, as
    /// closing a socket ends a read.
    /// </summary>
    public sealed class ScriptedStream : ReadOnlyTestStream
    {
        private readonly Queue<object> _steps;
        private readonly CancellationTokenSource _closed = new CancellationTokenSource();
        private byte[] _pending = Array.Empty<byte>();
        private int _offset;

        public ScriptedStream(params object[] steps) { _steps = new Queue<object>(steps); }

        public static object WaitFor(ManualResetEventSlim signal) => signal;
        public static object Break() => new IOException("The connection was reset.");

        /// <summary>Closing ends a wait in progress as the end of the body (a read of 0), not as a failure.</summary>
        public bool EndWhenClosed { get; set; }

        /// <summary>A reader got as far as a wait and had to wait there.</summary>
        public bool Waited { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            while (_offset >= _pending.Length)
            {
                if (_steps.Count == 0) return 0;
                var step = _steps.Dequeue();
                if (step is string text) { _pending = Encoding.UTF8.GetBytes(text); _offset = 0; }
                else if (step is Exception e) throw e;
                else if (step is ManualResetEventSlim signal)
                {
                    if (!signal.IsSet) Waited = true;
                    try { signal.Wait(TimeSpan.FromSeconds(20), _closed.Token); }
                    catch (OperationCanceledException)
                    {
                        if (EndWhenClosed) { _steps.Clear(); return 0; }
                        throw new ObjectDisposedException(nameof(ScriptedStream));
                    }
                }
            }
            var n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.Run(() => Read(buffer, offset, count), CancellationToken.None);

        protected override void Dispose(bool disposing)
        {
            if (disposing) _closed.Cancel();
            base.Dispose(disposing);
        }

    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Config;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Http;
using ScpStorage.Core.Http.Pipeline;
using ScpStorage.Core.Logging;
using ScpStorage.Core.Signing;
using Xunit;

namespace ScpStorage.Core.Tests
{
    public class PipelineTests
    {
        private const string Ok = @"{""volumes"":[]}";

        private static ScpRequest ListVolumes() => new ScpRequest("virtualserver", "ListVolumes", "GET", "/v1/volumes");

        private static void ShouldVerify(CapturedRequest r, string method = "GET")
        {
            var expected = ScpSigner.Sign(method, r.Url, r.Header("Scp-Timestamp"), TestClients.AccessKey, TestClients.AccountId, TestClients.Secret);
            r.Header("Scp-Signature").Should().Be(expected, "the signature covers the exact URL on the wire");
        }

        [Fact]
        public async Task Request_carries_SCP_headers_and_a_signature_over_the_exact_url()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, Ok));
            var clock = new FakeClock(TimeSpan.FromSeconds(1));
            var client = TestClients.Client(handler, clock: clock, tweak: s => { s.Language = "ko-KR"; s.AuthToken = new ScpSecret("TOKEN-abc"); });
            var request = ListVolumes().WithQuery("name", "볼륨 01").WithQuery("sort", "created_at:desc").WithQuery("limit", 5);

            var response = await client.SendAsync(request, CancellationToken.None);

            response.Status.Should().Be(200);
            response.Attempts.Should().Be(1);
            var r = handler.Requests.Single();
            r.Method.Should().Be("GET");
            r.Url.Should().Be("http://127.0.0.1:1/virtualserver/v1/volumes?limit=5&name=%EB%B3%BC%EB%A5%A8+01&sort=created_at%3Adesc");
            r.Header("Scp-AccessKey").Should().Be(TestClients.AccessKey);
            r.Header("Scp-Timestamp").Should().Be(ScpSigner.Timestamp(FakeClock.Start));
            r.Header("Scp-ClientType").Should().Be("Openapi");
            r.Header("Scp-AccountId").Should().Be(TestClients.AccountId);
            r.Header("Scp-API-Version").Should().Be("virtualserver 1.1");
            r.Header("Accept-Language").Should().Be("ko-KR");
            r.Header("X-Auth-Token").Should().Be("TOKEN-abc");
            r.Header("X-Request-Id").Should().Be(response.RequestId).And.NotBeEmpty();
            ShouldVerify(r);
        }

        [Fact]
        public async Task Optional_headers_follow_the_connection_and_request()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, Ok));
            var client = TestClients.Client(handler, tweak: s => s.ApiVersions = new Dictionary<string, string> { ["filestorage"] = "1.0" });

            await client.SendAsync(new ScpRequest("iam", "ListEndpoints", "GET", "/v1/endpoints") { Unversioned = true }, CancellationToken.None);
            await client.SendAsync(new ScpRequest("filestorage", "ListVolumes", "GET", "/v1/volumes"), CancellationToken.None);
            await client.SendAsync(new ScpRequest("baremetal-blockstorage", "ListVolumes", "GET", "/v1/volumes"), CancellationToken.None);

            var rs = handler.Requests;
            rs[0].Headers.Should().NotContainKey("Scp-API-Version", "the endpoint catalog is unversioned");
            rs[0].Headers.Should().NotContainKey("X-Auth-Token", "no auth token is configured");
            rs[0].Header("Accept-Language").Should().Be("en-US");
            rs[1].Header("Scp-API-Version").Should().Be("filestorage 1.0");
            rs[2].Header("Scp-API-Version").Should().Be("baremetal-blockstorage 1.3");
            rs[2].Url.Should().StartWith("http://127.0.0.1:1/baremetal-blockstorage/v1/volumes");
        }

        [Fact]
        public async Task Awkward_path_ids_and_query_values_are_sent_as_signed()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, "{}"));
            var client = TestClients.Client(handler);
            var request = new ScpRequest("virtualserver", "ShowVolume", "GET", "/v1/volumes/{volume_id}")
                .WithPath("volume_id", "볼륨 a+b/c:d,e").WithQuery("q", "x y+z/w:v,u");

            await client.SendAsync(request, CancellationToken.None);

            var r = handler.Requests.Single();
            r.Url.Should().Be("http://127.0.0.1:1/virtualserver/v1/volumes/%EB%B3%BC%EB%A5%A8%20a%2Bb%2Fc%3Ad%2Ce?q=x+y%2Bz%2Fw%3Av%2Cu");
            ShouldVerify(r);
        }

        [Fact]
        public async Task Post_body_is_sent_as_json()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.Accepted, ""));
            var client = TestClients.Client(handler);
            var response = await client.SendAsync(new ScpRequest("virtualserver", "CreateVolume", "post", "/v1/volumes")
                .WithBody(new JObject { ["name"] = "v1", ["size"] = 8 }), CancellationToken.None);

            response.Status.Should().Be(202);
            response.Json.Should().BeNull("an empty 202 has no JSON");
            var r = handler.Requests.Single();
            r.Method.Should().Be("POST");
            JToken.DeepEquals(JToken.Parse(r.Body!), new JObject { ["name"] = "v1", ["size"] = 8 }).Should().BeTrue(r.Body);
            r.Header("Content-Type").Should().StartWith("application/json");
            ShouldVerify(r, "POST");
        }

        [Fact]
        public async Task Successful_response_exposes_body_json_and_headers()
        {
            var handler = new FakeHandler((r, n) =>
            {
                var m = FakeHandler.Json(HttpStatusCode.OK, @"{""id"":""v-1"",""created_at"":""2024-07-30T04:54:33.219373""}");
                m.Headers.Add("X-Custom", "abc");
                return m;
            });
            var response = await TestClients.Client(handler).SendAsync(ListVolumes(), CancellationToken.None);
            response.Json!["id"]!.ToString().Should().Be("v-1");
            ((JValue)response.Json!["created_at"]!).Type.Should().Be(JTokenType.String, "dates stay strings for ScpDates");
            response.Headers["x-custom"].Should().Be("abc");
            response.Headers["Content-Type"].Should().StartWith("application/json");
        }

        [Fact]
        public async Task Every_retry_is_signed_again_with_a_fresh_timestamp()
        {
            var handler = new FakeHandler((r, n) => n < 3 ? FakeHandler.Status(503) : FakeHandler.Json(HttpStatusCode.OK, Ok));
            var clock = new FakeClock(TimeSpan.FromSeconds(2));
            var response = await TestClients.Client(handler, clock: clock).SendAsync(ListVolumes(), CancellationToken.None);

            response.Attempts.Should().Be(3);
            var rs = handler.Requests;
            rs.Should().HaveCount(3);
            rs.Select(r => long.Parse(r.Header("Scp-Timestamp"))).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            rs.Select(r => r.Header("Scp-Signature")).Should().OnlyHaveUniqueItems();
            rs.Select(r => r.Header("X-Request-Id")).Distinct().Should().ContainSingle("one logical call keeps its request id");
            foreach (var r in rs) ShouldVerify(r);
        }

        [Theory]
        [InlineData("GET", 408)]
        [InlineData("GET", 429)]
        [InlineData("GET", 500)]
        [InlineData("GET", 502)]
        [InlineData("GET", 503)]
        [InlineData("GET", 504)]
        [InlineData("PUT", 503)]
        [InlineData("DELETE", 500)]
        public async Task Idempotent_calls_are_retried_on_transient_statuses_and_succeed(string method, int status)
        {
            var handler = new FakeHandler((r, n) => n == 1 ? FakeHandler.Status(status) : FakeHandler.Json(HttpStatusCode.OK, Ok));
            var response = await TestClients.Client(handler).SendAsync(new ScpRequest("virtualserver", "Op", method, "/v1/volumes/x"), CancellationToken.None);
            response.Status.Should().Be(200);
            response.Attempts.Should().Be(2);
            handler.Calls.Should().Be(2);
        }

        [Fact]
        public async Task Attempts_are_bounded_by_MaxAttempts()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Status(503));
            var log = new LogSink();
            Func<Task> act = () => TestClients.Client(handler, log).SendAsync(ListVolumes(), CancellationToken.None);

            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;
            e.Status.Should().Be(503);
            handler.Calls.Should().Be(4);
            log.Lines(ScpLogLevel.Verbose).Should().Contain(l => l.Contains("Giving up after 4 attempt(s)"));
        }

        [Fact]
        public async Task MaxAttempts_of_one_means_no_retry()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Status(503));
            Func<Task> act = () => TestClients.Client(handler, tweak: s => s.Retry = ScpRetryOptions.None).SendAsync(ListVolumes(), CancellationToken.None);
            await act.Should().ThrowAsync<ScpRequestFailedException>();
            handler.Calls.Should().Be(1);
        }

        [Theory]
        [InlineData("GET", 400)]
        [InlineData("GET", 401)]
        [InlineData("GET", 403)]
        [InlineData("GET", 404)]
        [InlineData("DELETE", 409)]
        [InlineData("POST", 400)]
        [InlineData("POST", 503)]
        [InlineData("POST", 500)]
        public async Task Final_statuses_and_posts_that_reached_the_server_are_not_retried(string method, int status)
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Status(status));
            Func<Task> act = () => TestClients.Client(handler).SendAsync(new ScpRequest("virtualserver", "Op", method, "/v1/volumes"), CancellationToken.None);
            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;
            e.Status.Should().Be(status);
            handler.Calls.Should().Be(1);
        }

        private sealed class BrokenStream : ReadOnlyTestStream
        {
            private int _reads;
            public override int Read(byte[] buffer, int offset, int count)
            {
                if (_reads++ == 0) { buffer[offset] = (byte)'{'; return 1; }
                throw new IOException("connection reset by peer (test)");
            }
        }

        private static HttpResponseMessage BrokenMidResponse() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new BrokenStream()) };

        [Fact]
        public async Task Post_is_not_retried_when_the_response_breaks_midway()
        {
            var handler = new FakeHandler((r, n) => BrokenMidResponse());
            Func<Task> act = () => TestClients.Client(handler).SendAsync(new ScpRequest("virtualserver", "CreateVolume", "POST", "/v1/volumes"), CancellationToken.None);
            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;
            e.Status.Should().BeNull();
            e.InnerException.Should().NotBeNull();
            handler.Calls.Should().Be(1);
        }

        [Fact]
        public async Task Post_is_not_retried_on_an_IOException_from_the_transport()
        {
            var handler = new FakeHandler((r, n, ct) => Task.FromException<HttpResponseMessage>(new IOException("broken pipe (test)")));
            Func<Task> act = () => TestClients.Client(handler).SendAsync(new ScpRequest("virtualserver", "CreateVolume", "POST", "/v1/volumes"), CancellationToken.None);
            (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which.InnerException.Should().BeOfType<IOException>();
            handler.Calls.Should().Be(1);
        }

        [Fact]
        public async Task Get_is_retried_when_the_response_breaks_midway()
        {
            var handler = new FakeHandler((r, n) => n == 1 ? BrokenMidResponse() : FakeHandler.Json(HttpStatusCode.OK, Ok));
            var response = await TestClients.Client(handler).SendAsync(ListVolumes(), CancellationToken.None);
            response.Attempts.Should().Be(2);
        }

        [Fact]
        public async Task Post_is_retried_when_the_connection_was_refused()
        {
            var handler = new FakeHandler((r, n, ct) => n < 3
                ? Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused (test)", new SocketException((int)SocketError.ConnectionRefused)))
                : Task.FromResult(FakeHandler.Json(HttpStatusCode.Created, @"{""id"":""v""}")));
            var response = await TestClients.Client(handler).SendAsync(new ScpRequest("virtualserver", "CreateVolume", "POST", "/v1/volumes")
                .WithBody(new JObject { ["size"] = 8 }), CancellationToken.None);
            response.Status.Should().Be(201);
            response.Attempts.Should().Be(3);
            handler.Calls.Should().Be(3);
            handler.Requests.Select(r => r.Body).Should().AllBe(@"{""size"":8}", "every attempt sends the whole body again");
        }

        [Fact]
        public async Task Post_to_a_closed_loopback_port_is_retried_then_fails_without_status()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();

            var log = new LogSink();
            var connection = TestClients.Connection(endpoint: $"http://127.0.0.1:{port}/{{service}}");
            using var http = new HttpClient();
            var client = new ScpClient(connection, log.Action, new ScpPipeline(http, TimeSpan.FromSeconds(5)));

            Func<Task> act = () => client.SendAsync(new ScpRequest("virtualserver", "CreateVolume", "POST", "/v1/volumes")
                .WithBody(new JObject { ["size"] = 8 }), CancellationToken.None);

            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;
            e.Status.Should().BeNull();
            e.InnerException.Should().NotBeNull();
            e.Method.Should().Be("POST");
            e.Service.Should().Be("virtualserver");
            e.Operation.Should().Be("CreateVolume");
            e.Url.Should().Be($"http://127.0.0.1:{port}/virtualserver/v1/volumes");
            e.Message.Should().Contain("4 attempts");
            e.Attempts.Should().Be(4);
            Enumerable.Range(1, 4).Should().OnlyContain(i => log.Lines(ScpLogLevel.Verbose).Count(l => l.Contains($"(attempt {i}/4")) == 1);
        }

        [Fact]
        public async Task Retry_After_seconds_is_honoured()
        {
            var handler = new FakeHandler((r, n) =>
            {
                if (n > 1) return FakeHandler.Json(HttpStatusCode.OK, Ok);
                var m = FakeHandler.Status(429);
                m.Headers.Add("Retry-After", "1");
                return m;
            });
            var log = new LogSink();
            var client = TestClients.Client(handler, log, s => s.Retry = new ScpRetryOptions(4, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)));

            var watch = Stopwatch.StartNew();
            await client.SendAsync(ListVolumes(), CancellationToken.None);
            watch.Stop();

            watch.Elapsed.Should().BeGreaterThan(TimeSpan.FromMilliseconds(900));
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(4));
            log.Lines(ScpLogLevel.Verbose).Should().Contain(l => l.Contains("Retrying in 1.0 s") && l.Contains("status 429") && l.Contains("Retry-After"));
        }

        [Fact]
        public async Task Retry_After_as_a_date_is_measured_against_the_pipeline_clock()
        {
            var handler = new FakeHandler((r, n) =>
            {
                if (n > 1) return FakeHandler.Json(HttpStatusCode.OK, Ok);
                var m = FakeHandler.Status(503);
                m.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(FakeClock.Start.AddSeconds(1));
                return m;
            });
            var log = new LogSink();
            var client = TestClients.Client(handler, log, s => s.Retry = new ScpRetryOptions(4, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)),
                clock: new FakeClock(TimeSpan.Zero));

            await client.SendAsync(ListVolumes(), CancellationToken.None);

            log.Lines(ScpLogLevel.Verbose).Should().Contain(l => l.Contains("Retrying in 1.0 s") && l.Contains("Retry-After"));
        }

        [Fact]
        public async Task A_POST_throttled_with_429_was_not_processed_and_is_retried()
        {
            var handler = new FakeHandler((r, n) => n == 1 ? FakeHandler.Status(429) : FakeHandler.Json(HttpStatusCode.Accepted, Ok));
            var response = await TestClients.Client(handler).SendAsync(new ScpRequest("virtualserver", "CreateVolume", "POST", "/v1/volumes")
                .WithBody(new JObject { ["size"] = 8 }), CancellationToken.None);
            response.Status.Should().Be(202);
            response.Attempts.Should().Be(2);
            handler.Calls.Should().Be(2);
        }

        [Fact]
        public async Task Retry_After_longer_than_MaxDelay_is_honoured_within_the_total_budget()
        {
            var handler = new FakeHandler((r, n) =>
            {
                if (n > 1) return FakeHandler.Json(HttpStatusCode.OK, Ok);
                var m = FakeHandler.Status(429);
                m.Headers.Add("Retry-After", "1");
                return m;
            });
            var log = new LogSink();
            // MaxDelay 50 ms (our own schedule) but the server asked for 1 s: the server wins.
            var client = TestClients.Client(handler, log, s => s.Retry = new ScpRetryOptions(4, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(10)));
            var watch = Stopwatch.StartNew();
            await client.SendAsync(ListVolumes(), CancellationToken.None);

            watch.Elapsed.Should().BeGreaterThan(TimeSpan.FromMilliseconds(900));
            handler.Calls.Should().Be(2);
            log.Lines(ScpLogLevel.Verbose).Should().Contain(l => l.Contains("Retrying in 1.0 s") && l.Contains("Retry-After"));
        }

        [Fact]
        public async Task Retry_After_past_the_total_budget_gives_up_at_once_and_says_so()
        {
            var handler = new FakeHandler((r, n) =>
            {
                var m = FakeHandler.Status(503);
                m.Headers.Add("Retry-After", "30");
                return m;
            });
            var log = new LogSink();
            var watch = Stopwatch.StartNew();
            Func<Task> act = () => TestClients.Client(handler, log, s => s.Retry = new ScpRetryOptions(4, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(10)))
                .SendAsync(ListVolumes(), CancellationToken.None);
            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3));
            e.Attempts.Should().Be(1);
            e.Message.Should().Contain("1 attempt.");
            log.Lines(ScpLogLevel.Verbose).Should().Contain(l => l.Contains("Giving up after 1 attempt(s)") && l.Contains("10 s limit"));
        }

        [Fact]
        public async Task A_status_error_says_how_many_attempts_were_made()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Status(500));
            Func<Task> act = () => TestClients.Client(handler).SendAsync(ListVolumes(), CancellationToken.None);
            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;
            e.Attempts.Should().Be(4);
            e.Message.Should().Contain("failed with 500").And.Contain("4 attempts");
            e.MayHaveBeenProcessed.Should().BeTrue("a 500 does not say the request was not carried out");
        }

        [Fact]
        public async Task Retries_stop_at_MaxTotalTime()
        {
            var handler = new FakeHandler((r, n) =>
            {
                var m = FakeHandler.Status(503);
                m.Headers.Add("Retry-After", "2");
                return m;
            });
            var log = new LogSink();
            var client = TestClients.Client(handler, log, s => s.Retry = new ScpRetryOptions(10, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1)));
            var watch = Stopwatch.StartNew();
            Func<Task> act = () => client.SendAsync(ListVolumes(), CancellationToken.None);
            await act.Should().ThrowAsync<ScpRequestFailedException>();
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
            handler.Calls.Should().Be(1);
            log.Lines(ScpLogLevel.Verbose).Should().Contain(l => l.Contains("Giving up"));
        }

        [Fact]
        public async Task Cancellation_stops_a_slow_request_promptly()
        {
            var handler = new FakeHandler(async (r, n, ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return FakeHandler.Status(200);
            });
            var client = TestClients.Client(handler, attemptTimeout: TimeSpan.FromSeconds(30));
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            var watch = Stopwatch.StartNew();

            Func<Task> act = () => client.SendAsync(ListVolumes(), cts.Token);

            await act.Should().ThrowAsync<OperationCanceledException>();
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
            handler.Calls.Should().Be(1, "a cancelled call is not retried");
        }

        [Fact]
        public async Task Cancellation_stops_a_retry_wait_promptly_also_through_the_synchronous_Send()
        {
            var handler = new FakeHandler((r, n) =>
            {
                var m = FakeHandler.Status(503);
                m.Headers.Add("Retry-After", "20");
                return m;
            });
            var client = TestClients.Client(handler, tweak: s => s.Retry = new ScpRetryOptions(4, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60)));
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            var watch = Stopwatch.StartNew();

            Func<Task> act = () => Task.Run(() => client.Send(ListVolumes(), cts.Token));

            await act.Should().ThrowAsync<OperationCanceledException>();
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
            handler.Calls.Should().Be(1);
        }

        [Fact]
        public async Task An_attempt_that_times_out_is_a_transport_failure_and_is_retried()
        {
            var handler = new FakeHandler(async (r, n, ct) =>
            {
                if (n == 1) await Task.Delay(Timeout.Infinite, ct);
                return FakeHandler.Json(HttpStatusCode.OK, Ok);
            });
            var log = new LogSink();
            var response = await TestClients.Client(handler, log, attemptTimeout: TimeSpan.FromMilliseconds(200)).SendAsync(ListVolumes(), CancellationToken.None);
            response.Attempts.Should().Be(2);
            log.Lines(ScpLogLevel.Verbose).Should().Contain(l => l.Contains("no response"));
        }

        [Fact]
        public async Task Errors_body_shape_fills_the_exception()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.NotFound,
                @"{""errors"":[{""status"":404,""code"":""NOT_FOUND"",""title"":""Not Found"",""detail"":""Volume v-1 was not found.""}]}"));
            var client = TestClients.Client(handler);
            var request = new ScpRequest("virtualserver", "ShowVolume", "GET", "/v1/volumes/{volume_id}").WithPath("volume_id", "v-1").WithQuery("auth_key", "QUERY-SECRET");

            Func<Task> act = () => client.SendAsync(request, CancellationToken.None);

            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;
            e.Status.Should().Be(404);
            e.ErrorCode.Should().Be("NOT_FOUND");
            e.ErrorDetail.Should().Be("Volume v-1 was not found.");
            e.Error!.Title.Should().Be("Not Found");
            e.Service.Should().Be("virtualserver");
            e.Operation.Should().Be("ShowVolume");
            e.Method.Should().Be("GET");
            e.Url.Should().Be("http://127.0.0.1:1/virtualserver/v1/volumes/v-1?auth_key=<redacted>");
            e.RequestId.Should().Be(handler.Requests.Single().Header("X-Request-Id"));
            e.Message.Should().Contain("404").And.Contain("NOT_FOUND").And.Contain("Volume v-1 was not found.").And.NotContain("QUERY-SECRET");
            e.ToString().Should().NotContain("QUERY-SECRET");
            e.InnerException.Should().BeNull();
        }

        [Fact]
        public async Task Errors_body_with_a_detail_list()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.Conflict,
                @"{""errors"":[{""status"":409,""code"":""CONFLICT"",""title"":""Conflict"",""detail"":[""Volume is in-use."",""Detach it first.""]}]}"));
            Func<Task> act = () => TestClients.Client(handler).SendAsync(new ScpRequest("virtualserver", "DeleteVolume", "DELETE", "/v1/volumes/v"), CancellationToken.None);
            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;
            e.Status.Should().Be(409);
            e.ErrorCode.Should().Be("CONFLICT");
            e.ErrorDetail.Should().Contain("Volume is in-use.").And.Contain("Detach it first.");
            e.Method.Should().Be("DELETE");
        }

        [Fact]
        public async Task Validation_body_shape_fills_the_exception()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Json((HttpStatusCode)422,
                @"{""detail"":[{""loc"":[""body"",""size""],""msg"":""ensure this value is greater than or equal to 8"",""type"":""value_error.number.not_ge""}]}"));
            Func<Task> act = () => TestClients.Client(handler).SendAsync(new ScpRequest("virtualserver", "CreateVolume", "POST", "/v1/volumes")
                .WithBody(new JObject { ["size"] = 1 }), CancellationToken.None);
            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;
            e.Status.Should().Be(422);
            e.ErrorCode.Should().Be("VALIDATION_ERROR");
            e.ErrorDetail.Should().Contain("body.size").And.Contain("ensure this value is greater than or equal to 8");
            e.ValidationErrors.Should().ContainSingle();
            e.ValidationErrors[0].Location.Should().Be("body.size");
            e.ValidationErrors[0].Type.Should().Be("value_error.number.not_ge");
            e.Message.Should().Contain("body.size");
        }

        [Fact]
        public async Task Non_json_error_body_still_gives_a_readable_error()
        {
            var handler = new FakeHandler((r, n) => new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("<html>bad</html>") });
            Func<Task> act = () => TestClients.Client(handler).SendAsync(ListVolumes(), CancellationToken.None);
            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;
            e.Status.Should().Be(400);
            e.Error.Should().BeNull();
            e.ErrorCode.Should().BeNull();
            e.ValidationErrors.Should().BeEmpty();
            e.Message.Should().Contain("400").And.Contain("Bad Request");
        }

        [Fact]
        public async Task Logs_show_each_attempt_and_never_the_secret_token_or_signature()
        {
            const string token = "TOKEN-never-log-3391";
            const string password = "P@ss-never-log-8812";
            var handler = new FakeHandler((r, n) => n < 3
                ? FakeHandler.Json(HttpStatusCode.ServiceUnavailable, @"{""errors"":[{""code"":""BUSY"",""detail"":""try later""}]}")
                : FakeHandler.Json(HttpStatusCode.OK, @"{""id"":""v"",""auth_key"":""RESPONSE-KEY-1234""}"));
            var log = new LogSink();
            var client = TestClients.Client(handler, log, s => s.AuthToken = new ScpSecret(token));

            var response = await client.SendAsync(new ScpRequest("virtualserver", "ResetPassword", "PUT", "/v1/servers/{id}")
                .WithPath("id", "s-1").WithQuery("auth_key", "QUERY-KEY-5678")
                .WithBody(new JObject { ["password"] = password, ["nested"] = new JObject { ["auth_key"] = "BODY-KEY-9999" } }), CancellationToken.None);

            response.Attempts.Should().Be(3);
            var signatures = handler.Requests.Select(r => r.Header("Scp-Signature")).ToList();
            signatures.Should().HaveCount(3);

            for (int i = 1; i <= 3; i++)
                log.Lines(ScpLogLevel.Verbose).Count(l => l.Contains($"(attempt {i}/4")).Should().Be(1, "attempt {0} is logged once", i);

            var debug = log.Lines(ScpLogLevel.Debug).Where(l => l.StartsWith("Request headers:")).ToList();
            debug.Should().HaveCount(3);
            debug.Should().OnlyContain(l => l.Contains("Scp-Signature: <redacted>") && l.Contains("X-Auth-Token: <redacted>"));

            var all = log.AllText;
            foreach (var forbidden in signatures.Concat(new[] { TestClients.Secret, token, password, "QUERY-KEY-5678", "BODY-KEY-9999", "RESPONSE-KEY-1234" }))
                all.Should().NotContain(forbidden);
        }

        [Fact]
        public async Task Failed_calls_never_show_the_secret_or_signature_in_message_or_ToString()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Status(503));
            var log = new LogSink();
            var client = TestClients.Client(handler, log, s => s.AuthToken = new ScpSecret("TOKEN-x-4411"));
            Func<Task> act = () => client.SendAsync(ListVolumes(), CancellationToken.None);
            var e = (await act.Should().ThrowAsync<ScpRequestFailedException>()).Which;

            var texts = new[] { e.Message, e.ToString(), log.AllText, client.Connection.ToString() };
            foreach (var forbidden in handler.Requests.Select(r => r.Header("Scp-Signature")).Concat(new[] { TestClients.Secret, "TOKEN-x-4411" }))
                texts.Should().OnlyContain(t => !t.Contains(forbidden));
        }

        [Fact]
        public async Task Expired_pinned_version_warns_before_the_call()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, Ok));
            var log = new LogSink();
            var client = TestClients.Client(handler, log, s => s.ApiVersions = new Dictionary<string, string> { ["virtualserver"] = "1.0" });

            await client.SendAsync(ListVolumes(), CancellationToken.None);

            log.Events.Where(e => e.Level == ScpLogLevel.Warning).Should().ContainSingle()
                .Which.Message.Should().Contain("virtualserver 1.0").And.Contain("2025-12-31").And.Contain("1.1");
            handler.Requests.Single().Header("Scp-API-Version").Should().Be("virtualserver 1.0", "the pin is still honoured");
        }

        [Fact]
        public async Task Current_version_gives_no_warning_and_an_unknown_pin_does()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, Ok));
            var quiet = new LogSink();
            await TestClients.Client(handler, quiet).SendAsync(ListVolumes(), CancellationToken.None);
            quiet.Lines(ScpLogLevel.Warning).Should().BeEmpty();

            var loud = new LogSink();
            await TestClients.Client(handler, loud, s => s.ApiVersions = new Dictionary<string, string> { ["virtualserver"] = "9.9" })
                .SendAsync(ListVolumes(), CancellationToken.None);
            loud.Lines(ScpLogLevel.Warning).Should().ContainSingle().Which.Should().Contain("virtualserver 9.9");
        }

        [Fact]
        public async Task Works_without_a_log_sink()
        {
            var handler = new FakeHandler((r, n) => n == 1 ? FakeHandler.Status(503) : FakeHandler.Json(HttpStatusCode.OK, Ok));
            var response = await TestClients.Client(handler, log: null, tweak: s => s.ApiVersions = new Dictionary<string, string> { ["virtualserver"] = "1.0" })
                .SendAsync(ListVolumes(), CancellationToken.None);
            response.Attempts.Should().Be(2);
        }
    }
}

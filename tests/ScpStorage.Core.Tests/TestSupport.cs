using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Config;
using ScpStorage.Core.Http;
using ScpStorage.Core.Http.Pipeline;
using ScpStorage.Core.Logging;

namespace ScpStorage.Core.Tests
{
    /// <summary>What the fake handler saw of one request.</summary>
    public sealed class CapturedRequest
    {
        public CapturedRequest(string method, string url, IReadOnlyDictionary<string, string> headers, string? body)
        { Method = method; Url = url; Headers = headers; Body = body; }
        public string Method { get; }
        /// <summary>RequestUri.AbsoluteUri: the string that goes on the wire.</summary>
        public string Url { get; }
        public IReadOnlyDictionary<string, string> Headers { get; }
        public string? Body { get; }
        public string Header(string name) => Headers.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException("header " + name + " not sent");
        public IReadOnlyList<KeyValuePair<string, string>> Query => TestUrl.ParseQuery(Url);
        public string? QueryValue(string key) => Query.Where(kv => kv.Key == key).Select(kv => kv.Value).FirstOrDefault();
    }

    /// <summary>An HttpMessageHandler that answers from a delegate and records every request.</summary>
    public sealed class FakeHandler : HttpMessageHandler
    {
        private readonly Func<CapturedRequest, int, CancellationToken, Task<HttpResponseMessage>> _respond;
        private readonly List<CapturedRequest> _requests = new List<CapturedRequest>();

        public FakeHandler(Func<CapturedRequest, int, CancellationToken, Task<HttpResponseMessage>> respond) { _respond = respond; }

        public FakeHandler(Func<CapturedRequest, int, HttpResponseMessage> respond)
            : this((r, n, ct) => Task.FromResult(respond(r, n))) { }

        public IReadOnlyList<CapturedRequest> Requests { get { lock (_requests) return _requests.ToList(); } }
        public int Calls { get { lock (_requests) return _requests.Count; } }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
            var body = request.Content == null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            var captured = new CapturedRequest(request.Method.Method, request.RequestUri!.AbsoluteUri, headers, body);
            int n;
            lock (_requests) { _requests.Add(captured); n = _requests.Count; }
            var response = await _respond(captured, n, cancellationToken);
            response.RequestMessage = request;
            return response;
        }

        public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
            new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

        public static HttpResponseMessage Status(int status) => new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent("") };
    }

    /// <summary>A response body for tests: read-only and not seekable, as a network stream is; a subclass says what a read returns.</summary>
    public abstract class ReadOnlyTestStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A clock that moves forward by <c>step</c> every time it is read.</summary>
    public sealed class FakeClock
    {
        public static readonly DateTimeOffset Start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        private DateTimeOffset _now;
        private readonly TimeSpan _step;
        public FakeClock(TimeSpan step) { _now = Start; _step = step; }
        public int Reads { get; private set; }
        public DateTimeOffset Now()
        {
            lock (this) { var t = _now; _now += _step; Reads++; return t; }
        }
    }

    /// <summary>Collects log events from Core.</summary>
    public sealed class LogSink
    {
        private readonly List<ScpLogEvent> _events = new List<ScpLogEvent>();
        public void Write(ScpLogEvent e) { lock (_events) _events.Add(e); }
        public Action<ScpLogEvent> Action => Write;
        public IReadOnlyList<ScpLogEvent> Events { get { lock (_events) return _events.ToList(); } }
        public IEnumerable<string> Lines(ScpLogLevel level) => Events.Where(e => e.Level == level).Select(e => e.Message);
        public string AllText => string.Join("\n", Events.Select(e => e.ToString()));
    }

    /// <summary>A temporary home folder holding .scpconf files; deleted on dispose.</summary>
    public sealed class TempHome : IDisposable
    {
        public TempHome()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "scp-core-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Folder(string? profile) => ScpConfigFiles.Folder(Path, profile);

        public TempHome Write(string fileName, string content, string? profile = null)
        {
            var folder = Folder(profile);
            Directory.CreateDirectory(folder);
            File.WriteAllText(System.IO.Path.Combine(folder, fileName), content);
            return this;
        }

        public TempHome Config(string json, string? profile = null) => Write("config.json", json, profile);
        public TempHome Credentials(string json, string? profile = null) => Write("credentials.json", json, profile);

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    public static class TestEnv
    {
        public static Func<string, string?> Of(params (string Name, string Value)[] vars)
        {
            var d = vars.ToDictionary(v => v.Name, v => v.Value);
            return name => d.TryGetValue(name, out var v) ? v : null;
        }

        public static readonly Func<string, string?> Empty = _ => null;

        /// <summary>A home folder that does not exist: no config files at all.</summary>
        public static string NoHome => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "scp-core-tests-nohome-" + Guid.NewGuid().ToString("N"));
    }

    public static class TestUrl
    {
        /// <summary>Splits a query ('+' is a space) into unescaped pairs, in order.</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> ParseQuery(string url)
        {
            int q = url.IndexOf('?');
            if (q < 0 || q == url.Length - 1) return Array.Empty<KeyValuePair<string, string>>();
            return url.Substring(q + 1).Split('&').Select(p =>
            {
                int eq = p.IndexOf('=');
                var k = eq < 0 ? p : p.Substring(0, eq);
                var v = eq < 0 ? "" : p.Substring(eq + 1);
                return new KeyValuePair<string, string>(Unescape(k), Unescape(v));
            }).ToList();
        }

        public static string Unescape(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));
    }

    /// <summary>Builds a pipeline/client over a fake handler with a connection resolved the normal way.</summary>
    public static class TestClients
    {
        public const string AccessKey = "AK-test-0001";
        public const string Secret = "S3cr3t-Key/With+Chars=";
        public const string AccountId = "acct-42";

        public static ScpRetryOptions FastRetry => new ScpRetryOptions(4, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(10));

        public static ScpSettings Settings(string endpoint = "http://127.0.0.1:1/{service}") => new ScpSettings
        {
            AccessKey = AccessKey,
            SecretKey = new ScpSecret(Secret),
            AccountId = AccountId,
            Region = "kr-west1",
            Environment = "e",
            EndpointUrl = endpoint,
            Retry = FastRetry,
        };

        public static ScpConnection Connection(Action<ScpSettings>? tweak = null, string endpoint = "http://127.0.0.1:1/{service}")
        {
            var s = Settings(endpoint);
            tweak?.Invoke(s);
            return new ScpConfigResolver(TestEnv.Empty, TestEnv.NoHome).Resolve(s, null);
        }

        public static ScpClient Client(HttpMessageHandler handler, LogSink? log = null, Action<ScpSettings>? tweak = null, FakeClock? clock = null,
            TimeSpan? attemptTimeout = null, Func<ScpLogLevel, bool>? logLevels = null)
        {
            var c = clock ?? new FakeClock(TimeSpan.FromSeconds(1));
            var pipeline = new ScpPipeline(new HttpClient(handler), attemptTimeout ?? TimeSpan.FromSeconds(5), c.Now);
            return new ScpClient(Connection(tweak), log?.Action, pipeline, logLevels);
        }
    }
}

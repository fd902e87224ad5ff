using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using ScpStorage.Core.Backup;

namespace ScpStorage.Core.Tests.Backup
{
    /// <summary>A fake Backup endpoint: answers by "METHOD /path" (after /backup, without the query) and records every request.</summary>
    public sealed class BkFake
    {
        private readonly Dictionary<string, Func<CapturedRequest, HttpResponseMessage>> _routes =
            new Dictionary<string, Func<CapturedRequest, HttpResponseMessage>>(StringComparer.Ordinal);

        public BkFake()
        {
            Handler = new FakeHandler((r, n) =>
            {
                var key = r.Method + " " + PathOf(r);
                lock (_routes)
                    if (_routes.TryGetValue(key, out var respond)) return respond(r);
                return FakeHandler.Json(HttpStatusCode.NotFound, "{\"errors\":[{\"status\":404,\"code\":\"NOT_FOUND\",\"detail\":\"no route " + key + "\"}]}");
            });
            Client = new BackupClient(TestClients.Client(Handler));
        }

        public FakeHandler Handler { get; }
        public BackupClient Client { get; }
        public IReadOnlyList<CapturedRequest> Requests => Handler.Requests;
        public CapturedRequest Last => Handler.Requests.Last();
        public IEnumerable<CapturedRequest> To(string method, string path) => Requests.Where(r => r.Method == method && PathOf(r) == path);

        public BkFake On(string method, string path, Func<CapturedRequest, HttpResponseMessage> respond)
        {
            lock (_routes) _routes[method + " " + path] = respond;
            return this;
        }

        public BkFake On(string method, string path, int status, string json) =>
            On(method, path, _ => FakeHandler.Json((HttpStatusCode)status, json));

        public static string PathOf(CapturedRequest r)
        {
            var path = new Uri(r.Url).AbsolutePath;
            const string prefix = "/backup";
            return Uri.UnescapeDataString(path.StartsWith(prefix, StringComparison.Ordinal) ? path.Substring(prefix.Length) : path);
        }

        public const string Sync = "{\"request_id\":\"req-1\",\"resource\":{\"id\":\"\",\"links\":[]}}";
        public static HttpResponseMessage NotFound() => FakeHandler.Json(HttpStatusCode.NotFound, "{\"errors\":[{\"status\":404,\"code\":\"NOT_FOUND\",\"detail\":\"gone\"}]}");
        public static string Page(params string[] items) => "{\"contents\":[" + string.Join(",", items) + "],\"count\":" + items.Length + "}";
    }
}

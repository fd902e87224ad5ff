using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Core.Tests.ArchiveStorage
{
    /// <summary>A fake Archive Storage endpoint: answers by "METHOD /path" (without the /archivestorage prefix and query) and records every request.</summary>
    public sealed class ArchiveFake
    {
        private readonly Dictionary<string, Func<CapturedRequest, HttpResponseMessage>> _routes =
            new Dictionary<string, Func<CapturedRequest, HttpResponseMessage>>(StringComparer.Ordinal);

        public ArchiveFake()
        {
            Handler = new FakeHandler((r, n) =>
            {
                var key = r.Method + " " + PathOf(r);
                lock (_routes)
                    if (_routes.TryGetValue(key, out var respond)) return respond(r);
                return FakeHandler.Json(HttpStatusCode.NotFound, "{\"errors\":[{\"status\":404,\"code\":\"NOT_FOUND\",\"detail\":\"no route " + key + "\"}]}");
            });
            Client = new ArchiveStorageClient(TestClients.Client(Handler));
        }

        public FakeHandler Handler { get; }
        public ArchiveStorageClient Client { get; }
        public IReadOnlyList<CapturedRequest> Requests => Handler.Requests;

        public ArchiveFake On(string method, string path, Func<CapturedRequest, HttpResponseMessage> respond)
        {
            lock (_routes) _routes[method + " " + path] = respond;
            return this;
        }

        public ArchiveFake On(string method, string path, int status, string json) =>
            On(method, path, _ => json.Length == 0 ? FakeHandler.Status(status) : FakeHandler.Json((HttpStatusCode)status, json));

        public static string PathOf(CapturedRequest r)
        {
            var path = new Uri(r.Url).AbsolutePath;
            const string prefix = "/archivestorage";
            return Uri.UnescapeDataString(path.StartsWith(prefix, StringComparison.Ordinal) ? path.Substring(prefix.Length) : path);
        }

        /// <summary>An example response of seed 003 section 1, kept in TestData/ArchiveStorage/&lt;Operation&gt;.json.</summary>
        public static string Example(string operation) =>
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "ArchiveStorage", operation + ".json"));

        public static IEnumerable<string> ExampleNames() =>
            Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "ArchiveStorage"), "*.json").Select(Path.GetFileNameWithoutExtension)!;
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Signing;

namespace ScpStorage.Core.Config
{
    /// <summary>A service's base URL and where it came from (for Get-ScpContext).</summary>
    public sealed class ScpServiceEndpoint
    {
        public ScpServiceEndpoint(string url, string source) { Url = url; Source = source; }
        public string Url { get; }
        public string Source { get; }
        public override string ToString() => $"{Url} ({Source})";
    }

    /// <summary>
    /// SCP's IAM endpoint catalog, <c>GET {auth-url}/endpoints</c> (signed, no Scp-API-Version;
    /// SCP-API-FACTS.md). SCP's own SDK and Terraform provider, given an auth URL and no endpoint
    /// override, take every service's URL from it; so does the module. It is read once per process
    /// per auth URL; a failed read is not kept, so the next call tries again, and until then the
    /// default template is used (the source says why).
    /// </summary>
    public static class ScpEndpointCatalog
    {
        private static readonly HttpClient Http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        private static readonly ConcurrentDictionary<string, IReadOnlyList<Entry>> Loaded =
            new ConcurrentDictionary<string, IReadOnlyList<Entry>>(StringComparer.OrdinalIgnoreCase);

        /// <summary>How many times the catalog was fetched in this process (tests prove "once per auth URL").</summary>
        public static int Fetches => _fetches;
        private static int _fetches;

        /// <summary>The URL of <paramref name="service"/> in the connection's region, from the catalog.</summary>
        internal static ScpServiceEndpoint Find(ScpConnection c, string service, Func<string> fallback)
        {
            var authUrl = c.AuthUrl!.TrimEnd('/');
            IReadOnlyList<Entry> entries;
            try { entries = Loaded.TryGetValue(authUrl, out var known) ? known : Loaded.GetOrAdd(authUrl, Fetch(c, authUrl)); }
            catch (Exception e) when (e is HttpRequestException || e is System.Threading.Tasks.TaskCanceledException || e is Newtonsoft.Json.JsonException
                                      || e is InvalidOperationException)
            {
                return new ScpServiceEndpoint(fallback(), $"default template (IAM catalog at {authUrl} unavailable: {e.Message})");
            }
            var match = entries.FirstOrDefault(x => x.Is(service) && string.Equals(x.Region, c.Region, StringComparison.OrdinalIgnoreCase))
                        ?? entries.FirstOrDefault(x => x.Is(service) && string.IsNullOrEmpty(x.Region));
            return match == null
                ? new ScpServiceEndpoint(fallback(), $"default template ({service} in {c.Region} is not in the IAM catalog at {authUrl})")
                : new ScpServiceEndpoint(match.Url.TrimEnd('/'), $"IAM catalog at {authUrl}");
        }

        private static IReadOnlyList<Entry> Fetch(ScpConnection c, string authUrl)
        {
            System.Threading.Interlocked.Increment(ref _fetches);
            var url = authUrl + "/endpoints";
            var timestamp = ScpSigner.Timestamp(DateTimeOffset.UtcNow);
            using (var request = new HttpRequestMessage(HttpMethod.Get, url))
            {
                var h = request.Headers;
                h.TryAddWithoutValidation("Scp-AccessKey", c.AccessKey);
                h.TryAddWithoutValidation("Scp-Signature", ScpSigner.Sign("GET", url, timestamp, c.AccessKey, c.AccountId, c.SecretKey.Reveal()));
                h.TryAddWithoutValidation("Scp-Timestamp", timestamp);
                h.TryAddWithoutValidation("Scp-ClientType", ScpSigner.ClientType);
                h.TryAddWithoutValidation("Scp-AccountId", c.AccountId);
                h.TryAddWithoutValidation("Accept", "application/json");
                // The token belongs to this identity and the auth URL is this identity's own target.
                if (c.AuthToken != null) h.TryAddWithoutValidation("X-Auth-Token", c.AuthToken.Reveal());
                using (var response = Http.SendAsync(request).ConfigureAwait(false).GetAwaiter().GetResult())
                {
                    if (!response.IsSuccessStatusCode)
                        throw new InvalidOperationException($"{(int)response.StatusCode} {response.ReasonPhrase}");
                    var body = JObject.Parse(response.Content.ReadAsStringAsync().ConfigureAwait(false).GetAwaiter().GetResult());
                    return (body["endpoints"] as JArray ?? new JArray()).OfType<JObject>()
                        .Select(o => new Entry((string?)o["service_type"], (string?)o["service_name"], (string?)o["region"], (string?)o["url"]))
                        .Where(e => !string.IsNullOrEmpty(e.Url)).ToList();
                }
            }
        }

        private sealed class Entry
        {
            public Entry(string? type, string? name, string? region, string? url) { Type = type; Name = name; Region = region; Url = url ?? ""; }
            public string? Type { get; }
            public string? Name { get; }
            public string? Region { get; }
            public string Url { get; }

            /// <summary>SCP names services "scp-filestorage" in service_type; service_name may be the bare name.</summary>
            public bool Is(string service) =>
                string.Equals(Type, "scp-" + service, StringComparison.OrdinalIgnoreCase) || string.Equals(Name, service, StringComparison.OrdinalIgnoreCase);
        }
    }
}

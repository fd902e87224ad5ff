using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Config;
using ScpStorage.Core.Signing;

namespace ScpStorage.Benchmarks.Shared;

/// <summary>
/// The floor for one SCP call: a long-lived HttpClient (the handler settings of
/// Core/Http/Pipeline/ScpPipeline.CreateHttpClient), ScpSigner and the headers SigningPolicy
/// sets, the body read as a string, and nothing else (no retry, logging, JSON or PowerShell).
/// </summary>
public sealed class BareClient : IDisposable
{
    private readonly HttpClient _http;

    public BareClient()
    {
        var handler = new HttpClientHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 64,
        };
        _http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Signed GET of <paramref name="absoluteUrl"/> for <paramref name="service"/>; returns the body.</summary>
    public async Task<string> GetAsync(string service, string absoluteUrl, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, absoluteUrl);
        var timestamp = ScpSigner.Timestamp(DateTimeOffset.UtcNow);
        var h = request.Headers;
        h.TryAddWithoutValidation("Scp-AccessKey", Shell.AccessKey);
        h.TryAddWithoutValidation("Scp-Signature", ScpSigner.Sign("GET", absoluteUrl, timestamp, Shell.AccessKey, Shell.Account, Shell.Secret));
        h.TryAddWithoutValidation("Scp-Timestamp", timestamp);
        h.TryAddWithoutValidation("Scp-ClientType", ScpSigner.ClientType);
        h.TryAddWithoutValidation("Scp-AccountId", Shell.Account);
        h.TryAddWithoutValidation("Accept-Language", "en-US");
        h.TryAddWithoutValidation("Accept", "application/json");
        h.TryAddWithoutValidation("X-Request-Id", Guid.NewGuid().ToString("N"));
        h.TryAddWithoutValidation("Scp-API-Version", ScpApiVersions.Current(service).HeaderValue);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {absoluteUrl} answered {(int)response.StatusCode}: {body}");
        return body;
    }

    public void Dispose() => _http.Dispose();
}

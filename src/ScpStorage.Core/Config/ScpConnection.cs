using System;
using System.Collections.Generic;
using System.Linq;

namespace ScpStorage.Core.Config
{
    /// <summary>
    /// Fully resolved settings for talking to SCP: every field the client needs, plus where each
    /// came from. Immutable, so it can travel with a background job.
    /// </summary>
    public sealed class ScpConnection
    {
        internal ScpConnection(string accessKey, ScpSecret secretKey, string accountId, ScpSecret? authToken,
            string region, string environment, string endpointTemplate, string? authUrl, string language,
            IReadOnlyDictionary<string, string> apiVersions, ScpRetryOptions retry, string? profile,
            IReadOnlyDictionary<string, string> sources)
        {
            AccessKey = accessKey; SecretKey = secretKey; AccountId = accountId; AuthToken = authToken;
            Region = region; Environment = environment; EndpointTemplate = endpointTemplate; AuthUrl = authUrl;
            Language = language; ApiVersions = apiVersions; Retry = retry; Profile = profile; Sources = sources;
        }

        public string AccessKey { get; }
        public ScpSecret SecretKey { get; }
        public string AccountId { get; }
        public ScpSecret? AuthToken { get; }
        public string Region { get; }
        public string Environment { get; }
        public string EndpointTemplate { get; }
        public string? AuthUrl { get; }
        public string Language { get; }
        public IReadOnlyDictionary<string, string> ApiVersions { get; }
        public ScpRetryOptions Retry { get; }
        public string? Profile { get; }
        /// <summary>
        /// Setting → the source it was taken from (for -Debug and Get-ScpContext). The identity
        /// (keys, account id, token) is one entry, <c>Identity</c>; <c>AccountId</c> appears only
        /// when the call's -AccountId replaced the identity's account.
        /// </summary>
        public IReadOnlyDictionary<string, string> Sources { get; }

        /// <summary>Problems in the settings that do not stop the call (the cmdlet writes them as warnings).</summary>
        public IReadOnlyList<string> Warnings { get; internal set; } = Array.Empty<string>();

        /// <summary>Where the identity came from: "call parameters", "profile 'prod' (…)", ….</summary>
        public string IdentitySource => Sources.TryGetValue(ScpConfigResolver.IdentityKey, out var s) ? s : "";

        /// <summary>The -Debug line: the identity's source once, then each other setting's source.</summary>
        public string DescribeSources() =>
            "identity (access key, secret key, account id, auth token) from " + IdentitySource + "; " +
            string.Join("; ", Sources.Where(kv => kv.Key != ScpConfigResolver.IdentityKey).OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => $"{kv.Key} from {kv.Value}"));

        /// <summary>Base URL of a service, e.g. https://virtualserver.kr-west1.e.samsungsdscloud.com.</summary>
        public string ServiceUrl(string service) => ServiceEndpoint(service).Url;

        /// <summary>
        /// True when an auth URL is configured and no endpoint override: service URLs then come from
        /// the IAM endpoint catalog, as SCP's own SDK and Terraform provider do.
        /// </summary>
        public bool UsesEndpointCatalog => Sources.ContainsKey("AuthUrl") && AuthUrl != null
            && Sources.TryGetValue("EndpointUrl", out var e) && e == "default";

        /// <summary>A service's base URL and where it came from: the endpoint override, the IAM catalog, or the default template.</summary>
        public ScpServiceEndpoint ServiceEndpoint(string service)
        {
            string FromTemplate() => ScpEndpoints.Expand(EndpointTemplate, service, Region, Environment);
            if (UsesEndpointCatalog) return ScpEndpointCatalog.Find(this, service, FromTemplate);
            return new ScpServiceEndpoint(FromTemplate(),
                Sources.TryGetValue("EndpointUrl", out var s) && s != "default" ? "endpoint override from " + s : "default template");
        }

        /// <summary>Where calls go, without reading the catalog: for messages.</summary>
        public string DescribeTarget() => UsesEndpointCatalog
            ? $"the URLs the IAM catalog at {AuthUrl} lists"
            : ScpEndpoints.Expand(EndpointTemplate, "{service}", Region, Environment);

        /// <summary>The version to send for a service: the pinned one, else the CURRENT one.</summary>
        public ScpApiVersion ApiVersion(string service)
        {
            if (ApiVersions.TryGetValue(service, out var pinned))
                return ScpApiVersions.Find(service, pinned) ?? new ScpApiVersion(service, pinned, false, null);
            return ScpApiVersions.Current(service);
        }

        /// <summary>A copy with other retry settings (per-call override).</summary>
        public ScpConnection WithRetry(ScpRetryOptions retry) =>
            new ScpConnection(AccessKey, SecretKey, AccountId, AuthToken, Region, Environment, EndpointTemplate, AuthUrl,
                Language, ApiVersions, retry, Profile, Sources) { Warnings = Warnings };

        public override string ToString() =>
            $"AccessKey={AccessKey}, SecretKey={ScpSecret.Mask}, AccountId={AccountId}, Region={Region}, Environment={Environment}, Endpoint={EndpointTemplate}" +
            (Profile != null ? ", Profile=" + Profile : "") +
            (ApiVersions.Count > 0 ? ", ApiVersions=" + string.Join(";", ApiVersions.Select(kv => kv.Key + " " + kv.Value)) : "");
    }
}

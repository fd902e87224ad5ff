using System.Collections.Generic;
using ScpStorage.Core;
using ScpStorage.Core.Config;

namespace ScpStorage.Session
{
    /// <summary>
    /// What Get-ScpContext shows: the settings in force and where each came from. Carries no
    /// secret: only whether one is set.
    /// </summary>
    public sealed class ScpContext
    {
        internal ScpContext(ScpConnection c)
        {
            AccessKey = c.AccessKey; AccountId = c.AccountId; Region = c.Region; Environment = c.Environment;
            EndpointUrl = c.EndpointTemplate; AuthUrl = c.AuthUrl; Profile = c.Profile; Language = c.Language;
            HasAuthToken = c.AuthToken != null; Retry = c.Retry; ApiVersions = new ScpMap<string>(c.ApiVersions as IDictionary<string, string> ?? new Dictionary<string, string>());
            IdentitySource = c.IdentitySource;
            ServiceUrls = new ScpMap<string>();
            ServiceUrlSources = new ScpMap<string>();
            foreach (var service in ScpApiVersions.Services)
            {
                var e = c.ServiceEndpoint(service);
                ServiceUrls[service] = e.Url;
                ServiceUrlSources[service] = e.Source;
            }
            Sources = new ScpMap<string>(c.Sources as IDictionary<string, string> ?? new Dictionary<string, string>());
        }

        public string AccessKey { get; }
        /// <summary>Always masked: the secret key itself is never shown.</summary>
        public string SecretKey => ScpSecret.Mask;
        public string AccountId { get; }
        public string Region { get; }
        public string Environment { get; }
        public string EndpointUrl { get; }
        public string? AuthUrl { get; }
        public string? Profile { get; }
        public string Language { get; }
        public bool HasAuthToken { get; }
        public ScpRetryOptions Retry { get; }
        /// <summary>Service → the base URL calls use now.</summary>
        public ScpMap<string> ServiceUrls { get; }
        /// <summary>Service → where its URL came from: endpoint override, IAM catalog at the auth URL, or the default template.</summary>
        public ScpMap<string> ServiceUrlSources { get; }
        public ScpMap<string> ApiVersions { get; }
        /// <summary>Where the identity (access key, secret key, account id, auth token) came from, whole.</summary>
        public string IdentitySource { get; }
        /// <summary>Setting → where it came from (call parameters, session, environment, files); the identity is the entry "Identity".</summary>
        public ScpMap<string> Sources { get; }

        public override string ToString() => $"{AccessKey} @ {Region}/{Environment} ({EndpointUrl})";
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace ScpStorage.Core.Config
{
    /// <summary>
    /// Resolves the settings of one call. Precedence, first hit wins per field: call parameters →
    /// session context → SCP_* environment variables → SCP_TF_* environment variables →
    /// ~/.scpconf files. A profile named by a layer is read right after that layer. Missing
    /// essentials end in one error that says exactly what to set.
    /// </summary>
    public sealed class ScpConfigResolver
    {
        private readonly Func<string, string?> _env;
        private readonly string _home;

        /// <param name="env">Environment variable reader (tests pass a dictionary).</param>
        /// <param name="home">Home folder holding .scpconf (tests pass a temp folder).</param>
        public ScpConfigResolver(Func<string, string?> env, string home) { _env = env; _home = home; }

        /// <summary>The resolver for this process: real environment and home folder.</summary>
        public static ScpConfigResolver ForProcess() => new ScpConfigResolver(
            System.Environment.GetEnvironmentVariable,
            System.Environment.GetEnvironmentVariable("SCP_CONFIG_HOME")
                ?? System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile));

        /// <summary>Every layer in precedence order, profiles expanded in place.</summary>
        public IReadOnlyList<ScpSettingsLayer> Layers(ScpSettings? call, ScpSettings? session)
        {
            var layers = new List<ScpSettingsLayer>();
            var profileRead = false;
            void Add(ScpSettingsLayer? layer)
            {
                if (layer == null) return;
                layers.Add(layer);
                if (!profileRead && layer.Settings.Profile != null)
                {
                    profileRead = true; // the first named profile wins; a lower layer's profile is ignored
                    layers.Add(ScpConfigFiles.Read(_home, layer.Settings.Profile)!);
                }
            }
            Add(call == null ? null : new ScpSettingsLayer("call parameters", call));
            Add(session == null ? null : new ScpSettingsLayer("session (Connect-ScpAccount)", session));
            Add(ScpEnvironmentVariables.Scp(_env));
            Add(ScpEnvironmentVariables.Terraform(_env));
            Add(ScpConfigFiles.Read(_home, null));
            return layers;
        }

        /// <summary>Resolves a connection or throws <see cref="ScpConfigurationException"/>.</summary>
        public ScpConnection Resolve(ScpSettings? call, ScpSettings? session)
        {
            var layers = Layers(call, session);
            // A key pair is only ever taken whole from one source: an access key from one place
            // signed with a secret from another would fail with a confusing 401.
            foreach (var l in layers)
                if (string.IsNullOrEmpty(l.Settings.AccessKey) != (l.Settings.SecretKey == null || l.Settings.SecretKey.IsEmpty))
                    throw new ScpConfigurationException(
                        $"The {l.Source} give {(string.IsNullOrEmpty(l.Settings.AccessKey) ? "a secret key without an access key" : "an access key without a secret key")}; supply both.");
            var sources = new Dictionary<string, string>();

            T? Pick<T>(string field, Func<ScpSettings, T?> get) where T : class
            {
                foreach (var l in layers)
                {
                    var v = get(l.Settings);
                    if (v != null && !(v is string s && s.Length == 0)) { sources[field] = l.Source; return v; }
                }
                return null;
            }

            var accessKey = Pick("AccessKey", s => s.AccessKey);
            var secret = Pick("SecretKey", s => s.SecretKey);
            var accountId = Pick("AccountId", s => s.AccountId) ?? "";
            var token = Pick("AuthToken", s => s.AuthToken);
            var authUrl = Pick("AuthUrl", s => s.AuthUrl);
            var region = Pick("Region", s => s.Region);
            var environment = Pick("Environment", s => s.Environment);
            var endpoint = Pick("EndpointUrl", s => s.EndpointUrl);
            var language = Pick("Language", s => s.Language) ?? "en-US";
            var profile = Pick("Profile", s => s.Profile);
            var retry = Pick("Retry", s => s.Retry) ?? ScpRetryOptions.Default;

            // Pinned versions merge across layers: a higher layer pins one service without unpinning others.
            var versions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var l in layers.Reverse())
                if (l.Settings.ApiVersions != null)
                    foreach (var kv in l.Settings.ApiVersions) versions[kv.Key] = kv.Value;

            var missing = new List<string>();
            if (accessKey == null) missing.Add("access key (-AccessKey, SCP_ACCESS_KEY, or access-key in ~/.scpconf/credentials.json)");
            if (secret == null) missing.Add("secret key (-SecretKey, SCP_SECRET_KEY, or secret-key in ~/.scpconf/credentials.json)");
            if (region == null) missing.Add("region (-Region, SCP_REGION, or default-region in ~/.scpconf/config.json)");
            if (environment == null) missing.Add("environment (-Environment s|g|e, SCP_ENVIRONMENT, or auth-url in ~/.scpconf/config.json)");
            if (missing.Count > 0)
                throw new ScpConfigurationException(
                    "SCP settings are incomplete. Missing: " + string.Join("; ", missing) +
                    ". Run Connect-ScpAccount, set the SCP_* environment variables, or create ~/.scpconf/config.json and credentials.json.");

            var template = endpoint ?? ScpEndpoints.DefaultTemplate;
            if (endpoint == null) sources["EndpointUrl"] = "default";
            var problem = ScpEndpoints.Validate(region!, environment!, endpoint != null);
            if (problem != null) throw new ScpConfigurationException(problem);

            return new ScpConnection(accessKey!, secret!, accountId, token, region!, environment!.ToLowerInvariant(), template,
                authUrl ?? ScpEndpoints.AuthUrl(environment.ToLowerInvariant()), language, versions, retry, profile, sources);
        }
    }
}

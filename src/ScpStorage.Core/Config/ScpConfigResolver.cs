using System;
using System.Collections.Generic;
using System.Linq;

namespace ScpStorage.Core.Config
{
    /// <summary>
    /// Resolves the settings of one call from its layers, highest first: call parameters →
    /// session (Connect-ScpAccount, or the emulator session of Start-ScpEmulator) → SCP_* →
    /// SCP_TF_* → ~/.scpconf files; a profile named by a layer sits right after that layer.
    /// Settings resolve as whole identities (docs/design.md, "Configuration"):
    /// <list type="bullet">
    /// <item>The identity (access key, secret key, account id, auth token) comes whole from the
    /// highest layer that gives a key pair. Only the call's -AccountId may change its account.</item>
    /// <item>The target (endpoint override, auth URL) comes from the identity's layer or a layer
    /// above it, never from below: a lower layer's endpoint or token never meets a higher
    /// layer's keys.</item>
    /// <item>A profile and the emulator session are self-contained: when one of them gives the
    /// identity, nothing below it is read.</item>
    /// <item>Region, environment and language come from the first layer that has them (within
    /// those bounds); retry options and version pins from any layer.</item>
    /// </list>
    /// </summary>
    public sealed class ScpConfigResolver
    {
        /// <summary>Key of <see cref="ScpConnection.Sources"/> that names where the identity came from.</summary>
        public const string IdentityKey = "Identity";

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

        /// <summary>
        /// The layers in precedence order, read lazily: a profile right after the first layer that
        /// names it, and nothing below a self-contained layer that gives a key pair (so an unrelated
        /// broken file or missing profile below the emulator session is never even opened).
        /// </summary>
        public IEnumerable<ScpSettingsLayer> Layers(ScpSettings? call, ScpSettings? session)
        {
            var profileRead = false;
            var identitySeen = false;
            foreach (var produce in Sources(call, session))
            {
                var layer = produce();
                if (layer == null) continue;
                yield return layer;
                identitySeen |= HasKeyPair(layer.Settings);
                if (layer.SelfContained && identitySeen) yield break;
                if (profileRead || layer.Settings.Profile == null) continue;
                profileRead = true; // the first named profile wins; a lower layer's profile is ignored
                if (identitySeen) continue; // a profile is used whole or not at all: below the identity it is never read
                var profile = ScpConfigFiles.Read(_home, layer.Settings.Profile)!;
                yield return profile;
                yield break; // a profile is self-contained: nothing below it fills it
            }
        }

        private IEnumerable<Func<ScpSettingsLayer?>> Sources(ScpSettings? call, ScpSettings? session)
        {
            yield return () => call == null ? null : new ScpSettingsLayer(CallSource, call);
            yield return () => session == null ? null
                : new ScpSettingsLayer(session.EmulatorSession ? EmulatorSource : SessionSource, session, selfContained: session.EmulatorSession);
            yield return () => ScpEnvironmentVariables.Scp(_env);
            yield return () => ScpEnvironmentVariables.Terraform(_env);
            yield return () => ScpConfigFiles.Read(_home, null);
        }

        public const string CallSource = "call parameters";
        public const string SessionSource = "session (Connect-ScpAccount)";
        public const string EmulatorSource = "emulator session (Start-ScpEmulator)";

        /// <summary>Resolves a connection or throws <see cref="ScpConfigurationException"/>.</summary>
        public ScpConnection Resolve(ScpSettings? call, ScpSettings? session)
        {
            var layers = new List<ScpSettingsLayer>();
            var identityAt = -1;
            foreach (var layer in Layers(call, session))
            {
                layers.Add(layer);
                if (identityAt >= 0) continue;
                CheckWholePair(layer);
                if (HasKeyPair(layer.Settings)) identityAt = layers.Count - 1;
                else if (layer.SelfContained && layer.IsProfile)
                    throw new ScpConfigurationException(
                        $"{Capital(In(layer.Source))} there is no key pair. A profile is self-contained: put access-key and secret-key in its credentials.json.");
            }
            var sources = new Dictionary<string, string>();
            var identity = identityAt >= 0 ? layers[identityAt] : null;
            // Below a self-contained identity (profile, emulator session) nothing is used at all.
            var usable = identity != null && identity.SelfContained ? layers.Take(identityAt + 1).ToList() : layers;
            var targetLayers = identity == null ? layers : layers.Take(identityAt + 1).ToList();

            T? Pick<T>(string field, IEnumerable<ScpSettingsLayer> from, Func<ScpSettings, T?> get) where T : class
            {
                foreach (var l in from)
                {
                    var v = get(l.Settings);
                    if (v != null && !(v is string s && s.Length == 0)) { sources[field] = l.Source; return v; }
                }
                return null;
            }

            if (identity != null) sources[IdentityKey] = identity.Source;
            var id = identity?.Settings;
            var accountId = id?.AccountId ?? "";
            if (call != null && !string.IsNullOrEmpty(call.AccountId) && identity?.Source != CallSource)
            {
                accountId = call.AccountId!;
                sources["AccountId"] = CallSource;
            }
            var endpoint = Pick("EndpointUrl", targetLayers, s => s.EndpointUrl);
            var authUrl = Pick("AuthUrl", targetLayers, s => s.AuthUrl);
            var region = Pick("Region", usable, s => s.Region);
            var environment = Pick("Environment", usable, s => s.Environment);
            var language = Pick("Language", usable, s => s.Language) ?? "en-US";
            var retry = Pick("Retry", layers, s => s.Retry) ?? ScpRetryOptions.Default;
            var profile = identity != null && identity.IsProfile ? identity.Settings.Profile : null;
            if (profile != null) Pick("Profile", layers, s => s.Profile);

            // Pinned versions merge across layers: a higher layer pins one service without unpinning others.
            var versions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var l in Enumerable.Reverse(layers))
                if (l.Settings.ApiVersions != null)
                    foreach (var kv in l.Settings.ApiVersions) versions[kv.Key] = kv.Value;

            // A value given but unusable is told first: it is what the user just typed.
            CheckUrl("EndpointUrl", endpoint, sources, layers);
            CheckUrl("AuthUrl", authUrl, sources, layers);
            var missing = new List<string>();
            if (identity == null)
            {
                missing.Add("access key (-AccessKey, SCP_ACCESS_KEY, or access-key in ~/.scpconf/credentials.json)");
                missing.Add("secret key (-SecretKey, SCP_SECRET_KEY, or secret-key in ~/.scpconf/credentials.json)");
            }
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

            return new ScpConnection(id!.AccessKey!, id.SecretKey!, accountId, id.AuthToken, region!, environment!.ToLowerInvariant(), template,
                authUrl ?? ScpEndpoints.AuthUrl(environment.ToLowerInvariant()), language, versions, retry, profile, sources)
            {
                Warnings = layers.SelectMany(l => l.Warnings).ToList(),
            };
        }

        /// <summary>An endpoint template or auth URL must be an absolute http(s) URL once its placeholders are filled.</summary>
        private static void CheckUrl(string field, string? value, Dictionary<string, string> sources, List<ScpSettingsLayer> layers)
        {
            if (value == null) return;
            var sample = ScpEndpoints.Expand(value, "virtualserver", "kr-west1", "e");
            if (Uri.TryCreate(sample, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0)
                return;
            var setting = SettingName(field, sources[field], layers);
            throw ScpConfigurationException.InvalidValue(setting,
                $"{setting} '{value}' is not a URL. Give an absolute http:// or https:// address" +
                (field == "EndpointUrl" ? ", such as http://127.0.0.1:8642/{service} (placeholders {service}, {region} and {environment} are filled in)." : ", such as https://iam.s.samsungsdscloud.com/v1."));
        }

        /// <summary>How the user wrote a setting in the source it came from: -EndpointUrl, SCP_ENDPOINT_URL, endpoint-override in …/config.json.</summary>
        private static string SettingName(string field, string source, List<ScpSettingsLayer> layers)
        {
            var endpoint = field == "EndpointUrl";
            switch (source)
            {
                case CallSource: return endpoint ? "-EndpointUrl" : "the auth URL";
                case SessionSource: return endpoint ? "-EndpointUrl of Connect-ScpAccount" : "the session's auth URL";
                case EmulatorSource: return "the emulator session's " + (endpoint ? "endpoint" : "auth URL");
                case ScpEnvironmentVariables.ScpSource: return endpoint ? "SCP_ENDPOINT_URL" : "SCP_AUTH_URL";
                case ScpEnvironmentVariables.TerraformSource: return endpoint ? "SCP_TF_ENDPOINT_OVERRIDE" : "SCP_TF_AUTH_URL";
                default:
                    var folder = layers.First(l => l.Source == source).Folder;
                    return (endpoint ? "endpoint-override" : "auth-url") + " in " + System.IO.Path.Combine(folder ?? "", "config.json");
            }
        }

        private static bool HasKeyPair(ScpSettings s) => !string.IsNullOrEmpty(s.AccessKey) && s.SecretKey != null && !s.SecretKey.IsEmpty;

        /// <summary>A key pair is only ever taken whole from one source: half a pair is an error, never filled from below.</summary>
        private static void CheckWholePair(ScpSettingsLayer l)
        {
            var hasAccess = !string.IsNullOrEmpty(l.Settings.AccessKey);
            var hasSecret = l.Settings.SecretKey != null && !l.Settings.SecretKey.IsEmpty;
            if (hasAccess == hasSecret) return;
            throw new ScpConfigurationException(
                $"Only half a key pair was found {In(l.Source)}: {(hasAccess ? "an access key without a secret key" : "a secret key without an access key")}. " +
                "Give both keys in the same place; a key pair is never put together from two sources.");
        }

        /// <summary>"in the call parameters", "in profile 'prod' (…)": a source label as an English phrase.</summary>
        internal static string In(string source) =>
            source.StartsWith("profile ", StringComparison.Ordinal) ? "in " + source : "in the " + source;

        private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);
    }
}

using System;
using System.IO;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.Config
{
    /// <summary>
    /// Reads the SCP Terraform provider's files unchanged: ~/.scpconf/config.json (auth-url,
    /// endpoint-override, account-id, default-region) and ~/.scpconf/credentials.json
    /// (access-key, secret-key, auth-token). Named profiles live beside them in
    /// ~/.scpconf/profiles/NAME/ with the same two files, so the provider's own files stay as
    /// the provider expects them.
    /// </summary>
    public static class ScpConfigFiles
    {
        public const string FolderName = ".scpconf";

        /// <summary>The folder holding the default files (or a profile's), under <paramref name="home"/>.</summary>
        public static string Folder(string home, string? profile) =>
            profile == null ? Path.Combine(home, FolderName) : Path.Combine(home, FolderName, "profiles", profile);

        /// <summary>Reads a layer from the files; null when neither file exists.</summary>
        public static ScpSettingsLayer? Read(string home, string? profile)
        {
            var folder = Folder(home, profile);
            var config = ReadJson(Path.Combine(folder, "config.json"));
            var credentialsPath = Path.Combine(folder, "credentials.json");
            var credentials = ReadJson(credentialsPath);
            if (config == null && credentials == null)
            {
                if (profile == null) return null;
                if (Directory.Exists(folder))
                    throw new ScpConfigurationException($"Profile '{profile}' is empty: its folder '{folder}' holds neither config.json nor credentials.json.");
                throw new ScpConfigurationException($"Profile '{profile}' not found: expected config.json and/or credentials.json in '{folder}'.");
            }
            var s = new ScpSettings
            {
                AuthUrl = Str(config, "auth-url"),
                EndpointUrl = Str(config, "endpoint-override"),
                AccountId = Str(config, "account-id"),
                Region = Str(config, "default-region"),
                Environment = Str(config, "default-environment"),
                AccessKey = Str(credentials, "access-key"),
                SecretKey = Secret(Str(credentials, "secret-key")),
                AuthToken = Secret(Str(credentials, "auth-token")),
                Profile = profile,
            };
            s.Environment ??= ScpEndpoints.EnvironmentFromAuthUrl(s.AuthUrl);
            var label = profile == null ? $"config files ({folder})" : $"profile '{profile}' ({folder})";
            var layer = new ScpSettingsLayer(label, s, selfContained: profile != null, isProfile: profile != null) { Folder = folder };
            if (credentials != null && ScpFilePermissions.IsWorldReadable(credentialsPath))
                layer.Warnings.Add($"'{credentialsPath}' can be read by every user of this machine; it holds your secret key. Restrict it: chmod 600 '{credentialsPath}'.");
            return layer;
        }

        private static JObject? ReadJson(string path)
        {
            if (!File.Exists(path)) return null;
            try
            {
                return JObject.Parse(File.ReadAllText(path));
            }
            catch (Newtonsoft.Json.JsonReaderException e)
            {
                // Where, never what: the reader's own message quotes the text around the error, which may be the secret key.
                throw new ScpConfigurationException($"'{path}' is not valid JSON (line {e.LineNumber}, position {e.LinePosition}). Fix the file; its content is not shown because it may hold a secret.");
            }
            catch (Exception e) when (e is Newtonsoft.Json.JsonException || e is IOException || e is UnauthorizedAccessException)
            {
                // The message names the file but never echoes its content: it may hold the secret key.
                throw new ScpConfigurationException($"Cannot read SCP configuration file '{path}': {e.GetType().Name}.", e is IOException ? e : null);
            }
        }

        private static string? Str(JObject? o, string key)
        {
            var v = o?[key];
            return v == null || v.Type == JTokenType.Null ? null : (string?)v;
        }

        private static ScpSecret? Secret(string? value) => string.IsNullOrEmpty(value) ? null : new ScpSecret(value!);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace ScpStorage.Core.Logging
{
    /// <summary>
    /// The one place that decides what is too sensitive to print: signature and token headers,
    /// and query or body fields that carry keys. Every log line and every exception message goes
    /// through it.
    /// </summary>
    public static class ScpRedactor
    {
        public const string Redacted = "<redacted>";

        private static readonly HashSet<string> SensitiveHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Scp-Signature", "X-Auth-Token", "Authorization", "Scp-SecretKey",
        };

        private static readonly HashSet<string> SensitiveFields = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "auth_key", "secret_key", "secret-key", "secretkey", "password", "token", "auth-token", "auth_token", "signature",
            "cifs_password", // File Storage: CreateVolume and CreateVolumeReplication bodies
        };

        public static bool IsSensitiveHeader(string name) => SensitiveHeaders.Contains(name);

        public static bool IsSensitiveField(string name) => SensitiveFields.Contains(name);

        /// <summary>Header value as it may be printed.</summary>
        public static string Header(string name, string value) => IsSensitiveHeader(name) ? Redacted : value;

        /// <summary>The URL with the values of sensitive query parameters replaced.</summary>
        public static string Url(string url)
        {
            int q = url.IndexOf('?');
            if (q < 0) return url;
            var parts = url.Substring(q + 1).Split('&').Select(p =>
            {
                int eq = p.IndexOf('=');
                var key = eq < 0 ? p : p.Substring(0, eq);
                return eq >= 0 && IsSensitiveField(Uri.UnescapeDataString(key)) ? key + "=" + Redacted : p;
            });
            return url.Substring(0, q + 1) + string.Join("&", parts);
        }

        /// <summary>A JSON body with sensitive fields masked (best effort for non-JSON text: unchanged).</summary>
        public static string Body(string? body)
        {
            if (string.IsNullOrEmpty(body)) return "";
            try
            {
                var token = Newtonsoft.Json.Linq.JToken.Parse(body!);
                Mask(token);
                return token.ToString(Newtonsoft.Json.Formatting.None);
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return body!;
            }
        }

        private static void Mask(Newtonsoft.Json.Linq.JToken token)
        {
            if (token is Newtonsoft.Json.Linq.JObject obj)
            {
                foreach (var p in obj.Properties())
                {
                    if (IsSensitiveField(p.Name)) p.Value = Redacted;
                    else Mask(p.Value);
                }
            }
            else if (token is Newtonsoft.Json.Linq.JArray arr)
            {
                foreach (var item in arr) Mask(item);
            }
        }
    }
}

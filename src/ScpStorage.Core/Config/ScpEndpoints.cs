using System;
using System.Collections.Generic;
using System.Linq;

namespace ScpStorage.Core.Config
{
    /// <summary>SCP's environments and regions, and the endpoint template that joins them.</summary>
    public static class ScpEndpoints
    {
        public const string DefaultTemplate = "https://{service}.{region}.{environment}.samsungsdscloud.com";

        /// <summary>Environment → its regions (SCP-API-FACTS.md).</summary>
        public static readonly IReadOnlyDictionary<string, string[]> Regions = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["s"] = new[] { "kr-west1", "kr-east1" },
            ["g"] = new[] { "kr-south1", "kr-south2", "kr-south3" },
            ["e"] = new[] { "kr-west1", "kr-east1" },
        };

        public static IEnumerable<string> Environments => Regions.Keys;

        public static IEnumerable<string> AllRegions => Regions.Values.SelectMany(r => r).Distinct();

        /// <summary>Fills {service}, {region} and {environment} in a template.</summary>
        public static string Expand(string template, string service, string region, string environment) =>
            template.Replace("{service}", service).Replace("{region}", region).Replace("{environment}", environment).TrimEnd('/');

        /// <summary>The IAM URL of an environment, e.g. https://iam.e.samsungsdscloud.com/v1.</summary>
        public static string AuthUrl(string environment) => $"https://iam.{environment}.samsungsdscloud.com/v1";

        /// <summary>Reads the environment out of an IAM URL (iam.{env}.samsungsdscloud.com), or null.</summary>
        public static string? EnvironmentFromAuthUrl(string? authUrl)
        {
            if (authUrl == null || !Uri.TryCreate(authUrl, UriKind.Absolute, out var uri)) return null;
            var labels = uri.Host.Split('.');
            return labels.Length >= 3 && labels[0] == "iam" && Regions.ContainsKey(labels[1]) ? labels[1] : null;
        }

        /// <summary>Checks a region/environment pair; returns a message for the user, or null when valid.</summary>
        public static string? Validate(string region, string environment, bool customEndpoint)
        {
            if (!Regions.TryGetValue(environment, out var regions))
                return $"Unknown SCP environment '{environment}'. Use one of: {string.Join(", ", Environments)}.";
            if (!customEndpoint && !regions.Contains(region, StringComparer.OrdinalIgnoreCase))
                return $"Region '{region}' is not in environment '{environment}'. Regions there: {string.Join(", ", regions)}.";
            return null;
        }
    }
}

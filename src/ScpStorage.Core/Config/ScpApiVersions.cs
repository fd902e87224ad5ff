using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ScpStorage.Core.Config
{
    /// <summary>One published API version of an SCP service.</summary>
    public sealed class ScpApiVersion
    {
        public ScpApiVersion(string service, string version, bool current, DateTimeOffset? notBefore)
        {
            Service = service; Version = version; IsCurrent = current; NotBefore = notBefore;
        }

        public string Service { get; }
        public string Version { get; }
        /// <summary>True for the CURRENT version SCP uses when no Scp-API-Version header is sent.</summary>
        public bool IsCurrent { get; }
        /// <summary>For deprecated versions: the day from which SCP no longer serves them.</summary>
        public DateTimeOffset? NotBefore { get; }

        public bool IsExpired(DateTimeOffset now) => NotBefore.HasValue && now >= NotBefore.Value;

        /// <summary>The header value, e.g. <c>baremetal-blockstorage 1.3</c>.</summary>
        public string HeaderValue => Service + " " + Version;

        public override string ToString() => HeaderValue;
    }

    /// <summary>
    /// The API version table from SCP's documentation (SCP-API-FACTS.md). Client and emulator
    /// both read it, so a pinned version and the server's answer to it never disagree.
    /// </summary>
    public static class ScpApiVersions
    {
        public const string VirtualServer = "virtualserver";
        public const string BareMetalBlockStorage = "baremetal-blockstorage";
        public const string FileStorage = "filestorage";
        public const string ParallelFileStorage = "parallel-filestorage";
        public const string Backup = "backup";
        public const string ArchiveStorage = "archivestorage";

        private static readonly IReadOnlyList<ScpApiVersion> All = new[]
        {
            V(ArchiveStorage, "1.1"), V(ArchiveStorage, "1.0", "2025-12-31"),
            V(Backup, "1.2"), V(Backup, "1.1", "2026-05-31"), V(Backup, "1.0", "2026-03-31"),
            V(BareMetalBlockStorage, "1.3"), V(BareMetalBlockStorage, "1.2", "2026-05-31"),
            V(BareMetalBlockStorage, "1.1", "2026-03-31"), V(BareMetalBlockStorage, "1.0", "2025-12-31"),
            V(FileStorage, "1.1"), V(FileStorage, "1.0", "2025-12-31"),
            V(ParallelFileStorage, "1.0"),
            V(VirtualServer, "1.1"), V(VirtualServer, "1.0", "2025-12-31"),
        };

        /// <summary>Every known service name.</summary>
        public static IEnumerable<string> Services => All.Select(v => v.Service).Distinct();

        /// <summary>Every known version of a service, newest first.</summary>
        public static IEnumerable<ScpApiVersion> Of(string service) =>
            All.Where(v => string.Equals(v.Service, service, StringComparison.OrdinalIgnoreCase));

        /// <summary>The CURRENT version SCP uses for a service when the header is missing.</summary>
        public static ScpApiVersion Current(string service) =>
            Of(service).FirstOrDefault(v => v.IsCurrent)
            ?? throw new ArgumentException($"Unknown SCP service '{service}'. Known: {string.Join(", ", Services)}.");

        /// <summary>Finds a version of a service, or null when SCP does not publish it.</summary>
        public static ScpApiVersion? Find(string service, string version) =>
            Of(service).FirstOrDefault(v => v.Version == version);

        /// <summary>Parses a header value such as <c>virtualserver 1.1</c>; null when it is not of that form.</summary>
        public static (string Service, string Version)? ParseHeader(string? header)
        {
            if (string.IsNullOrWhiteSpace(header)) return null;
            var parts = header!.Trim().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 2 ? (parts[0], parts[1]) : ((string, string)?)null;
        }

        private static ScpApiVersion V(string service, string version, string? notBefore = null) =>
            new ScpApiVersion(service, version, notBefore == null,
                notBefore == null ? (DateTimeOffset?)null
                    : DateTimeOffset.ParseExact(notBefore, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
    }
}

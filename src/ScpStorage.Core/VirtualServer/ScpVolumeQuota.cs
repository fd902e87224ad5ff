using Newtonsoft.Json.Linq;
using ScpStorage.Core.Config;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>
    /// The account's block storage quota set (VolumeQuotaSet): four fixed rows, each with
    /// in_use / limit / reserved.
    /// </summary>
    public sealed class ScpVolumeQuota : ScpResource
    {
        /// <summary>Quota set id (the project/account id).</summary>
        public string? Id { get; internal set; }
        /// <summary>Number of volumes.</summary>
        public ScpQuotaUsage Volumes { get; internal set; } = ScpQuotaUsage.Empty("volumes");
        /// <summary>Number of snapshots.</summary>
        public ScpQuotaUsage Snapshots { get; internal set; } = ScpQuotaUsage.Empty("snapshots");
        /// <summary>Total volume capacity in GB.</summary>
        public ScpQuotaUsage Usages { get; internal set; } = ScpQuotaUsage.Empty("usages");
        /// <summary>Largest size one volume may have, in GB (the limit is what matters).</summary>
        public ScpQuotaUsage PerVolumeSize { get; internal set; } = ScpQuotaUsage.Empty("per_volume_size");

        /// <summary>The four rows, for table output.</summary>
        public ScpQuotaUsage[] Rows => new[] { Volumes, Snapshots, Usages, PerVolumeSize };

        internal static ScpVolumeQuota FromJson(JObject o, ScpConnection? c)
        {
            // Some SCP answers wrap the set as {"quota_set": {...}}; accept both.
            var q = o["quota_set"] as JObject ?? o;
            return new ScpVolumeQuota
            {
                Id = VsJson.Str(q, "id"),
                Volumes = ScpQuotaUsage.FromJson("volumes", q),
                Snapshots = ScpQuotaUsage.FromJson("snapshots", q),
                Usages = ScpQuotaUsage.FromJson("usages", q),
                PerVolumeSize = ScpQuotaUsage.FromJson("per_volume_size", q),
            }.Stamp<ScpVolumeQuota>(VirtualServerClient.ServiceName, c);
        }

        public override string ToString() => $"volumes {Volumes}, snapshots {Snapshots}, GB {Usages}";
    }
}

using Newtonsoft.Json;

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
        [JsonConverter(typeof(ScpQuotaUsage.RowConverter))]
        public ScpQuotaUsage Volumes { get; internal set; } = ScpQuotaUsage.Empty("volumes");
        /// <summary>Number of snapshots.</summary>
        [JsonConverter(typeof(ScpQuotaUsage.RowConverter))]
        public ScpQuotaUsage Snapshots { get; internal set; } = ScpQuotaUsage.Empty("snapshots");
        /// <summary>Total volume capacity in GB.</summary>
        [JsonConverter(typeof(ScpQuotaUsage.RowConverter))]
        public ScpQuotaUsage Usages { get; internal set; } = ScpQuotaUsage.Empty("usages");
        /// <summary>Largest size one volume may have, in GB (the limit is what matters).</summary>
        [JsonConverter(typeof(ScpQuotaUsage.RowConverter))]
        public ScpQuotaUsage PerVolumeSize { get; internal set; } = ScpQuotaUsage.Empty("per_volume_size");

        /// <summary>The four rows, for table output.</summary>
        public ScpList<ScpQuotaUsage> Rows => new ScpList<ScpQuotaUsage>(new[] { Volumes, Snapshots, Usages, PerVolumeSize });

        public override string ToString() => $"volumes {Volumes}, snapshots {Snapshots}, GB {Usages}";
    }
}

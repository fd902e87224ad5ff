using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>One quota row (VolumeQuotaSetObject).</summary>
    public sealed class ScpQuotaUsage
    {
        /// <summary>The row's field name in the quota set: volumes, snapshots, usages, per_volume_size.</summary>
        public string Name { get; internal set; } = "";
        public long InUse { get; internal set; }
        public long Limit { get; internal set; }
        public long Reserved { get; internal set; }
        /// <summary>Limit minus in-use and reserved; null when the limit is unlimited (negative).</summary>
        public long? Available => Limit < 0 ? (long?)null : Limit - InUse - Reserved;

        internal static ScpQuotaUsage Empty(string name) => new ScpQuotaUsage { Name = name };

        internal static ScpQuotaUsage FromJson(string name, JObject set)
        {
            var row = set[name];
            if (row is JObject o)
                return new ScpQuotaUsage
                {
                    Name = name,
                    InUse = VsJson.Long(o, "in_use") ?? 0,
                    Limit = VsJson.Long(o, "limit") ?? 0,
                    Reserved = VsJson.Long(o, "reserved") ?? 0,
                };
            // A bare number is the limit (Cinder's flat quota-set shape).
            var flat = VsJson.Long(set, name);
            return new ScpQuotaUsage { Name = name, Limit = flat ?? 0 };
        }

        public override string ToString() => $"{InUse}/{(Limit < 0 ? "unlimited" : Limit.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
    }
}

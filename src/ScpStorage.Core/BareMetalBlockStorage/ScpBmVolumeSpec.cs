using System.Collections.Generic;

namespace ScpStorage.Core.BareMetalBlockStorage
{
    /// <summary>What Create Volume asks for (VolumeCreateRequestV1Dot2).</summary>
    public sealed class ScpBmVolumeSpec
    {
        public string Name { get; set; } = "";
        public int SizeGB { get; set; }
        /// <summary>SSD or HDD.</summary>
        public string DiskType { get; set; } = "SSD";
        /// <summary>Servers to attach at creation: (object id, BM or MNGC).</summary>
        public IList<KeyValuePair<string, string>> Attachments { get; set; } = new List<KeyValuePair<string, string>>();
        /// <summary>Both or neither (QoSModel requires both when sent).</summary>
        public int? Iops { get; set; }
        public int? Throughput { get; set; }
        public IDictionary<string, string?>? Tags { get; set; }
    }

    /// <summary>Documented value rules of this service (seed 003 §2, QoSModel 15397-15401).</summary>
    public static class BareMetalBlockStorageRules
    {
        public const int MinIops = 5000, MaxIops = 20000, MinThroughput = 250, MaxThroughput = 1000;
        public static readonly string[] Cycles = { "5MIN", "HOURLY", "DAILY", "WEEKLY", "MONTHLY" };
        public static readonly string[] Policies = { "RESYNC", "BREAK" };
        public static readonly string[] Days = { "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT" };
        public static readonly string[] ServerTypes = { "BM", "MNGC" };
        public static readonly string[] DiskTypes = { "SSD", "HDD" };
    }
}

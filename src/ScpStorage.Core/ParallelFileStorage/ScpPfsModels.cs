using System;
using Newtonsoft.Json;

namespace ScpStorage.Core.ParallelFileStorage
{
    /// <summary>A Parallel File Storage volume (Volume; ShowVolume adds <c>mount_path</c>, in the example though not in the model).</summary>
    public sealed class ScpPfsVolume : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        /// <summary>Only <c>available</c> is documented.</summary>
        public string? State { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        /// <summary>Capacity in TB (1–1000).</summary>
        [JsonProperty("capacity_tb")]
        public int? CapacityTB { get; internal set; }
        public string? AccountId { get; internal set; }
        /// <summary>Mount path (ShowVolume only).</summary>
        public string? MountPath { get; internal set; }

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }

    /// <summary>A snapshot of a Parallel File Storage volume; list items carry no volume id, so the client stamps it.</summary>
    public sealed class ScpPfsSnapshot : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        public string? State { get; internal set; }
        public long? Size { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        public string? VolumeId { get; internal set; }

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }

    /// <summary>One IP of a node with access (AccessIp).</summary>
    public sealed class ScpPfsAccessIp
    {
        [JsonProperty("access_ip")] public string? Ip { get; internal set; }
        [JsonProperty("access_ip_state")] public string? State { get; internal set; }

        public override string ToString() => $"{Ip} ({State})";
    }

    /// <summary>
    /// A GPU node allowed to mount a Parallel File Storage volume (AccessRules). No id of its own:
    /// (VolumeId, ObjectId) names one. SetAccessRule's answer items (AccessRule) have only ObjectId and ObjectType.
    /// </summary>
    public sealed class ScpPfsAccessRule : ScpResource
    {
        public string? VolumeId { get; internal set; }
        public string? ObjectId { get; internal set; }
        /// <summary>GPU_NODE (the only documented type).</summary>
        public string? ObjectType { get; internal set; }
        public string? ObjectName { get; internal set; }
        /// <summary>The node's own state, e.g. RUNNING.</summary>
        public string? ObjectState { get; internal set; }
        /// <summary>Example <c>all</c>; meaning undocumented.</summary>
        public string? AccessState { get; internal set; }
        /// <summary>The node's IPs and whether each has access (<c>active</c>).</summary>
        [JsonProperty("access_ip_list")]
        public ScpList<ScpPfsAccessIp> AccessIps { get; internal set; } = new ScpList<ScpPfsAccessIp>();

        public override string ToString() => string.IsNullOrEmpty(ObjectName) ? $"{ObjectType} {ObjectId}" : $"{ObjectName} ({ObjectId})";
    }

    /// <summary>SetAccessRule's answer (AccessRuleUpdateResponse).</summary>
    public sealed class ScpPfsAccessRuleChange : ScpResource
    {
        public string? VolumeId { get; internal set; }
        [JsonProperty("add_access_rules")] public ScpList<ScpPfsAccessRule> Added { get; internal set; } = new ScpList<ScpPfsAccessRule>();
        [JsonProperty("remove_access_rules")] public ScpList<ScpPfsAccessRule> Removed { get; internal set; } = new ScpList<ScpPfsAccessRule>();
    }
}

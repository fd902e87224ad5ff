using Newtonsoft.Json;

namespace ScpStorage.Core.FileStorage
{
    /// <summary>
    /// Who may mount a File Storage volume: an object (VM, BM, GPU, GPU_NODE, ENDPOINT) by id.
    /// Rules have no id of their own: (VolumeId, ObjectType, ObjectId) names one.
    /// </summary>
    public sealed class ScpFileAccessRule : ScpResource
    {
        public string? VolumeId { get; internal set; }
        /// <summary>VM, BM, GPU, GPU_NODE or ENDPOINT.</summary>
        public string? ObjectType { get; internal set; }
        public string? ObjectId { get; internal set; }
        /// <summary>Only <c>active</c> is documented.</summary>
        [JsonProperty("access_rule_state")]
        public string? State { get; internal set; }
        /// <summary>SetAccessRule's answer only: the action it accepted (add or remove).</summary>
        public string? Action { get; internal set; }

        public override string ToString() => $"{ObjectType} {ObjectId}";
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using Newtonsoft.Json;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>A volume type such as SSD, HDD or SSD_KMS (VolumeTypeDetailResponse).</summary>
    public sealed class ScpVolumeType : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        public string? Description { get; internal set; }
        /// <summary>Only set when the payload says so; SCP's VolumeTypeDetailResponse does not carry is_public.</summary>
        public bool? IsPublic { get; internal set; }
        /// <summary>True when read through the default-type operation; null when not known (lists do not say).</summary>
        public bool? IsDefault { get; internal set; }
        /// <summary>extra_specs["multiattach"], which SCP sends as the string "True"/"False".</summary>
        [JsonIgnore]
        public bool? Multiattach { get; internal set; }
        /// <summary>All extra specs as strings.</summary>
        public ScpMap<string?> ExtraSpecs { get; internal set; } = new ScpMap<string?>();

        [OnDeserialized]
        private void Decoded(StreamingContext _) =>
            Multiattach = ExtraSpecs.TryGetValue("multiattach", out var m) ? ScpBooleanConverter.Parse(m) : null;

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }
}

using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Config;

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
        public bool? Multiattach { get; internal set; }
        /// <summary>All extra specs as strings.</summary>
        public IDictionary<string, string?> ExtraSpecs { get; internal set; } = new Dictionary<string, string?>();

        internal static ScpVolumeType FromJson(JObject o, ScpConnection? c, bool? isDefault = null)
        {
            var specs = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            if (o["extra_specs"] is JObject m)
                foreach (var p in m.Properties()) specs[p.Name] = VsJson.Str(m, p.Name);
            return new ScpVolumeType
            {
                Id = VsJson.Str(o, "id") ?? "",
                Name = VsJson.Str(o, "name"),
                Description = VsJson.Str(o, "description"),
                IsPublic = VsJson.Bool(o, "is_public"),
                IsDefault = isDefault ?? VsJson.Bool(o, "is_default"),
                Multiattach = o["extra_specs"] is JObject e ? VsJson.Bool(e, "multiattach") : null,
                ExtraSpecs = specs,
            }.Stamp<ScpVolumeType>(VirtualServerClient.ServiceName, c);
        }

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }
}

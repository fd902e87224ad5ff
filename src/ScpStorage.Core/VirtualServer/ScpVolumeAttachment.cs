using System;
using Newtonsoft.Json;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>One server a volume is attached to (an item of the volume's <c>servers</c>, VolumeServer).</summary>
    public sealed class ScpVolumeAttachment
    {
        /// <summary>The server's id (<c>id</c> on the wire; <c>server_id</c> accepted too).</summary>
        [JsonProperty("id")]
        public string ServerId { get; internal set; } = "";
        /// <summary>Device path on the server, e.g. <c>/dev/vdb</c>.</summary>
        public string? Device { get; internal set; }
        public DateTimeOffset? AttachedAt { get; internal set; }

        [JsonProperty("server_id")]
        private string? ServerIdAlias { set { if (string.IsNullOrEmpty(ServerId) && value != null) ServerId = value; } }

        public override string ToString() => Device == null ? ServerId : $"{ServerId} ({Device})";
    }
}

using System;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>One server a volume is attached to (an item of the volume's <c>servers</c>).</summary>
    public sealed class ScpVolumeAttachment
    {
        public string ServerId { get; internal set; } = "";
        /// <summary>Device path on the server, e.g. <c>/dev/vdb</c>.</summary>
        public string? Device { get; internal set; }
        public DateTimeOffset? AttachedAt { get; internal set; }

        internal static ScpVolumeAttachment FromJson(JObject o) => new ScpVolumeAttachment
        {
            ServerId = VsJson.Str(o, "id") ?? VsJson.Str(o, "server_id") ?? "",
            Device = VsJson.Str(o, "device"),
            AttachedAt = VsJson.Date(o, "attached_at"),
        };

        public override string ToString() => Device == null ? ServerId : $"{ServerId} ({Device})";
    }
}

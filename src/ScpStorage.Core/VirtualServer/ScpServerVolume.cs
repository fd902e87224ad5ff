using Newtonsoft.Json.Linq;
using ScpStorage.Core.Config;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>
    /// A volume as attached to a server (ServersVolumeResponse, and the attach answer
    /// VolumeServerAttachResponse, which has no id).
    /// </summary>
    public sealed class ScpServerVolume : ScpResource
    {
        /// <summary>
        /// Attachment id per the spec (the emulator and attach answers use the volume id). Not
        /// named Id, so piping attachments into volume cmdlets binds VolumeId, never this.
        /// </summary>
        public string? AttachmentId { get; internal set; }
        public string ServerId { get; internal set; } = "";
        public string VolumeId { get; internal set; } = "";
        public string? Device { get; internal set; }
        /// <summary>Whether the volume is deleted with the server.</summary>
        public bool DeleteOnTermination { get; internal set; }

        internal static ScpServerVolume FromJson(JObject o, ScpConnection? c) => new ScpServerVolume
        {
            AttachmentId = VsJson.Str(o, "id"),
            ServerId = VsJson.Str(o, "server_id") ?? "",
            VolumeId = VsJson.Str(o, "volume_id") ?? VsJson.Str(o, "id") ?? "",
            Device = VsJson.Str(o, "device"),
            DeleteOnTermination = VsJson.Bool(o, "delete_on_termination") ?? false,
        }.Stamp<ScpServerVolume>(VirtualServerClient.ServiceName, c);

        public override string ToString() => Device == null ? $"{VolumeId} on {ServerId}" : $"{VolumeId} on {ServerId} ({Device})";
    }
}

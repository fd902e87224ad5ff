using System.Runtime.Serialization;
using Newtonsoft.Json;

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
        [JsonProperty("id")]
        public string? AttachmentId { get; internal set; }
        public string ServerId { get; internal set; } = "";
        /// <summary>The volume's id (<c>volume_id</c>; the attachment <c>id</c> when that is missing).</summary>
        public string VolumeId { get; internal set; } = "";
        public string? Device { get; internal set; }
        /// <summary>Whether the volume is deleted with the server.</summary>
        public bool DeleteOnTermination { get; internal set; }

        [OnDeserialized]
        private void Decoded(StreamingContext _)
        {
            if (string.IsNullOrEmpty(VolumeId)) VolumeId = AttachmentId ?? "";
        }

        public override string ToString() => Device == null ? $"{VolumeId} on {ServerId}" : $"{VolumeId} on {ServerId} ({Device})";
    }
}
